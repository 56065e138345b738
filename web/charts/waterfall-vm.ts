/**
 * The waterfall chart's data side (no DOM): a spec in, bar geometry and texts out. Each step is a
 * horizontal bar from the running total before it to the running total after it; the last row is
 * the total, from zero. The steps add up to the total when the spec's numbers do (the engine's
 * decomposition is exact), and the layout does not force them to.
 */
import { scaleLinear } from 'd3-scale';
import { fittedTicks } from './fitted-ticks';
import type { RowFrameLayout } from './tornado-vm';

interface WaterfallStepSpec {
  /** Stable id (the channel id). */
  id: string;
  /** Name in the reader's language. */
  label: string;
  /** Signed contribution, in the unit of the axis. */
  value: number;
}

export interface WaterfallSpec {
  id: string;
  title: string;
  /** Axis title with its unit. */
  axisLabel: string;
  steps: readonly WaterfallStepSpec[];
  total: { label: string; value: number };
  /** Tick text (short, no unit). */
  format: (value: number) => string;
  /** A signed contribution with its unit, for the read-out and the accessible names. */
  formatChange: (value: number) => string;
  /**
   * The signed contribution as printed at the end of its row. Without it, `formatChange`. The
   * axis title already names the unit, so the row can leave it out: on an A4 page the unit repeated
   * on seven rows took the room the bars needed.
   */
  formatRowValue?: (value: number) => string;
  labels: {
    noData: string;
    /** Legend names. */
    increase: string;
    decrease: string;
    total: string;
    /** Accessible summary of the chart. */
    summary: string;
  };
  /** One or two sentences under the plot. */
  caption?: string;
}

type WaterfallKind = 'increase' | 'decrease' | 'total';

interface WaterfallBar {
  id: string;
  label: string;
  /** The label as drawn: cut with "…" when the label column is narrower than the name (a phone). */
  shortLabel: string;
  kind: WaterfallKind;
  y: number;
  x0: number;
  x1: number;
  /** Where the value text ends: the right edge of the value column. */
  textX: number;
  valueText: string;
  readout: string;
}

export interface WaterfallLayout extends RowFrameLayout {
  zeroX: number;
  /** Connector lines from the end of one bar to the start of the next, in pixels. */
  connectors: { x: number; y0: number; y1: number }[];
  bars: WaterfallBar[];
}

const ROW = 26;
const TOP = 6;
/** Approximate width of one character of the 10.5 px value text and the 11.5 px row labels. */
const TEXT_PX = 6.2;
const LABEL_PX = 6.6;
const BOTTOM = 40;

/** Estimated width in pixels of a row label: CJK characters are about twice as wide as Latin ones. */
function textWidth(text: string): number {
  let px = 0;
  for (const ch of text) px += ch.codePointAt(0)! >= 0x2e80 ? LABEL_PX * 1.75 : LABEL_PX;
  return px;
}

/** `text` cut to fit `px` (estimated), with "…" when cut; whole when it fits. */
export function fitLabel(text: string, px: number): string {
  if (textWidth(text) <= px) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`) > px) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** Lays the spec out for a plot `width` pixels wide; the label column takes about a third. */
export function waterfallLayout(spec: WaterfallSpec, width: number): WaterfallLayout {
  // The label column fits the longest name, within a third to half of the width; a name that is
  // still too long (a phone) is cut with "…" (the read-out and the accessible name keep it whole).
  const longest = Math.max(textWidth(spec.total.label), ...spec.steps.map((st) => textWidth(st.label)));
  const plotLeft = Math.round(Math.min(width * 0.5, Math.max(width / 3, longest + 16)));
  const labelRoom = plotLeft - 12;
  // Values sit in a column of their own on the right, so they never cover a bar or a label.
  const rowValue = spec.formatRowValue ?? spec.formatChange;
  const texts = [...spec.steps.map((st) => rowValue(st.value)), rowValue(spec.total.value)];
  const valueColumn = Math.max(...texts.map((text) => text.length * TEXT_PX)) + 12;
  const plotRight = Math.max(plotLeft + 60, width - valueColumn);
  const finite = (v: number) => (Number.isFinite(v) ? v : 0);
  const ends: number[] = [0, finite(spec.total.value)];
  let running = 0;
  for (const step of spec.steps) {
    running += finite(step.value);
    ends.push(running);
  }
  const lo = Math.min(...ends);
  const hi = Math.max(...ends);
  const pad = hi > lo ? (hi - lo) * 0.04 : 1;
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([plotLeft, plotRight])
    .nice();
  const bars: WaterfallBar[] = [];
  const connectors: WaterfallLayout['connectors'] = [];
  const place = (id: string, label: string, kind: WaterfallKind, from: number, to: number, value: number) => {
    const y = TOP + bars.length * ROW;
    const x0 = Math.min(x(from), x(to));
    const x1 = Math.max(x(from), x(to));
    const valueText = rowValue(value);
    bars.push({
      id,
      label,
      shortLabel: fitLabel(label, labelRoom),
      kind,
      y,
      x0,
      x1,
      textX: width - 4,
      valueText,
      readout: `${label}: ${spec.formatChange(value)}`,
    });
  };
  running = 0;
  for (const step of spec.steps) {
    const before = running;
    running += finite(step.value);
    place(step.id, step.label, step.value >= 0 ? 'increase' : 'decrease', before, running, step.value);
    connectors.push({ x: x(running), y0: TOP + bars.length * ROW - 5, y1: TOP + bars.length * ROW + 5 });
  }
  place('total', spec.total.label, 'total', 0, finite(spec.total.value), spec.total.value);
  return {
    width,
    height: TOP + bars.length * ROW + BOTTOM,
    plotLeft,
    plotRight,
    rowHeight: ROW,
    top: TOP,
    zeroX: x(0),
    // The 11 px tick text is about as wide per character as the row labels.
    ticks: fittedTicks(x, spec.format, textWidth, 80),
    connectors,
    bars,
  };
}
