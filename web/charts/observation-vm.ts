import type { TimeChartSpec } from './chart-spec';
import { cssColor, type PlotObservation } from './plot-model';
import { resolveX } from './x-axis-vm';

/**
 * The spec's observations in data coordinates, in x order: those outside the x axis, without a
 * finite level, or measuring a series the reader switched off are left out. A segment is kept
 * when it overlaps the axis (the drawing clips it to the plot).
 */
export function plotObservations(spec: TimeChartSpec, hidden: ReadonlySet<string>): PlotObservation[] {
  const given = spec.observations;
  if (!given || given.length === 0) return [];
  // The figures stay the same array while a slider moves: resolve them once per axis and legend state.
  const axes = `${spec.x.length}|${spec.x[0]}|${spec.xUnit}|${spec.y.scale}|${spec.y2?.scale ?? ''}`;
  const known = resolved.get(given);
  if (known && known.hidden === hidden && known.axes === axes) return known.out;
  const out = resolve(spec, hidden);
  resolved.set(given, { hidden, axes, out });
  return out;
}

/** The last resolution of each spec's figures, with what it was made for. */
const resolved = new WeakMap<
  readonly NonNullable<TimeChartSpec['observations']>[number][],
  { hidden: ReadonlySet<string>; axes: string; out: PlotObservation[] }
>();

function resolve(spec: TimeChartSpec, hidden: ReadonlySet<string>): PlotObservation[] {
  const out: PlotObservation[] = [];
  const n = spec.x.length;
  const place = (x: TimeChartSpec['x'][number] | number): number | null =>
    typeof x === 'number' ? (Number.isFinite(x) ? x : null) : resolveX(x, spec.x, spec.xUnit);
  for (const o of spec.observations ?? []) {
    if (o.seriesId !== undefined && hidden.has(o.seriesId)) continue;
    const x0 = place(o.fromX);
    const x1 = place(o.toX);
    if (x0 === null || x1 === null || x1 < x0 || x1 < -0.5 || x0 > n - 0.5) continue;
    const axis = o.axis === 'y2' && spec.y2 ? 'y2' : 'y';
    const log = (axis === 'y2' && spec.y2 ? spec.y2 : spec.y).scale === 'log';
    // Never NaN on screen, and nothing at or below zero on a log axis.
    if (!Number.isFinite(o.y) || (log && o.y <= 0)) continue;
    const finite = (v: number | undefined) =>
      v !== undefined && Number.isFinite(v) && (!log || v > 0) ? v : null;
    out.push({
      key: o.key,
      x0,
      x1,
      y: o.y,
      low: finite(o.low),
      high: finite(o.high),
      side: o.side ?? null,
      shape: o.shape,
      hollow: o.hollow,
      color: cssColor(o.color ?? 'var(--jv-marker)'),
      axis,
      label: o.label,
      details: o.details,
      compare: o.compare ?? null,
    });
  }
  return out.sort((a, b) => a.x0 + a.x1 - (b.x0 + b.x1) || a.y - b.y);
}

/** True when an observation covers the x entry `index` (a point: the entry it sits in). */
export function coversIndex(o: Pick<PlotObservation, 'x0' | 'x1'>, index: number): boolean {
  return index > o.x0 - 0.5 && index < o.x1 + 0.5;
}

/** The x entry nearest to an observation's middle, inside 0 … count − 1. */
export function observationIndex(o: Pick<PlotObservation, 'x0' | 'x1'>, count: number): number {
  return Math.min(count - 1, Math.max(0, Math.round((o.x0 + o.x1) / 2)));
}
