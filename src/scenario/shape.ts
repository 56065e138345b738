import type { DemandCurve } from '../model/types';
import { findPreset, presetIds } from './catalogue';
import { didYouMean, MAX_SUGGESTIONS } from './did-you-mean';
import { childPath, describeValue, makeError, type ScenarioError } from './errors';
import { isNamedCurve, NAMED_CURVE_IDS } from './demand-curves';
import { compileCurveExpression } from './expression';

/**
 * Keys a scenario file may have at the top level. `$schema` points an editor at the JSON Schema
 * (schema/scenario.schema.json) so it completes and checks the file; the reader ignores its value.
 */
export const TOP_LEVEL_KEYS = [
  '$schema',
  'name',
  'extends',
  'description',
  'demandCurve',
  'parameters',
  'distributions',
  'asOf',
] as const;

export const MAX_NAME_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 10_000;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Unknown top-level keys, each with a did-you-mean; `$schema` must be text (an editor's link, not read further). */
export function checkTopLevelKeys(data: Record<string, unknown>, errors: ScenarioError[]): void {
  const known = TOP_LEVEL_KEYS.join(', ');
  if (Object.hasOwn(data, '$schema') && typeof data.$schema !== 'string') {
    errors.push(
      makeError(
        '$.$schema',
        'type',
        data.$schema,
        `$schema must be the text of a link to the JSON Schema (an editor reads it; jevons ignores it); got ${describeValue(data.$schema)}`,
      ),
    );
  }
  let unknown = 0;
  for (const key of Object.keys(data)) {
    if ((TOP_LEVEL_KEYS as readonly string[]).includes(key)) continue;
    // Spelling suggestions for the first few only: 142,000 stray keys must not cost 142,000 searches.
    const hint = unknown++ < MAX_SUGGESTIONS ? didYouMean(key, TOP_LEVEL_KEYS) : '';
    errors.push(
      makeError(
        childPath('$', key),
        'unknown-key',
        key,
        `unknown key ${describeValue(key)}${hint}; a scenario has ${known}`,
      ),
    );
  }
}

/** An optional text field: a string of bounded length, or undefined when absent. */
export function readText(
  data: Record<string, unknown>,
  key: 'name' | 'description',
  errors: ScenarioError[],
  required: boolean,
): string | undefined {
  const raw = data[key];
  const path = childPath('$', key);
  const limit = key === 'name' ? MAX_NAME_LENGTH : MAX_DESCRIPTION_LENGTH;
  if (raw === undefined) {
    if (required)
      errors.push(makeError(path, 'required', raw, `${key} is required: a short text naming the scenario`));
    return undefined;
  }
  if (typeof raw !== 'string' || (required && raw.trim() === '')) {
    errors.push(makeError(path, 'type', raw, `${key} must be a non-empty text; got ${describeValue(raw)}`));
    return undefined;
  }
  if (raw.length > limit) {
    errors.push(
      makeError(path, 'range', raw.length, `${key} must be at most ${limit} characters; got ${raw.length}`),
    );
    return undefined;
  }
  return raw;
}

/** The preset id in "extends", checked against the presets (with did-you-mean). */
export function readExtends(raw: unknown, errors: ScenarioError[]): string | undefined {
  if (raw === undefined) return undefined;
  const ids = presetIds();
  if (typeof raw !== 'string') {
    errors.push(
      makeError(
        '$.extends',
        'type',
        raw,
        `extends must be a preset id (${ids.join(', ')}); got ${describeValue(raw)}`,
      ),
    );
    return undefined;
  }
  if (!findPreset(raw)) {
    errors.push(
      makeError(
        '$.extends',
        'unknown-id',
        raw,
        `extends: unknown preset ${describeValue(raw)}${didYouMean(raw, ids)}; presets: ${ids.join(', ')}`,
      ),
    );
    return undefined;
  }
  return raw;
}

/** "constant" | "reservation" | { "expression": "x^(-eps)" }; undefined when absent or invalid. */
export function readDemandCurve(raw: unknown, errors: ScenarioError[]): DemandCurve | undefined {
  const path = '$.demandCurve';
  const forms = `${NAMED_CURVE_IDS.map((id) => `"${id}"`).join(', ')} or { "expression": "x^(-eps)" }`;
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') {
    if (isNamedCurve(raw)) return { kind: raw };
    errors.push(
      makeError(
        path,
        'unknown-id',
        raw,
        `demandCurve must be ${forms}${didYouMean(raw, NAMED_CURVE_IDS)}; got ${describeValue(raw)}`,
      ),
    );
    return undefined;
  }
  // The in-memory form ({ kind: … }) is accepted too, so a built Scenario can be validated as it is.
  if (isRecord(raw) && typeof raw.kind === 'string' && isNamedCurve(raw.kind)) return { kind: raw.kind };
  const fileForm = isRecord(raw) && Object.keys(raw).length === 1;
  const memoryForm = isRecord(raw) && raw.kind === 'expression';
  if (!isRecord(raw) || typeof raw.expression !== 'string' || !(fileForm || memoryForm)) {
    errors.push(makeError(path, 'type', raw, `demandCurve must be ${forms}; got ${describeValue(raw)}`));
    return undefined;
  }
  const compiled = compileCurveExpression(raw.expression.trim());
  if (!compiled.ok) {
    const message = `demandCurve expression ${describeValue(raw.expression)} is refused: ${compiled.message} (variables: x = price / start price, eps = elasticity)`;
    errors.push(makeError(`${path}.expression`, 'expression', raw.expression, message));
    return undefined;
  }
  return { ...compiled.value, expression: raw.expression };
}
