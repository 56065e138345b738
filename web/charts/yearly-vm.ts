import type { ShadingSpec } from './chart-spec';

/** How monthly values combine into a year: flows (spend, capex, tokens) add up; levels (prices, shares) average. */
export type YearlyAggregation = 'sum' | 'mean';

export interface YearlySeries {
  /** "YYYY", in the order first met. */
  years: string[];
  /** One value per year: NaN when the year has no finite month ('mean') or any non-finite month ('sum'). */
  values: Float64Array;
  /** Months found for each year, so the app can flag a partial first or last year. */
  monthCounts: Int32Array;
}

/**
 * Aggregates a monthly series (one value per "YYYY-MM" label) into calendar years. A sum over a
 * year with a missing (non-finite) month is NaN — a gap — rather than a silently low total.
 */
export function aggregateYearly(
  months: readonly string[],
  values: ArrayLike<number>,
  how: YearlyAggregation,
): YearlySeries {
  const years: string[] = [];
  const sums: number[] = [];
  const finiteCounts: number[] = [];
  const counts: number[] = [];
  let current = '';
  for (let i = 0; i < months.length; i++) {
    const year = months[i].slice(0, 4);
    if (year !== current) {
      current = year;
      years.push(year);
      sums.push(0);
      finiteCounts.push(0);
      counts.push(0);
    }
    const k = years.length - 1;
    const v = i < values.length ? values[i] : Number.NaN;
    counts[k]++;
    if (Number.isFinite(v)) {
      sums[k] += v;
      finiteCounts[k]++;
    }
  }
  const out = new Float64Array(years.length);
  for (let k = 0; k < years.length; k++) {
    if (how === 'sum') out[k] = finiteCounts[k] === counts[k] ? sums[k] : Number.NaN;
    else out[k] = finiteCounts[k] > 0 ? sums[k] / finiteCounts[k] : Number.NaN;
  }
  return { years, values: out, monthCounts: Int32Array.from(counts) };
}

/**
 * Shaded spans for runs of consecutive months where `share` exceeds `threshold` (e.g. the months
 * in which part of token demand goes unserved). Returns spans by label, both ends included.
 */
export function spansAbove(
  months: readonly string[],
  share: ArrayLike<number>,
  threshold: number,
  label: string,
): ShadingSpec[] {
  const spans: ShadingSpec[] = [];
  let start = -1;
  const n = Math.min(months.length, share.length);
  for (let i = 0; i <= n; i++) {
    const above = i < n && share[i] > threshold;
    if (above && start < 0) start = i;
    if (!above && start >= 0) {
      spans.push({ fromX: months[start], toX: months[i - 1], label });
      start = -1;
    }
  }
  return spans;
}
