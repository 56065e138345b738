import type { XPosition } from './chart-spec';

/**
 * The 0-based (possibly fractional) index on an x axis of labels for a position, or null when it
 * falls outside. A number is taken as an index. A string matches a label exactly, or by its leading
 * "YYYY-MM" (monthly axis) / "YYYY" (yearly axis); a bare year on a monthly axis lands in the middle
 * of that year's months, because an annual figure belongs to the whole year, not to January.
 */
export function resolveX(
  position: XPosition,
  labels: readonly string[],
  unit: 'month' | 'year',
): number | null {
  if (typeof position === 'number') {
    return Number.isFinite(position) && position >= -0.5 && position <= labels.length - 0.5 ? position : null;
  }
  const exact = labels.indexOf(position);
  if (exact >= 0) return exact;
  if (unit === 'year') {
    const i = labels.indexOf(position.slice(0, 4));
    return i >= 0 ? i : null;
  }
  if (/^\d{4}-\d{2}/.test(position)) {
    const i = labels.indexOf(position.slice(0, 7));
    return i >= 0 ? i : null;
  }
  if (/^\d{4}$/.test(position)) {
    let first = -1;
    let last = -1;
    for (let i = 0; i < labels.length; i++) {
      if (labels[i].startsWith(position)) {
        if (first < 0) first = i;
        last = i;
      }
    }
    return first < 0 ? null : (first + last) / 2;
  }
  return null;
}

/**
 * Which x labels get a tick: on a monthly axis each January (every k-th year so that at most
 * `maxTicks` fit), or every 3/6 months when fewer than two Januaries are in range; on a yearly axis
 * every k-th label. Returns indices into `labels`, increasing.
 */
export function xTickIndices(labels: readonly string[], unit: 'month' | 'year', maxTicks: number): number[] {
  const n = labels.length;
  const limit = Math.max(2, Math.floor(maxTicks));
  if (n === 0) return [];
  if (unit === 'year') return everyKth(rangeIndices(n), limit);
  const januaries: number[] = [];
  for (let i = 0; i < n; i++) if (labels[i].endsWith('-01')) januaries.push(i);
  if (januaries.length >= 2) return everyKth(januaries, limit);
  for (const step of [1, 3, 6, 12]) {
    const picked: number[] = [];
    for (let i = 0; i < n; i++) if (monthOf(labels[i]) % step === 0) picked.push(i);
    if (picked.length <= limit) return picked;
  }
  return everyKth(rangeIndices(n), limit);
}

/** Default tick text: the year at a January, "YYYY-MM" otherwise; yearly labels unchanged. */
export function defaultXTickText(label: string, unit: 'month' | 'year'): string {
  if (unit === 'year') return label;
  return label.endsWith('-01') ? label.slice(0, 4) : label;
}

/**
 * Index of the entry of increasing `xs` nearest to `x` (ties go to the lower index); -1 when
 * `xs` is empty. Used to turn the pointer's data coordinate into the month under it.
 */
export function nearestIndex(xs: ArrayLike<number>, x: number): number {
  const n = xs.length;
  if (n === 0) return -1;
  if (!(x > xs[0])) return 0;
  if (x >= xs[n - 1]) return n - 1;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid;
  }
  return x - xs[lo] <= xs[hi] - x ? lo : hi;
}

/**
 * The month index under an x pixel for evenly spaced months: `plotLeft` is the pixel of month 0,
 * `step` the pixels per month. Clamped to [0, count − 1]; -1 when there are no months.
 */
export function monthIndexAtPixel(pixel: number, plotLeft: number, step: number, count: number): number {
  if (count === 0) return -1;
  if (!(step > 0)) return 0;
  const i = Math.round((pixel - plotLeft) / step);
  return Math.min(count - 1, Math.max(0, i));
}

function monthOf(label: string): number {
  return Number(label.slice(5, 7)) - 1;
}

function rangeIndices(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function everyKth(indices: readonly number[], limit: number): number[] {
  const k = Math.ceil(indices.length / limit);
  return indices.filter((_, j) => j % k === 0);
}
