import type { TimeChartSpec, ValueAxisSpec } from '../charts/chart-spec';

/** How far a chart's Monte Carlo bands reached on its value axes: the values an axis must keep. */
interface Reach {
  y: number[];
  y2: number[];
}

/** Per chart id, where its bands reached; empty when no chart has bands. */
export type BandReach = ReadonlyMap<string, Reach>;

export const NO_REACH: BandReach = new Map();

/** The lowest, the lowest positive (a log axis leaves out the rest) and the highest finite value. */
function extremes(into: number[], arrays: readonly ArrayLike<number>[]): void {
  let lo = Number.POSITIVE_INFINITY;
  let loPositive = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > 0 && v < loPositive) loPositive = v;
      if (v > hi) hi = v;
    }
  }
  for (const v of [lo, loPositive, hi]) if (Number.isFinite(v)) into.push(v);
}

/** Where the bands of `specs` reach, per chart and axis (a band is on its series' axis). */
export function bandReach(specs: readonly TimeChartSpec[]): BandReach {
  const reach = new Map<string, Reach>();
  for (const spec of specs) {
    if (!spec.bands?.length) continue;
    const r: Reach = { y: [], y2: [] };
    for (const band of spec.bands) {
      const series = spec.series.find((s) => s.id === band.seriesId);
      const axis = series?.axis === 'y2' && spec.y2 ? r.y2 : r.y;
      extremes(axis, [band.lower, band.upper]);
    }
    reach.set(spec.id, r);
  }
  return reach;
}

function including(axis: ValueAxisSpec, values: readonly number[]): ValueAxisSpec {
  return values.length === 0 ? axis : { ...axis, include: [...(axis.include ?? []), ...values] };
}

/**
 * The chart with its axes stretched to where its last bands reached, while the bands of the
 * scenario on screen are being worked out: a slider step drops the old bands (they belong to
 * another scenario), and without this the axes would shrink on the step and grow back when the
 * new bands arrive a moment later — a jump for the reader, and a step that redraws the axes, the
 * grid and every mark instead of only the lines it moves. A chart with bands of its own is as it is.
 */
export function holdReach(spec: TimeChartSpec, reach: BandReach): TimeChartSpec {
  const r = reach.get(spec.id);
  if (!r || spec.bands?.length) return spec;
  return {
    ...spec,
    y: including(spec.y, r.y),
    ...(spec.y2 ? { y2: including(spec.y2, r.y2) } : {}),
  };
}
