/**
 * What the app hands to the chart components: plain data plus injected formatters and words.
 *
 * Charts never import the engine, the catalogue or i18n; the app (web/) builds these specs from a
 * SimulationResult / SweepResult and its own number formatter and language, and sets them on the
 * element as `el.spec = {...}` (a property, not an attribute). Give a NEW object whenever anything
 * changed — the components redraw only when `spec` is a different object (Lit's `!==` check), and
 * then update the existing SVG in place, so a new spec per slider frame is cheap.
 *
 * Never NaN on screen: any non-finite value (and, on a log axis, any value ≤ 0) is a gap in the
 * line, not a point; a chart with nothing drawable shows `labels.noData` / `labels.nonPositive`.
 *
 * Colours are CSS values, normally custom properties such as `var(--jv-series-2)`, so themes work.
 * The components have built-in defaults for --jv-series-1 … --jv-series-6, --jv-axis, --jv-grid,
 * --jv-marker, --jv-shading, --jv-text, --jv-surface (light and dark, picked by the page's
 * `color-scheme`); the app may override any of them on `:root`. Bands take their series' colour.
 */

/** A linear or logarithmic value axis. */
export type YScaleKind = 'linear' | 'log';

/** A point on the x axis: a label from `x` ("2025-03", "2027", or an ISO date that starts with
 * one of them, like "2025-01-27"), or a (possibly fractional) 0-based index into `x`. */
export type XPosition = string | number;

/** Words the chart shows itself; the app passes them in the current language. */
export interface ChartLabels {
  /** Shown instead of the plot when no series has a drawable value. */
  noData: string;
  /** Shown as a note when a log axis had to leave out values ≤ 0 (or everything was 0). */
  nonPositive: string;
  /** Accessible name of a legend item's toggle button, e.g. (l, v) => `${v ? 'Hide' : 'Show'} ${l}`. */
  toggleSeries: (seriesLabel: string, visible: boolean) => string;
}

/** One value axis: title (with its unit), scale and formatters. */
export interface ValueAxisSpec {
  /** Axis title including the unit, e.g. "Price (USD per million tokens)". */
  label: string;
  /** Unit appended in read-outs by the default `formatValue`, e.g. "USD/Mtok", "亿美元". */
  unit: string;
  scale: YScaleKind;
  /** Short tick text without unit (the app's K/M/B or 万/亿 formatter). */
  format: (value: number) => string;
  /** Read-out text with unit; defaults to `${format(v)} ${unit}`. */
  formatValue?: (value: number) => string;
  /** Force the axis to include these values (e.g. 0 on a linear axis); ignored if ≤ 0 on a log axis. */
  include?: readonly number[];
  /**
   * The axis counts a monthly flow summed over each year (capex per year): a figure observed per
   * month is drawn at twelve times its monthly rate. A price on a yearly chart is not a total.
   */
  yearlyTotals?: boolean;
}

/** A line (or bar) series. */
export interface TimeSeriesSpec {
  /** Stable id: the legend's hidden/visible state and bands refer to it across spec updates. */
  id: string;
  label: string;
  /** One value per entry of `x`, in the unit of its axis. Non-finite entries are gaps. */
  values: ArrayLike<number>;
  /** CSS colour, normally `var(--jv-series-N)`; defaults to --jv-series-(k+1) for the k-th series. */
  color?: string;
  /** Dashed: the baseline overlay (the run without the DeepSeek shock). Bars are drawn outlined. */
  dash?: boolean;
  /** Fill under the line down to the axis floor (light tint of `color`). */
  area?: boolean;
  /** 'bar' draws grouped bars per x entry (use with yearly x); default 'line'. */
  mark?: 'line' | 'bar';
  /** Which value axis: 'y' (left, default) or 'y2' (right; needs `y2` on the chart). */
  axis?: 'y' | 'y2';
  /** Left out of the legend and the read-out (e.g. a helper line); default false. */
  quiet?: boolean;
  /**
   * Bars with the same `stack` share one slot and are drawn on top of each other in the order
   * given (e.g. capex on chips, then on the shell around them); the axis covers their sum.
   */
  stack?: string;
}

/**
 * An uncertainty band around a series (Monte Carlo quantiles, issue 4). Give nested bands outer
 * first (p5–p95, then p25–p75); they are drawn under every line in that order, in the colour of
 * the series they belong to. The read-out lists each band's range at the hovered month.
 */
export interface BandSpec {
  /** The `id` of the series it surrounds (its colour and axis are used). */
  seriesId: string;
  /** e.g. "90% interval (p5–p95)". */
  label: string;
  lower: ArrayLike<number>;
  upper: ArrayLike<number>;
  /** Fill opacity, default 0.18. */
  opacity?: number;
  /** CSS colour; default the colour of its series. */
  color?: string;
}

/** A data point from the articles (announced capex etc.), drawn as a labelled diamond. */
export interface MarkerSpec {
  x: XPosition;
  /** In the unit of the axis the marker belongs to. */
  y: number;
  /** Upper end when the source gives a range: drawn as a vertical bar from y to yHigh. */
  yHigh?: number;
  /** Short text beside the marker, e.g. "Big Tech capex 2025". */
  label: string;
  /** Longer text shown on hover/focus (source, caveat). */
  tooltip: string;
  axis?: 'y' | 'y2';
}

/**
 * A published figure drawn beside the model's line (issue 8), distinct from the articles' announced
 * markers: a dot for one month, a horizontal segment across the months a mean or a sum covers, a
 * vertical whisker for its band, a ▲ under a floor and a ▼ over a ceiling. Hollow when it was
 * published after the vintage (hindsight); a square when the reader imported it.
 */
export interface ObservationSpec {
  /** Stable across spec updates (the observation's id, made unique by the app). */
  key: string;
  /** Where the figure starts and ends on x: equal for a point; a segment runs edge to edge. */
  fromX: XPosition;
  toX: XPosition;
  /** The level in the unit of its axis (a sum over months already turned into the axis' rate). */
  y: number;
  /** The figure's own band, same unit: drawn as a whisker. */
  low?: number;
  high?: number;
  /** A floor (the truth is at least this) or a ceiling (at most this). */
  side?: 'atLeast' | 'atMost';
  /** 'circle' for the project's observations, 'square' for the reader's imported ones. */
  shape: 'circle' | 'square';
  /** Drawn hollow: published after the vintage (hindsight), never fitted. */
  hollow: boolean;
  /** CSS colour; by default the colour of the series it measures, else --jv-marker. */
  color?: string;
  /** The series it measures: hidden with it when the reader switches that series off. */
  seriesId?: string;
  axis?: 'y' | 'y2';
  /** Its short name (the observation's id). */
  label: string;
  /** The card's lines on hover or focus: what it measures, the value, the months, each source with its date. */
  details: readonly string[];
  /** The model's value for it and the ratio: asked only while its card is shown. */
  compare?: () => string;
}

/** The words of the observations' legend entries and of the keyboard hint, in the reader's language. */
export interface ObservationWords {
  /** e.g. "observed (published by 28 Feb 2025)". */
  observed: string;
  /** e.g. "hindsight: published later (hollow)". */
  hindsight: string;
  /** e.g. "imported by you". */
  imported: string;
  /** e.g. "a floor (at least)". */
  floor: string;
  /** e.g. "a ceiling (at most)". */
  ceiling: string;
  /** Added to the plot's accessible name: how to reach the observations from the keyboard. */
  keys: string;
}

/** A labelled vertical rule across the plot, e.g. the month of the DeepSeek shock. */
export interface RuleSpec {
  x: XPosition;
  label: string;
}

/** A shaded span of x, e.g. the months with a GPU shortage. Both ends included. */
export interface ShadingSpec {
  fromX: XPosition;
  toX: XPosition;
  label: string;
}

/**
 * A chart over time. Monthly: x = "YYYY-MM" labels (SimulationResult.months). Yearly (GPU spend and
 * capex per year against announced capex): x = "YYYY" labels, series with `mark: 'bar'`, values
 * aggregated with `aggregateYearly` from './yearly-vm' — there is no separate bar-chart spec.
 */
export interface TimeChartSpec {
  /** Used for export file names and element ids. */
  id: string;
  title: string;
  /** Labels of the x entries, in order. */
  x: readonly string[];
  xUnit: 'month' | 'year';
  /** Axis title, e.g. "Month" / "月份". */
  xAxisLabel: string;
  /** Tick text for an x label; default: the year at each January (monthly) or the label (yearly). */
  formatX?: (label: string, index: number) => string;
  y: ValueAxisSpec;
  /** Optional right-hand axis (e.g. margin as a share beside revenue in USD). */
  y2?: ValueAxisSpec;
  series: readonly TimeSeriesSpec[];
  bands?: readonly BandSpec[];
  markers?: readonly MarkerSpec[];
  /** Published figures to set the model against; keep the same array while they do not change. */
  observations?: readonly ObservationSpec[];
  /** Needed with `observations`. */
  observationWords?: ObservationWords;
  shading?: readonly ShadingSpec[];
  rules?: readonly RuleSpec[];
  labels: ChartLabels;
  /** Accessible summary; default: title, axis title, series names and the x range. */
  summary?: string;
  /** One or two sentences under the plot saying what it shows and how to read it. */
  caption?: string;
  /** Numbered notes under the caption (each announced figure behind a numbered marker, with its caveat). */
  notes?: readonly string[];
}

/**
 * The Jevons panel's curve: what the shock does to a total on one basis, against the market
 * elasticity. The app draws the change with the shock against the world without it (a share,
 * so the zero line is the break-even); any curves given — with the shock, without it, the
 * mechanical saving — are drawn on the same y axis. Build it from the engine's SweepResult.
 */
export interface ElasticityChartSpec {
  id: string;
  title: string;
  /** e.g. "Market elasticity of demand η". */
  xLabel: string;
  /** Tick text for an elasticity; default two significant digits. */
  formatX?: (elasticity: number) => string;
  /** The y axis. */
  y: ValueAxisSpec;
  /** Elasticities, increasing. */
  values: ArrayLike<number>;
  /** The curve with the shock, one value per elasticity (the one the current point sits on). */
  scenario: ArrayLike<number>;
  /** The curve without the shock (drawn dashed); left out when the y axis is a change against it. */
  base?: ArrayLike<number>;
  /** Optional third curve: shock on, token demand held at the base path. */
  mechanical?: ArrayLike<number>;
  /** A horizontal rule at y = 0 with this legend name (no change: where the shock breaks even). */
  zeroLine?: string;
  /** Elasticity where the shock breaks even; null when not in range (nothing drawn). */
  breakEven: number | null;
  /** The elasticity currently set by the slider (a marked point on the scenario curve). */
  current: number;
  labels: ChartLabels & {
    scenario: string;
    base?: string;
    mechanical?: string;
    /** e.g. (e) => `Break-even η = ${e}`. */
    breakEven: (formattedElasticity: string) => string;
    /** e.g. (e) => `Current η = ${e}`; the app may add the value there. */
    current: (formattedElasticity: string) => string;
  };
  summary?: string;
  /** One or two sentences under the plot saying what it shows. */
  caption?: string;
}

/** Fired (bubbling, composed) when a legend item is toggled. */
export interface SeriesToggleDetail {
  id: string;
  visible: boolean;
}
