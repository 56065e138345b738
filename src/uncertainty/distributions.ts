/**
 * Distributions on parameters (issue 4): inverse CDFs so that a uniform number
 * u ∈ (0, 1) maps to a value. Sampling by inverse CDF (never by rejection) cannot loop, uses one
 * uniform per parameter, and lets a Latin-hypercube or Sobol design feed the same code.
 *
 * Normal and lognormal are truncated to the parameter's slider range [min, max]: u is mapped into
 * [Φ(α), Φ(β)] before Φ⁻¹, which is exact, not an approximation by clamping.
 */
import type { Distribution } from '../model/types';
import { detExp, detLog } from '../math/det-math';
import { inverseNormalCdf, normalCdf } from './normal';

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
 * Compiles a distribution the scenario reader has accepted (src/scenario/distributions.ts, the one
 * validator of distributions) for sampling. `quantile(u)` returns the value in the parameter's unit,
 * clamped to [min, max] against rounding, and rounded to a whole number for integer parameters.
 */
export function compileDistribution(dist: Distribution, bounds: ParamBounds): CompiledDistribution {
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
