import type { Distribution, ParamId, ParameterDef } from '../../models/schema';
import { findParameter, PARAMETER_IDS } from './catalogue';
import { didYouMean } from './did-you-mean';
import { childPath, describeValue, formatNumber, makeError, type ScenarioError } from './errors';
import { rangeText } from './parameter-rules';
import { convertToCatalogueUnit } from './units';
import { removedV1IdError } from './v1-ids';

/**
 * The distribution families and the numeric fields each needs, in the parameter's catalogue unit:
 * the closed list, declared once (the reader and the JSON Schema read it).
 */
export const DISTRIBUTION_FIELDS: Readonly<Record<Distribution['dist'], readonly string[]>> = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  lognormal: ['median', 'sigma'],
};
const FIELDS = DISTRIBUTION_FIELDS;
const FAMILIES = Object.keys(FIELDS);

/** Fields that are values of the parameter itself, so they must lie within its [min, max]. */
export const BOUNDED_FIELDS: ReadonlySet<string> = new Set(['value', 'min', 'mode', 'max', 'mean', 'median']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field as a number in the catalogue unit: a number, or a string with a unit ("1.5 USD/GPUh"). */
function readField(raw: unknown, def: ParameterDef, field: string): number | string {
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? raw : `must be a finite number; got ${formatNumber(raw)}`;
  if (typeof raw === 'string') {
    // Spreads (sd, sigma) are plain numbers; only values of the parameter carry its unit.
    const conversion = BOUNDED_FIELDS.has(field) ? convertToCatalogueUnit(raw, def) : undefined;
    if (conversion?.ok) return conversion.value;
    return conversion ? conversion.message : `must be a number; got ${describeValue(raw)}`;
  }
  return `must be a number; got ${describeValue(raw)}`;
}

/** The family's own rules (ordering, positive spreads) and the parameter's range. */
function familyRules(dist: Distribution['dist'], v: Record<string, number>, def: ParameterDef): string[] {
  const problems: string[] = [];
  if ((dist === 'uniform' || dist === 'triangular') && !(v.min < v.max)) {
    problems.push(`min (${formatNumber(v.min)}) must be below max (${formatNumber(v.max)})`);
  }
  if (dist === 'triangular' && (v.mode < v.min || v.mode > v.max)) {
    problems.push(`mode (${formatNumber(v.mode)}) must lie between min and max`);
  }
  if (dist === 'normal' && !(v.sd > 0)) problems.push(`sd must be above 0; got ${formatNumber(v.sd)}`);
  if (dist === 'lognormal' && !(v.sigma > 0))
    problems.push(`sigma must be above 0; got ${formatNumber(v.sigma)}`);
  if (dist === 'lognormal' && !(v.median > 0))
    problems.push(`median must be above 0; got ${formatNumber(v.median)}`);
  for (const [field, value] of Object.entries(v)) {
    if (BOUNDED_FIELDS.has(field) && (value < def.min || value > def.max)) {
      problems.push(`${field} (${formatNumber(value)}) must lie within ${def.id}'s range ${rangeText(def)}`);
    }
  }
  return problems;
}

function readDistribution(
  raw: unknown,
  def: ParameterDef,
  path: string,
  errors: ScenarioError[],
): Distribution | undefined {
  const fail = (at: string, value: unknown, message: string) => {
    errors.push(makeError(at, 'distribution', value, `distribution of ${def.id}: ${message}`));
    return undefined;
  };
  if (!isRecord(raw))
    return fail(
      path,
      raw,
      `must be an object like { "dist": "uniform", "min": …, "max": … }; got ${describeValue(raw)}`,
    );
  const dist = raw.dist;
  if (typeof dist !== 'string' || !Object.hasOwn(FIELDS, dist)) {
    const hint = typeof dist === 'string' ? didYouMean(dist, FAMILIES) : '';
    return fail(
      childPath(path, 'dist'),
      dist,
      `"dist" must be one of ${FAMILIES.join(', ')}${hint}; got ${describeValue(dist)}`,
    );
  }
  const family = dist as Distribution['dist'];
  const fields = FIELDS[family];
  const values: Record<string, number> = {};
  const before = errors.length;
  for (const key of Object.keys(raw)) {
    if (key !== 'dist' && !fields.includes(key)) {
      fail(
        childPath(path, key),
        raw[key],
        `a ${family} distribution has no field ${describeValue(key)}${didYouMean(key, fields)}; it takes ${fields.join(', ')}`,
      );
    }
  }
  for (const field of fields) {
    const at = childPath(path, field);
    if (!Object.hasOwn(raw, field)) {
      fail(at, undefined, `a ${family} distribution needs '${field}' (fields: ${fields.join(', ')})`);
      continue;
    }
    const read = readField(raw[field], def, field);
    if (typeof read === 'string') fail(at, raw[field], `${field} ${read}`);
    else values[field] = read;
  }
  if (errors.length > before) return undefined;
  const problems = familyRules(family, values, def);
  for (const problem of problems) fail(path, raw, problem);
  return problems.length === 0 ? ({ dist: family, ...values } as Distribution) : undefined;
}

/**
 * Validates the "distributions" section: known parameter ids, known families with their required
 * finite fields, min < max, mode inside, positive spreads, and bounds within the parameter's range.
 * Problems are appended to `errors`; the valid entries are returned.
 */
export function readDistributions(
  raw: unknown,
  path: string,
  errors: ScenarioError[],
): Partial<Record<ParamId, Distribution>> | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    errors.push(
      makeError(
        path,
        'type',
        raw,
        `distributions must be an object of parameter id → distribution; got ${describeValue(raw)}`,
      ),
    );
    return undefined;
  }
  const result: Partial<Record<ParamId, Distribution>> = {};
  for (const [id, spec] of Object.entries(raw)) {
    const at = childPath(path, id);
    const def = findParameter(id);
    if (!def) {
      errors.push(
        removedV1IdError(id, at, spec) ??
          makeError(
            at,
            'unknown-id',
            id,
            `distributions: unknown parameter id ${describeValue(id)}${didYouMean(id, PARAMETER_IDS)}`,
          ),
      );
      continue;
    }
    const distribution = readDistribution(spec, def, at, errors);
    if (distribution) result[def.id] = distribution;
  }
  return result;
}
