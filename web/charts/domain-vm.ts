import { nice, ticks } from 'd3-array';
import type { YScaleKind } from './chart-spec';

/** Why a domain looks the way it does, so the chart can tell the reader. */
export type DomainNote = 'ok' | 'empty' | 'non-positive-skipped' | 'all-non-positive';

export interface PickedDomain {
  domain: [number, number];
  note: DomainNote;
}

/** Running extent over many arrays, skipping what the scale cannot show. */
export class ExtentCollector {
  lo = Number.POSITIVE_INFINITY;
  hi = Number.NEGATIVE_INFINITY;
  /** Finite values a log scale had to leave out (≤ 0). */
  skipped = 0;
  constructor(readonly scale: YScaleKind) {}

  add(value: number): void {
    if (!Number.isFinite(value)) return;
    if (this.scale === 'log' && value <= 0) {
      this.skipped++;
      return;
    }
    if (value < this.lo) this.lo = value;
    if (value > this.hi) this.hi = value;
  }

  addAll(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) this.add(values[i]);
  }

  /** The nice domain for what was collected (see `pickDomain`). */
  pick(): PickedDomain {
    return this.scale === 'log' ? logDomain(this) : linearDomain(this);
  }
}

/**
 * Picks a value-axis domain covering every finite value of `arrays` (plus `include`).
 * Log: never includes a value ≤ 0 — such values are skipped and reported in `note`; with nothing
 * positive left the domain is [1, 10] and the note 'all-non-positive'. Linear: rounded outward
 * to nice numbers. Returns [lo, hi] with lo < hi, both finite.
 */
export function pickDomain(
  arrays: readonly ArrayLike<number>[],
  scale: YScaleKind,
  include: readonly number[] = [],
): PickedDomain {
  const collector = new ExtentCollector(scale);
  for (const values of arrays) collector.addAll(values);
  for (const v of include) collector.add(v);
  return collector.pick();
}

function linearDomain(c: ExtentCollector): PickedDomain {
  if (c.lo > c.hi) return { domain: [0, 1], note: 'empty' };
  let lo = c.lo;
  let hi = c.hi;
  if (lo === hi) {
    // A flat series still needs a visible band around it.
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const [nlo, nhi] = nice(lo, hi, 5);
  return { domain: [nlo, nhi], note: 'ok' };
}

/** 1-2-5 steps: the roundest numbers a log axis can start or end on. */
const LOG_STEPS = [1, 2, 5, 10];

function niceLogFloor(v: number): number {
  const decade = 10 ** Math.floor(Math.log10(v));
  let best = decade;
  for (const s of LOG_STEPS) if (s * decade <= v * (1 + 1e-12)) best = s * decade;
  return usable(best, v);
}

function niceLogCeil(v: number): number {
  const decade = 10 ** Math.floor(Math.log10(v));
  for (const s of LOG_STEPS) if (s * decade >= v * (1 - 1e-12)) return usable(s * decade, v);
  return usable(10 * decade, v);
}

/** Near the ends of the double range (subnormals, 1e308) a rounded bound underflows to 0 or
 * overflows to ∞; the raw value is then the better bound. */
function usable(rounded: number, raw: number): number {
  return rounded > 0 && Number.isFinite(rounded) ? rounded : raw;
}

function logDomain(c: ExtentCollector): PickedDomain {
  if (c.lo > c.hi) {
    return { domain: [1, 10], note: c.skipped > 0 ? 'all-non-positive' : 'empty' };
  }
  let lo = niceLogFloor(c.lo);
  let hi = niceLogCeil(c.hi);
  if (lo === hi) {
    lo = niceLogFloor(lo * 0.99);
    hi = niceLogCeil(hi * 1.01);
  }
  if (!(lo < hi)) {
    if (hi * 10 < Number.POSITIVE_INFINITY) hi *= 10;
    else lo /= 10;
  }
  return { domain: [lo, hi], note: c.skipped > 0 ? 'non-positive-skipped' : 'ok' };
}

/**
 * Tick values for a value axis, all inside the domain (and > 0 on a log axis): on a log axis whole
 * decades when the domain spans at least two, thinned to at most `count` + 2; otherwise 1-2-5 steps.
 */
export function valueTicks(domain: readonly [number, number], scale: YScaleKind, count = 5): number[] {
  const [lo, hi] = domain;
  if (scale === 'linear') return ticks(lo, hi, count);
  const kLo = Math.ceil(Math.log10(lo) - 1e-9);
  const kHi = Math.floor(Math.log10(hi) + 1e-9);
  if (kHi - kLo >= 2) {
    const every = Math.max(1, Math.ceil((kHi - kLo + 1) / (count + 2)));
    const out: number[] = [];
    for (let k = kLo; k <= kHi; k += every) out.push(10 ** k);
    return out;
  }
  const out: number[] = [];
  for (let k = Math.floor(Math.log10(lo)) - 1; k <= kHi + 1; k++) {
    for (const s of [1, 2, 5]) {
      const v = s * 10 ** k;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
    }
  }
  return out;
}

/** Tick texts from the injected formatter, dropping a tick whose text repeats its neighbour's. */
export function tickTexts(
  values: readonly number[],
  format: (v: number) => string,
): { value: number; text: string }[] {
  const out: { value: number; text: string }[] = [];
  for (const value of values) {
    const text = format(value);
    if (out.length > 0 && out[out.length - 1].text === text) continue;
    out.push({ value, text });
  }
  return out;
}
