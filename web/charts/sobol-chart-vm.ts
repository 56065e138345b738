/**
 * The Sobol chart's data side (no DOM): a spec in, bar geometry and texts out. One row per factor
 * (a parameter, or the group of the rest): a bar for the share of the output's variance it explains
 * alone (first order, S) and one for the share it takes part in with interactions (total order,
 * ST), each with its bootstrap interval as a whisker. The gap between the two bars is the
 * parameter's part in interactions. Shares are drawn on 0 … 1; an estimate outside it (sampling
 * noise of a small design) is drawn at the edge and read out as computed.
 */
import { scaleLinear } from 'd3-scale';
import type { RowFrameLayout } from './tornado-vm';

interface SobolEstimateSpec {
  value: number;
  low: number;
  high: number;
}

export interface SobolRowSpec {
  /** Stable id (the parameter id, or "others"). */
  id: string;
  /** The factor's name in the reader's language. */
  label: string;
  first: SobolEstimateSpec;
  total: SobolEstimateSpec;
}

export interface SobolChartSpec {
  id: string;
  title: string;
  /** Axis title with its unit, e.g. "Share of the variance of the rebound (%)". */
  axisLabel: string;
  /** Rows in display order (largest total effect first). */
  rows: readonly SobolRowSpec[];
  /** Tick and read-out text for a share. */
  format: (value: number) => string;
  /** The sentence under the chart: what interacts. */
  caption: string;
  labels: {
    noData: string;
    /** Legend names of the two bars. */
    first: string;
    total: string;
    /** The read-out sentence for a row, given its formatted estimates and intervals. */
    readout: (row: SobolRowSpec, first: string, total: string) => string;
    /** Accessible summary of the chart. */
    summary: string;
  };
}

export interface SobolBar {
  x0: number;
  x1: number;
  /** Whisker from the interval's low to its high end, in pixels. */
  w0: number;
  w1: number;
  y: number;
}

interface SobolRowLayout {
  id: string;
  label: string;
  y: number;
  first: SobolBar;
  total: SobolBar;
  readout: string;
}

export interface SobolLayout extends RowFrameLayout {
  barHeight: number;
  axisY: number;
  rows: SobolRowLayout[];
}

const ROW = 30;
const BAR = 9;
const TOP = 6;
const BOTTOM = 40;

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);

/** Lays the spec out for a plot `width` pixels wide; the label column takes about a third. */
export function sobolLayout(spec: SobolChartSpec, width: number): SobolLayout {
  const plotLeft = Math.min(220, Math.max(110, Math.round(width * 0.34)));
  const plotRight = Math.max(plotLeft + 40, width - 16);
  const x = scaleLinear().domain([0, 1]).range([plotLeft, plotRight]);
  const bar = (e: SobolEstimateSpec, y: number): SobolBar => ({
    x0: x(0),
    x1: x(clamp01(e.value)),
    w0: x(clamp01(e.low)),
    w1: x(clamp01(e.high)),
    y,
  });
  // A share is read between 0 and 100 %: an estimate beyond is sampling noise (the caption says so).
  const show = (e: SobolEstimateSpec) =>
    `${spec.format(clamp01(e.value))} (${spec.format(clamp01(e.low))}–${spec.format(clamp01(e.high))})`;
  const rows = spec.rows.map((row, i) => {
    const y = TOP + i * ROW;
    return {
      id: row.id,
      label: row.label,
      y,
      first: bar(row.first, y + 4),
      total: bar(row.total, y + 4 + BAR + 2),
      readout: spec.labels.readout(row, show(row.first), show(row.total)),
    };
  });
  const axisY = TOP + spec.rows.length * ROW;
  return {
    width,
    height: axisY + BOTTOM,
    plotLeft,
    plotRight,
    rowHeight: ROW,
    barHeight: BAR,
    top: TOP,
    axisY,
    ticks: x.ticks(Math.max(2, Math.min(5, Math.floor((plotRight - plotLeft) / 60)))).map((v) => ({
      x: x(v),
      text: spec.format(v),
    })),
    rows,
  };
}
