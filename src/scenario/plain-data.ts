import { childPath, makeError, type ScenarioError } from './errors';

const MAX_DEPTH = 32;

class Refused extends Error {
  constructor(readonly error: ScenarioError) {
    super(error.message);
  }
}

/**
 * Sets an own property: a key "__proto__" becomes an ordinary own key (that the validator then
 * refuses as unknown) instead of replacing the object's prototype.
 */
export function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
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
    setOwn(out, String(key), value);
  }
  return out;
}

/** `value` with every Map read as an object; the same object when nothing had to change. */
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
  if (Array.isArray(object)) {
    let copy: unknown[] | undefined;
    object.forEach((item, i) => {
      const converted = convert(item, childPath(path, i), depth + 1);
      if (converted !== item) {
        copy ??= [...object];
        copy[i] = converted;
      }
    });
    return copy ?? object;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(object)) {
    // Only containers can hold a Map; the path is built only for them.
    if (typeof item !== 'object' || item === null) continue;
    const converted = convert(item, childPath(path, key), depth + 1);
    if (converted !== item) {
      copy ??= { ...object };
      setOwn(copy, key, converted);
    }
  }
  return copy ?? object;
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
