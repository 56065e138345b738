/**
 * Variance-based (Sobol) sensitivity indices from a Saltelli design, model-agnostic: any function of
 * k uniforms can be analysed (the tests use the Ishigami function and a linear model, whose indices
 * are known in closed form).
 *
 * Design (Saltelli 2002, 2010): N rows; row j takes A_j = the first k coordinates and B_j = the next
 * k of point j of a digitally shifted Sobol sequence in 2k dimensions; for each factor g (one
 * parameter, or a group of them analysed together) A_B^(g)_j is A_j with g's coordinates taken from
 * B_j. The model is evaluated at A_j, B_j and every A_B^(g)_j: N·(G + 2) evaluations for G factors.
 *
 * Estimators (Jansen 1999, as recommended by Saltelli et al. 2010, Table 2), with V the variance of
 * the 2N outputs at A and B:
 *   first order  S_g  = (V − 1/(2N) Σ_j (f(B_j) − f(A_B^(g)_j))²) / V    — share of V that g explains alone
 *   total order  ST_g = 1/(2N) Σ_j (f(A_j) − f(A_B^(g)_j))² / V          — share g takes part in, interactions included
 * ST_g − S_g is the share of the variance in g's interactions with other factors; 1 − Σ S_g the share
 * of all interactions. Confidence intervals: the percentile bootstrap over rows (B resamples of the
 * N rows with replacement, seeded, in a fixed order: the same seed gives the same interval).
 * Rows where an output is undefined (NaN, e.g. a rebound with no saving) are left out of that output.
 */
import { quantileOfSorted } from './quantiles';
import { createStreamPrng } from './prng';

/** An index with its bootstrap interval. */
export interface SobolEstimate {
  value: number;
  low: number;
  high: number;
}

interface SobolIndexRow {
  first: SobolEstimate;
  total: SobolEstimate;
}

export interface SobolIndicesResult {
  /** Rows used (those where every evaluation of the row is defined). */
  rows: number;
  /** Mean and variance of the output over the 2·rows evaluations at A and B. */
  mean: number;
  variance: number;
  /** One per factor, in the design's order. */
  indices: SobolIndexRow[];
  /** Σ of first-order indices, with its bootstrap interval: 1 − this is the share of interactions. */
  sumFirst: SobolEstimate;
}

export interface SobolIndicesOptions {
  /** Bootstrap resamples (default 1,000; 0: intervals collapse to the estimate). */
  bootstrap?: number;
  /** Seed of the resampling stream. */
  seed?: number;
  /** Coverage of the interval (default 0.95). */
  confidence?: number;
}

/** Stream index of the bootstrap (apart from samples 0 … 10^7 and the design's shift). */
const BOOTSTRAP_STREAM = 0xfffffff1;

/**
 * Jansen estimators of the first- and total-order indices of G factors with bootstrap intervals.
 * `fA`, `fB`: the output at A_j and B_j (N each); `fAB[g]`: at A_B^(g)_j.
 */
export function sobolIndices(
  fA: ArrayLike<number>,
  fB: ArrayLike<number>,
  fAB: readonly ArrayLike<number>[],
  options: SobolIndicesOptions = {},
): SobolIndicesResult {
  const G = fAB.length;
  // Rows with every evaluation defined.
  const keep: number[] = [];
  for (let j = 0; j < fA.length; j++) {
    let ok = Number.isFinite(fA[j]) && Number.isFinite(fB[j]);
    for (let g = 0; ok && g < G; g++) ok = Number.isFinite(fAB[g][j]);
    if (ok) keep.push(j);
  }
  const n = keep.length;
  // Centre on the mean of A and B (the indices do not change; the sums of squares keep their digits).
  let mean = 0;
  for (const j of keep) mean += fA[j] + fB[j];
  mean = n > 0 ? mean / (2 * n) : Number.NaN;
  const a = Float64Array.from(keep, (j) => fA[j] - mean);
  const b = Float64Array.from(keep, (j) => fB[j] - mean);
  // Per row and factor, the two squared differences the estimators average.
  const square = (x: number) => x * x;
  const dFirst = Array.from({ length: G }, (_, g) =>
    Float64Array.from(keep, (j, r) => square(b[r] - (fAB[g][j] - mean))),
  );
  const dTotal = Array.from({ length: G }, (_, g) =>
    Float64Array.from(keep, (j, r) => square(a[r] - (fAB[g][j] - mean))),
  );

  const first = new Float64Array(G);
  const total = new Float64Array(G);
  /** Indices over the rows `pick(0 … n − 1)`, into first/total; returns V. */
  const estimate = (pick: (r: number) => number): number => {
    let s = 0;
    let s2 = 0;
    for (let r = 0; r < n; r++) {
      const i = pick(r);
      s += a[i] + b[i];
      s2 += a[i] * a[i] + b[i] * b[i];
    }
    const m = s / (2 * n);
    const v = s2 / (2 * n) - m * m;
    for (let g = 0; g < G; g++) {
      let sf = 0;
      let st = 0;
      const df = dFirst[g];
      const dt = dTotal[g];
      for (let r = 0; r < n; r++) {
        const i = pick(r);
        sf += df[i];
        st += dt[i];
      }
      first[g] = v > 0 ? (v - sf / (2 * n)) / v : Number.NaN;
      total[g] = v > 0 ? st / (2 * n) / v : Number.NaN;
    }
    return v;
  };

  const variance = n > 0 ? estimate((r) => r) : Number.NaN;
  const point = { first: Float64Array.from(first), total: Float64Array.from(total) };
  const pointSum = point.first.reduce((x, y) => x + y, 0);

  const resamples = n > 1 ? Math.max(0, Math.floor(options.bootstrap ?? 1000)) : 0;
  const bootFirst = Array.from({ length: G }, () => new Float64Array(resamples));
  const bootTotal = Array.from({ length: G }, () => new Float64Array(resamples));
  const bootSum = new Float64Array(resamples);
  if (resamples > 0) {
    const prng = createStreamPrng(options.seed ?? 1, BOOTSTRAP_STREAM);
    const rows = new Int32Array(n);
    for (let t = 0; t < resamples; t++) {
      for (let r = 0; r < n; r++) rows[r] = Math.floor(prng.uniform() * n);
      estimate((r) => rows[r]);
      let sum = 0;
      for (let g = 0; g < G; g++) {
        bootFirst[g][t] = first[g];
        bootTotal[g][t] = total[g];
        sum += first[g];
      }
      bootSum[t] = sum;
    }
  }
  const confidence = options.confidence ?? 0.95;
  const interval = (value: number, replicates: Float64Array): SobolEstimate => {
    const finite = replicates.filter(Number.isFinite).sort();
    if (finite.length === 0) return { value, low: value, high: value };
    return {
      value,
      low: quantileOfSorted(finite, (1 - confidence) / 2),
      high: quantileOfSorted(finite, (1 + confidence) / 2),
    };
  };
  return {
    rows: n,
    mean,
    variance,
    indices: Array.from({ length: G }, (_, g) => ({
      first: interval(point.first[g], bootFirst[g]),
      total: interval(point.total[g], bootTotal[g]),
    })),
    sumFirst: interval(pointSum, bootSum),
  };
}
