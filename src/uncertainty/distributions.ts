/**
 * Distributions on parameters (issue 4): validation, and inverse CDFs so that a uniform number
 * u ∈ (0, 1) maps to a value. Sampling by inverse CDF (never by rejection) cannot loop, uses one
 * uniform per parameter, and lets a Latin-hypercube or Sobol design feed the same code.
 *
 * Normal and lognormal are truncated to the parameter's slider range [min, max]: u is mapped into
 * [Φ(α), Φ(β)] before Φ⁻¹, which is exact, not an approximation by clamping.
 */
import type { Distribution } from '../model/types';
import { detExp, detLog } from '../math/det-math';
import { inverseNormalCdf, normalCdf } from './normal';

export const DISTRIBUTION_KINDS = ['fixed', 'uniform', 'triangular', 'normal', 'lognormal'] as const;
export type DistributionKind = (typeof DISTRIBUTION_KINDS)[number];

/** The fields each family takes, in the parameter's catalogue unit. */
const FIELDS: Record<DistributionKind, readonly string[]> = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  lognormal: ['median', 'sigma'],
};

/** The parameter's allowed range; `integer` parameters (months, years) get whole-number samples. */
export interface ParamBounds {
  min: number;
  max: number;
  integer?: boolean;
}

/** A distribution ready to sample: `quantile(u)` is its inverse CDF, within the parameter's bounds. */
export interface CompiledDistribution {
  readonly source: Distribution;
  quantile(u: number): number;
}

const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

/**
 * Checks an unknown value against the Distribution families and the parameter's range.
 * Returns messages naming the field (as a path under `path`), the rule and the value; empty if valid.
 */
export function validateDistribution(value: unknown, bounds: ParamBounds, path: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [`${path}: must be an object like { "dist": "normal", "mean": 1, "sd": 0.2 }, got ${show(value)}`];
  }
  const record = value as Record<string, unknown>;
  const kind = record.dist;
  if (typeof kind !== 'string' || !(DISTRIBUTION_KINDS as readonly string[]).includes(kind)) {
    return [`${path}.dist: must be one of ${DISTRIBUTION_KINDS.join(', ')}, got ${show(kind)}`];
  }
  const fields = FIELDS[kind as DistributionKind];
  const errors: string[] = [];
  for (const key of Object.keys(record)) {
    if (key !== 'dist' && !fields.includes(key)) {
      errors.push(`${path}.${key}: is not a field of a ${kind} distribution (fields: ${fields.join(', ')})`);
    }
  }
  for (const key of fields) {
    const v = record[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      errors.push(`${path}.${key}: must be a finite number, got ${show(v)}`);
    }
  }
  if (errors.length > 0) return errors;
  const n = record as Record<string, number>;
  const range = `[${bounds.min}, ${bounds.max}]`;
  const inRange = (key: string): void => {
    if (n[key] < bounds.min || n[key] > bounds.max) {
      errors.push(`${path}.${key}: must lie within the parameter's range ${range}, got ${n[key]}`);
    }
  };
  if (kind === 'fixed') inRange('value');
  if (kind === 'uniform' || kind === 'triangular') {
    inRange('min');
    inRange('max');
    if (!(n.min < n.max)) errors.push(`${path}.max: must be greater than min (${n.min}), got ${n.max}`);
  }
  if (kind === 'triangular' && (n.mode < n.min || n.mode > n.max)) {
    errors.push(`${path}.mode: must lie within [min, max] = [${n.min}, ${n.max}], got ${n.mode}`);
  }
  if (kind === 'normal') {
    inRange('mean');
    if (!(n.sd > 0)) errors.push(`${path}.sd: must be greater than 0, got ${n.sd}`);
  }
  if (kind === 'lognormal') {
    if (!(n.median > 0)) errors.push(`${path}.median: must be greater than 0, got ${n.median}`);
    else inRange('median');
    if (!(n.sigma > 0)) errors.push(`${path}.sigma: must be greater than 0, got ${n.sigma}`);
    if (bounds.max <= 0) errors.push(`${path}: a lognormal needs a parameter range above 0, got ${range}`);
  }
  return errors;
}

/** u ↦ Φ⁻¹ restricted to the standard-normal interval [alpha, beta]. */
function truncatedStandardNormal(alpha: number, beta: number): (u: number) => number {
  const pLow = normalCdf(alpha);
  const pSpan = normalCdf(beta) - pLow;
  return (u) => inverseNormalCdf(pLow + u * pSpan);
}

function rawQuantile(dist: Distribution, bounds: ParamBounds): (u: number) => number {
  switch (dist.dist) {
    case 'fixed':
      return () => dist.value;
    case 'uniform':
      return (u) => dist.min + u * (dist.max - dist.min);
    case 'triangular': {
      const { min: a, mode: c, max: b } = dist;
      const split = (c - a) / (b - a);
      return (u) =>
        u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }
    case 'normal': {
      const z = truncatedStandardNormal(
        (bounds.min - dist.mean) / dist.sd,
        (bounds.max - dist.mean) / dist.sd,
      );
      return (u) => dist.mean + dist.sd * z(u);
    }
    case 'lognormal': {
      const mu = detLog(dist.median);
      const alpha = bounds.min > 0 ? (detLog(bounds.min) - mu) / dist.sigma : Number.NEGATIVE_INFINITY;
      const z = truncatedStandardNormal(alpha, (detLog(bounds.max) - mu) / dist.sigma);
      return (u) => detExp(mu + dist.sigma * z(u));
    }
  }
}

/**
 * Compiles a valid distribution (see `validateDistribution`) for sampling.
 * `quantile(u)` returns the value in the parameter's unit, clamped to [min, max] against rounding,
 * and rounded to a whole number for integer parameters.
 * @throws Error listing the problems when the distribution is invalid.
 */
export function compileDistribution(
  dist: Distribution,
  bounds: ParamBounds,
  path = 'distribution',
): CompiledDistribution {
  const errors = validateDistribution(dist, bounds, path);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  const raw = rawQuantile(dist, bounds);
  const { min, max, integer } = bounds;
  return {
    source: dist,
    quantile(u: number): number {
      const v = raw(u);
      const clamped = Math.min(Math.max(v, min), max);
      return integer ? Math.round(clamped) : clamped;
    },
  };
}
