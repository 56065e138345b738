import { CURVE, type ModelInputs } from './model-inputs';
import { exp } from './engine-math';
import { inverseHazard, normalTail } from './normal';

/**
 * Demand index D(x) at relative price x = P/P0, with D(1) = 1 so that month 0 demands exactly
 * `tokensPerMonth`. Built once per run (and per elasticity value) so the hot loop calls a closure
 * with no branching on the curve kind.
 */
export type DemandIndex = (lnX: number, eps: number) => number;

/** Constant elasticity: x^(−ε) = exp(−ε·ln x). */
export const constantCurve: DemandIndex = (lnX, eps) => exp(-eps * lnX);

/**
 * Lognormal reservation prices: the share of latent use cases still worth paying for at price P is
 * Φc((ln P − μ)/σ). μ is placed so the point elasticity at the start price equals ε (the hazard of
 * the normal at z0 equals ε·σ), which keeps ε's meaning across curves and the break-even search
 * meaningful for both. Demand saturates as price falls (at most 1/Φc(z0) × start), unlike x^(−ε).
 */
function reservationCurve(sigma: number): DemandIndex {
  let cachedEps = Number.NaN;
  let z0 = 0;
  let tail0 = 1;
  return (lnX, eps) => {
    if (eps !== cachedEps) {
      cachedEps = eps;
      z0 = eps * sigma > 1e-12 ? inverseHazard(eps * sigma) : Number.NEGATIVE_INFINITY;
      tail0 = z0 === Number.NEGATIVE_INFINITY ? 1 : normalTail(z0);
    }
    if (z0 === Number.NEGATIVE_INFINITY) return 1;
    return normalTail(z0 + lnX / sigma) / tail0;
  };
}

/** A user's expression, normalised to 1 at the start price; non-finite or negative values count as 0. */
function expressionCurve(fn: (x: number, eps: number) => number): DemandIndex {
  let cachedEps = Number.NaN;
  let atStart = 1;
  return (lnX, eps) => {
    if (eps !== cachedEps) {
      cachedEps = eps;
      const d1 = fn(1, eps);
      atStart = Number.isFinite(d1) && d1 > 0 ? d1 : Number.NaN;
    }
    const d = fn(exp(lnX), eps) / atStart;
    return Number.isFinite(d) && d > 0 ? d : 0;
  };
}

export function demandIndex(inputs: ModelInputs): DemandIndex {
  if (inputs.curve === CURVE.reservation) return reservationCurve(inputs.p.reservationSigma);
  if (inputs.curve === CURVE.expression && inputs.curveFn) return expressionCurve(inputs.curveFn);
  return constantCurve;
}
