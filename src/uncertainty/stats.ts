/** Small statistics for Monte Carlo summaries: a binomial interval and rank correlation. */

/** A share of samples with its Wilson score interval. */
export interface Proportion {
  /** count / n, 0 … 1. */
  value: number;
  /** Samples that met the condition. */
  count: number;
  /** Samples counted. */
  n: number;
  /** 95 % Wilson score interval, 0 … 1: unlike value ± 1.96·se it stays inside [0, 1] and is
   * not empty when the count is 0 or n. */
  low: number;
  high: number;
}

const Z95 = 1.959963984540054;

/** count successes out of n as a share with its 95 % Wilson interval; n = 0 gives [0, 1]. */
export function wilsonProportion(count: number, n: number): Proportion {
  if (n <= 0) return { value: 0, count: 0, n: 0, low: 0, high: 1 };
  const p = count / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At 0 or n the bound is exactly 0 or 1; the formula leaves a rounding crumb there.
  const low = count === 0 ? 0 : Math.max(0, centre - half);
  const high = count === n ? 1 : Math.min(1, centre + half);
  return { value: p, count, n, low, high };
}

/**
 * Ranks 1 … n of `values` (ties get their average rank), as Float64Array. Sorts a typed copy
 * natively and finds each value's run of equals by binary search: no comparator callbacks.
 */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const first = lowerBound(sorted, v);
    let last = first;
    while (last + 1 < n && sorted[last + 1] === v) last++;
    result[i] = (first + last) / 2 + 1;
  }
  return result;
}

/** Index of the first element ≥ v in an ascending array. */
function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pearson correlation of two equal-length arrays; 0 when either has no spread (never NaN). */
function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/**
 * Spearman rank correlation, −1 … 1, over the pairs where both are finite (NaN marks an undefined
 * output, such as a rebound with no saving to rebound from). 0 when there is no spread.
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return spearmanEach([x], y)[0];
}

/**
 * Spearman ρ of each column with the same y, ranking y once: the rows kept are those where y is
 * finite (columns of sampled inputs are always finite).
 */
export function spearmanEach(columns: readonly ArrayLike<number>[], y: ArrayLike<number>): number[] {
  const keep: number[] = [];
  for (let i = 0; i < y.length; i++) {
    let finite = Number.isFinite(y[i]);
    for (let c = 0; finite && c < columns.length; c++) finite = Number.isFinite(columns[c][i]);
    if (finite) keep.push(i);
  }
  const all = keep.length === y.length;
  const pick = (values: ArrayLike<number>): ArrayLike<number> => {
    if (all) return values;
    const out = new Float64Array(keep.length);
    for (let k = 0; k < keep.length; k++) out[k] = values[keep[k]];
    return out;
  };
  const yRanks = ranks(pick(y));
  return columns.map((column) => pearson(ranks(pick(column)), yRanks));
}
