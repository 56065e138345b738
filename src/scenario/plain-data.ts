import { childPath, makeError, type ScenarioError } from './errors';

const MAX_DEPTH = 32;

class Refused extends Error {
  constructor(readonly error: ScenarioError) {
    super(error.message);
  }
}

function entriesOfMap(map: Map<unknown, unknown>, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of map) {
    if (typeof key !== 'string' && typeof key !== 'number') {
      throw new Refused(
        makeError(
          path,
          'type',
          null,
          `a Map at ${path} has a key that is not text or a number; write a plain object`,
        ),
      );
    }
    Object.defineProperty(out, String(key), { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function convert(value: unknown, path: string, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) {
    throw new Refused(makeError(path, 'type', null, `nesting deeper than ${MAX_DEPTH} levels at ${path}`));
  }
  if (value instanceof Set) {
    throw new Refused(
      makeError(
        path,
        'type',
        null,
        `${path} is a Set (keys without values); a scenario needs an object of id → value`,
      ),
    );
  }
  const object = value instanceof Map ? entriesOfMap(value, path) : value;
  let changed = object !== value;
  if (Array.isArray(object)) {
    const items = object.map((item, i) => convert(item, childPath(path, i), depth + 1));
    changed ||= items.some((item, i) => item !== object[i]);
    return changed ? items : value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(object)) {
    const converted = convert(item, childPath(path, key), depth + 1);
    changed ||= converted !== item;
    Object.defineProperty(out, key, {
      value: converted,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return changed ? out : value;
}

/**
 * A scenario given as an object (the library, the app) may hold a Map where an object is meant — an
 * ordered map read elsewhere, or a caller's own. A Map with text or number keys is read as the object
 * it stands for; a Set, which has keys without values, is refused with its path. Nothing is ignored.
 */
export function plainData(input: unknown): { ok: true; data: unknown } | { ok: false; error: ScenarioError } {
  try {
    return { ok: true, data: convert(input, '$', 0) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error };
    throw error;
  }
}
