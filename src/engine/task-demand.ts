import { exp, log } from './engine-math';

/**
 * Demand for tasks across tiers: a task bought in tier i costs π_i = p_i·k_i/q_i (list price ×
 * tokens per task ÷ quality). Tiers are imperfect substitutes with elasticity σ (CES):
 *   shares  s_i = a_i π_i^(1−σ) / Σ a_j π_j^(1−σ)
 *   index   Π   = [Σ a_i π_i^(1−σ)]^(1/(1−σ))
 * The weights a_i are set so that the shares at the start are the observed ones and Π = 1 there,
 * so Π is the quality-adjusted price of a task relative to January 2023.
 */
export interface CesWeights {
  weights: Float64Array;
  /** ln of the weights (−∞ for an absent tier), taken once per run rather than per evaluation. */
  lnWeights: Float64Array;
  /** σ = 1 is Cobb-Douglas: shares never move and ln Π = Σ s_i ln(π_i/π0_i). */
  cobbDouglas: boolean;
  sigma: number;
  /** Only for Cobb-Douglas: the start prices per task. */
  start: Float64Array;
}

const COBB_DOUGLAS_BAND = 1e-9;

/** Weights that reproduce `taskShares` at the start prices per task `pi0` (Π0 = 1). */
export function cesWeights(taskShares: Float64Array, pi0: Float64Array, sigma: number): CesWeights {
  const n = taskShares.length;
  const weights = new Float64Array(n);
  const cobbDouglas = Math.abs(1 - sigma) < COBB_DOUGLAS_BAND;
  for (let i = 0; i < n; i++) {
    weights[i] =
      cobbDouglas || taskShares[i] === 0 ? taskShares[i] : taskShares[i] * exp((sigma - 1) * log(pi0[i]));
  }
  const lnWeights = new Float64Array(n);
  for (let i = 0; i < n; i++) lnWeights[i] = weights[i] > 0 ? log(weights[i]) : Number.NEGATIVE_INFINITY;
  return { weights, lnWeights, cobbDouglas, sigma, start: pi0 };
}

/**
 * Writes the task shares for prices per task `pi` into `shares` and returns ln Π (the demand curve
 * reads the log). Tiers with zero weight stay at zero share.
 */
export function cesShares(ces: CesWeights, pi: Float64Array, shares: Float64Array): number {
  const n = pi.length;
  const w = ces.weights;
  if (ces.cobbDouglas) {
    let lnIndex = 0;
    for (let i = 0; i < n; i++) {
      shares[i] = w[i];
      if (w[i] > 0) lnIndex += w[i] * log(pi[i] / ces.start[i]);
    }
    return lnIndex;
  }
  // In logs, scaled by the largest term, so that prices many orders of magnitude from the start
  // (a scarcity spike, a fall of decades) neither overflow nor underflow the shares.
  const oneMinusSigma = 1 - ces.sigma;
  let largest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const lnTerm = w[i] > 0 ? ces.lnWeights[i] + oneMinusSigma * log(pi[i]) : Number.NEGATIVE_INFINITY;
    shares[i] = lnTerm;
    if (lnTerm > largest) largest = lnTerm;
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const term = shares[i] === Number.NEGATIVE_INFINITY ? 0 : exp(shares[i] - largest);
    shares[i] = term;
    total += term;
  }
  const inv = 1 / total;
  for (let i = 0; i < n; i++) shares[i] *= inv;
  return (largest + log(total)) / oneMinusSigma;
}

/**
 * With substitution switched off (a counterfactual of the decomposition) shares stay on the base
 * path and the index moves as a base-weighted (Laspeyres) average of the price changes, so that
 * with base prices it is exactly the base index.
 */
export function fixedShareIndex(
  baseIndex: number,
  baseShares: Float64Array,
  basePi: Float64Array,
  pi: Float64Array,
  shares: Float64Array,
): number {
  let ratio = 0;
  for (let i = 0; i < pi.length; i++) {
    shares[i] = baseShares[i];
    if (baseShares[i] > 0) ratio += baseShares[i] * (pi[i] / basePi[i]);
  }
  return baseIndex * ratio;
}
