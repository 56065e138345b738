import type { ChartLabels, ObservationWords, YScaleKind } from './chart-spec';
import type { DomainNote } from './domain-vm';

/**
 * What the drawing code (plot-view.ts) needs, in data coordinates: both chart specs are turned
 * into this, so one renderer serves the time charts, the yearly bars and the elasticity curve.
 */
export interface PlotAxis {
  label: string;
  unit: string;
  scale: YScaleKind;
  domain: [number, number];
  ticks: { value: number; text: string }[];
  /** Short text without unit (the tick formatter). */
  format: (value: number) => string;
  /** Read-out text with unit. */
  formatValue: (value: number) => string;
  note: DomainNote;
}

export interface PlotSeries {
  id: string;
  label: string;
  color: string;
  dash: boolean;
  area: boolean;
  mark: 'line' | 'bar';
  axis: 'y' | 'y2';
  quiet: boolean;
  visible: boolean;
  values: ArrayLike<number>;
  /** Slot among the bar series (for grouping bars side by side); -1 for lines. */
  barSlot: number;
  /** Where a stacked bar starts (the sum of the bars below it); null for unstacked bars and lines. */
  base: ArrayLike<number> | null;
}

export interface PlotBand {
  key: string;
  seriesId: string;
  label: string;
  color: string;
  axis: 'y' | 'y2';
  lower: ArrayLike<number>;
  upper: ArrayLike<number>;
  opacity: number;
}

export interface PlotMarker {
  key: string;
  x: number;
  y: number;
  yHigh: number | null;
  label: string;
  tooltip: string;
  axis: 'y' | 'y2';
}

/** A published figure (see ObservationSpec), its x span resolved to data coordinates. */
export interface PlotObservation {
  key: string;
  x0: number;
  x1: number;
  y: number;
  low: number | null;
  high: number | null;
  side: 'atLeast' | 'atMost' | null;
  shape: 'circle' | 'square';
  hollow: boolean;
  color: string;
  axis: 'y' | 'y2';
  label: string;
  details: readonly string[];
  compare: (() => string) | null;
}

/** A vertical line across the plot (the break-even elasticity). */
export interface PlotRule {
  key: string;
  x: number;
  label: string;
}

/** A horizontal line across the plot at a value of the left axis (zero change), labelled at its right end. */
export interface PlotYRule {
  key: string;
  y: number;
  label: string;
}

/** A highlighted point (the current elasticity on the scenario curve). */
export interface PlotPoint {
  key: string;
  x: number;
  y: number;
  label: string;
  color: string;
}

export interface PlotModel {
  id: string;
  title: string;
  summary: string;
  /** Data x of each point (month index, year index or elasticity), increasing. */
  xs: ArrayLike<number>;
  xDomain: [number, number];
  /** Tick values and texts for the given number of ticks that fit. */
  xTicks: (maxTicks: number) => { value: number; text: string }[];
  xLabel: string;
  /** Read-out heading for point i (the month, year or elasticity). */
  xText: (i: number) => string;
  y: PlotAxis;
  y2: PlotAxis | null;
  series: PlotSeries[];
  barSlots: number;
  bands: PlotBand[];
  markers: PlotMarker[];
  /** Published figures, in x order (the keyboard steps through them in this order). */
  observations?: PlotObservation[];
  observationWords?: ObservationWords;
  shading: { key: string; from: number; to: number; label: string }[];
  rules: PlotRule[];
  /** Horizontal rules (the zero line of a change); none when left out. */
  yRules?: PlotYRule[];
  /**
   * Highlighted points. Their labels sit in the margin above the plot, a row below the rules'
   * labels, with a leader down to the point, so no curve ever runs through a label.
   */
  points: PlotPoint[];
  labels: ChartLabels;
  /** Nothing drawable at all: show labels.noData instead of the plot. */
  empty: boolean;
  /** Shown under the plot (e.g. values ≤ 0 left out of a log axis), or ''. */
  note: string;
  /** What the chart shows, in a sentence or two under the plot, or ''. */
  caption: string;
  /** Numbered notes under the caption (what each numbered marker is, with its caveat). */
  notes?: readonly string[];
}

/** The default colour of the k-th series. */
export function paletteColor(k: number): string {
  return cssColor(`var(--jv-series-${(k % 6) + 1})`);
}

/**
 * A spec colour ready for a style property: `var(--jv-series-N)` gains the chart's built-in
 * default as fallback, so the palette works whether or not the page defines --jv-series-N
 * (a default set on :host would hide the page's values, which are only inherited).
 */
export function cssColor(color: string): string {
  let css = cssColors.get(color);
  if (css === undefined) {
    css = color.replace(
      /var\(--jv-(series-\d|axis|grid|band|marker|shading|text|surface)\)/g,
      (_, name: string) => {
        const internal = name.startsWith('series-') ? `s${name.slice(7)}` : name;
        return `var(--jv-${name}, var(--_${internal}))`;
      },
    );
    if (cssColors.size >= 256) cssColors.clear();
    cssColors.set(color, css);
  }
  return css;
}

/** cssColor's answers: a spec names a handful of colours, and every slider step asks again. */
const cssColors = new Map<string, string>();
