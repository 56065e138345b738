/**
 * The quantile levels Monte Carlo reports, and exact quantiles of stored samples.
 * Bounded-memory, mergeable quantiles of whole series are in `float-histogram.ts`.
 */

/** Levels reported for every series and total: the 90 % and 50 % bands and the median. */
export const QUANTILE_LEVELS = { p5: 0.05, p25: 0.25, p50: 0.5, p75: 0.75, p95: 0.95 } as const;
export type QuantileKey = keyof typeof QUANTILE_LEVELS;
export const QUANTILE_KEYS = Object.keys(QUANTILE_LEVELS) as QuantileKey[];

/** One quantile band per level, one value per month, in the series' unit. */
export type QuantileBands = Record<QuantileKey, Float64Array>;
/** Quantiles of a scalar (a total over the window), in its unit. */
export type QuantileSummary = Record<QuantileKey, number>;

/**
 * Quantile of an ascending-sorted array, linear between order statistics (Hyndman & Fan type 7,
 * the default of R and NumPy): position p·(n − 1). Returns NaN only for an empty array.
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = p * (n - 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Exact p5 … p95 of the finite values in `values` (NaN marks "undefined" and is left out).
 * Returns null when no value is finite, so callers can say "undefined" instead of showing NaN.
 */
export function summarize(values: Float64Array): QuantileSummary | null {
  const finite = values.filter((v) => Number.isFinite(v)).sort();
  if (finite.length === 0) return null;
  return {
    p5: quantileOfSorted(finite, QUANTILE_LEVELS.p5),
    p25: quantileOfSorted(finite, QUANTILE_LEVELS.p25),
    p50: quantileOfSorted(finite, QUANTILE_LEVELS.p50),
    p75: quantileOfSorted(finite, QUANTILE_LEVELS.p75),
    p95: quantileOfSorted(finite, QUANTILE_LEVELS.p95),
  };
}
