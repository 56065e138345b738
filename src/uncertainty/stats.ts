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
  return { value: p, count, n, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Ranks 1 … n of `values` (ties get their average rank), as Float64Array. */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const result = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) result[order[k]] = rank;
    i = j + 1;
  }
  return result;
}

/** Pearson correlation of two equal-length arrays; 0 when either has no spread (never NaN). */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
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
 * Spearman rank correlation, −1 … 1, over the pairs where y is finite (NaN marks an undefined
 * output, such as a rebound with no saving to rebound from). 0 when there is no spread.
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const keptX: number[] = [];
  const keptY: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(y[i]) && Number.isFinite(x[i])) {
      keptX.push(x[i]);
      keptY.push(y[i]);
    }
  }
  return pearson(ranks(keptX), ranks(keptY));
}
