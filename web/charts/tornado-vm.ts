/**
 * The tornado chart's data side (no DOM): a spec in, bar geometry and texts out.
 * Each row is one parameter swung alone from the low to the high end of its range; its bar runs
 * from the output at the low end to the output at the high end, split at the scenario's output.
 */
import { scaleLinear } from 'd3-scale';

export interface TornadoRowSpec {
  /** Stable id (the parameter id). */
  id: string;
  /** The parameter's name in the reader's language. */
  label: string;
  /** The swung values with their unit, e.g. "0.62" and "1.95". */
  lowText: string;
  highText: string;
  /** The output with the parameter at its low / high end; null where it is undefined. */
  low: number | null;
  high: number | null;
}

export interface TornadoSpec {
  id: string;
  title: string;
  /** Axis title with its unit, e.g. "Rebound on GPU spend (%)". */
  axisLabel: string;
  /** The output at the scenario's own values (where every bar starts); null if undefined. */
  base: number | null;
  /** An output of special meaning drawn as a dashed rule, e.g. 1 = full rebound. */
  reference?: { value: number; label: string };
  /** Rows in display order (largest swing first). */
  rows: readonly TornadoRowSpec[];
  /** Tick and read-out text for an output. */
  format: (value: number) => string;
  labels: {
    /** Shown when there are no rows. */
    noData: string;
    /** Written where an output is undefined. */
    undefinedValue: string;
    /** Legend names of the two ends. */
    lowEnd: string;
    highEnd: string;
    /** The read-out sentence for a row, given its formatted outputs. */
    readout: (row: TornadoRowSpec, lowOutput: string, highOutput: string) => string;
    /** Accessible summary of the chart. */
    summary: string;
  };
}

interface TornadoBar {
  id: string;
  label: string;
  y: number;
  /** Segments from the base to each end, in pixels; null where that end is undefined. */
  lowSegment: { x0: number; x1: number } | null;
  highSegment: { x0: number; x1: number } | null;
  readout: string;
}

/** The frame every row chart (tornado, waterfall, Sobol) lays out: its size, the plot's extent, the rows' height, the ticks. */
export interface RowFrameLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  rowHeight: number;
  top: number;
  ticks: { x: number; text: string }[];
}

export interface TornadoLayout extends RowFrameLayout {
  baseX: number | null;
  reference: { x: number; label: string } | null;
  bars: TornadoBar[];
}

const ROW = 26;
const TOP = 8;
const BOTTOM = 40;

/** Lays the spec out for a plot `width` pixels wide; the label column takes about a third. */
export function tornadoLayout(spec: TornadoSpec, width: number): TornadoLayout {
  const plotLeft = Math.min(220, Math.max(110, Math.round(width * 0.34)));
  const plotRight = Math.max(plotLeft + 40, width - 16);
  const values: number[] = [];
  for (const row of spec.rows) {
    if (row.low !== null && Number.isFinite(row.low)) values.push(row.low);
    if (row.high !== null && Number.isFinite(row.high)) values.push(row.high);
  }
  if (spec.base !== null && Number.isFinite(spec.base)) values.push(spec.base);
  if (spec.reference) values.push(spec.reference.value);
  const lo = values.length > 0 ? Math.min(...values) : 0;
  const hi = values.length > 0 ? Math.max(...values) : 1;
  const pad = hi > lo ? 0 : Math.max(Math.abs(lo) * 0.1, 1);
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([plotLeft, plotRight])
    .nice();
  const base = spec.base !== null && Number.isFinite(spec.base) ? spec.base : null;
  const baseX = base === null ? null : x(base);
  const segment = (end: number | null) =>
    end === null || baseX === null || !Number.isFinite(end)
      ? null
      : { x0: Math.min(baseX, x(end)), x1: Math.max(baseX, x(end)) };
  const show = (v: number | null) =>
    v === null || !Number.isFinite(v) ? spec.labels.undefinedValue : spec.format(v);
  const bars = spec.rows.map((row, i) => ({
    id: row.id,
    label: row.label,
    y: TOP + i * ROW,
    lowSegment: segment(row.low),
    highSegment: segment(row.high),
    readout: spec.labels.readout(row, show(row.low), show(row.high)),
  }));
  return {
    width,
    height: TOP + spec.rows.length * ROW + BOTTOM,
    plotLeft,
    plotRight,
    rowHeight: ROW,
    top: TOP,
    baseX,
    reference: spec.reference ? { x: x(spec.reference.value), label: spec.reference.label } : null,
    ticks: x
      .ticks(Math.max(2, Math.floor((plotRight - plotLeft) / 70)))
      .map((v) => ({ x: x(v), text: spec.format(v) })),
    bars,
  };
}

/** The row to focus after a key press in the list, or null if the key does not move focus. */
export function rowAfterKey(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return Math.min(count - 1, current + 1);
  if (key === 'ArrowUp') return Math.max(0, current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
