import type { ScaleContinuousNumeric, ScaleLinear } from 'd3-scale';
import { type Selection, select } from 'd3-selection';
import { setAttr, setStyle } from './dom-writes';
import { barGeometry } from './layout-vm';
import { pixelMap } from './pixel-map';
import { keyedChildren } from './keyed-children';
import { keptIndices } from './simplify';
import type { PlotBand, PlotModel, PlotSeries } from './plot-model';

export type Group = Selection<SVGGElement, unknown, null, undefined>;
export type YScale = ScaleContinuousNumeric<number, number>;

/** Scales and helpers shared by everything drawn inside the plot area. */
export interface PlotFrame {
  x: ScaleLinear<number, number>;
  y: YScale;
  y2: YScale | null;
  innerWidth: number;
  innerHeight: number;
  /** Pixel distance between consecutive x entries (time charts), for bar widths and shading. */
  step: number;
  /** The scales' domains and the plot's size: equal keys place every value at the same pixel. */
  key: string;
}

/** What each path was last drawn from, and the path it wrote (setPath is the only writer of a `d`). */
const drawnFrom = new WeakMap<Element, { key: string; data: readonly unknown[]; d: string }>();

/**
 * Sets a path's `d` unless it was drawn from the very same arrays (by identity) under the same
 * scales and class: parsing a long path is Blink's costliest step in a redraw, and most paths of a
 * chart (the baseline, the curves a slider does not move) stay put.
 */
function setPath(
  el: SVGPathElement,
  frame: PlotFrame,
  cls: string,
  data: readonly unknown[],
  d: () => string,
): void {
  const last = drawnFrom.get(el);
  const key = `${frame.key}|${cls}`;
  if (
    last &&
    last.key === key &&
    last.data.length === data.length &&
    last.data.every((x, i) => x === data[i])
  )
    return;
  // New arrays often trace the same path (a series the step did not move): then nothing is parsed.
  // The text is compared with the one kept here, not read back from the element (a copy of a long
  // string out of Blink).
  const text = d();
  drawnFrom.set(el, { key, data, d: text });
  if (last ? last.d !== text : el.getAttribute('d') !== text) el.setAttribute('d', text);
}

/** The class and inline style each mark was last given here (setLook is their only writer). */
const looks = new WeakMap<Element, string>();

/**
 * Gives a path its class and inline style properties (name, value, name, value…), writing only
 * when they differ from what setLook last wrote: on a slider step every mark keeps its look, and
 * comparing with a remembered string costs less than reading the element's attributes back.
 */
function setLook(el: SVGPathElement, cls: string, ...style: string[]): void {
  const look = `${cls}|${style.join('|')}`;
  if (looks.get(el) === look) return;
  looks.set(el, look);
  setAttr(el, 'class', cls);
  for (let k = 0; k < style.length; k += 2) setStyle(el, style[k], style[k + 1]);
}

/** What each annotation layer was last drawn from (unchanged()). */
const drawnKeys = new WeakMap<Element, string>();

/**
 * True when layer `g` was last drawn from these parts under the same scales (domains, scale types,
 * size and month step), so a layer a slider step did not move — shaded spans, announced figures,
 * rules, observed figures — is left alone; records the key otherwise.
 */
export function unchanged(g: Group, model: PlotModel, frame: PlotFrame, parts: readonly string[]): boolean {
  const node = g.node();
  if (!node) return false;
  const key = `${frame.key}|${frame.step}|${model.y.scale}|${model.y2?.scale ?? ''}|${parts.join(';')}`;
  if (drawnKeys.get(node) === key) return true;
  drawnKeys.set(node, key);
  return false;
}

export function scaleFor(frame: PlotFrame, axis: 'y' | 'y2'): YScale {
  return axis === 'y2' && frame.y2 ? frame.y2 : frame.y;
}

/**
 * True when a value can be placed on the scale (a d3 scale or its pixelMap): finite, and > 0 on a
 * log scale (else the line breaks).
 */
export function drawable(scale: (v: number) => number, log: boolean, v: number): boolean {
  return Number.isFinite(v) && (!log || v > 0) && Number.isFinite(scale(v));
}

function isLog(model: PlotModel, axis: 'y' | 'y2'): boolean {
  return (axis === 'y2' && model.y2 ? model.y2 : model.y).scale === 'log';
}

/** Each y scale's plain pixel function (pixelMap), made once per scale: every path of a chart uses it. */
const pixelMaps = new WeakMap<YScale, (v: number) => number>();

function yPixels(model: PlotModel, frame: PlotFrame, axis: 'y' | 'y2'): (v: number) => number {
  const scale = scaleFor(frame, axis);
  let map = pixelMaps.get(scale);
  if (!map) {
    map = pixelMap(scale, isLog(model, axis));
    pixelMaps.set(scale, map);
  }
  return map;
}

/** The x entries' pixels and their text in a path, once per frame and x array (shared by all paths). */
interface PlacedXs {
  xs: ArrayLike<number>;
  px: number[];
  text: string[];
}

const placedXs = new WeakMap<PlotFrame, PlacedXs>();

function xPixels(model: PlotModel, frame: PlotFrame): PlacedXs {
  let placed = placedXs.get(frame);
  if (!placed || placed.xs !== model.xs) {
    const px = Array.from(model.xs, (v) => frame.x(v));
    placed = { xs: model.xs, px, text: px.map(px10) };
    placedXs.set(frame, placed);
  }
  return placed;
}

/** The index array 0..n-1 the line generators walk over (no per-point objects). */
function indices(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The layer's <g> element (the layers are made with the view and never removed). */
function layer(g: Group): SVGGElement {
  return g.node() as SVGGElement;
}

/** Bands first (under everything), in the order given so nested bands layer outer → inner. */
export function drawBands(g: Group, model: PlotModel, frame: PlotFrame): void {
  const paths = keyedChildren<PlotBand, SVGPathElement>(layer(g), 'path', model.bands, (b) => b.key);
  model.bands.forEach((b, k) => {
    const el = paths[k];
    setLook(el, 'band', 'fill', b.color, 'fill-opacity', String(b.opacity));
    setPath(el, frame, 'band', [b.lower, b.upper, b.axis, model.xs], () =>
      traceArea(model, frame, b.axis, b.upper, b.lower),
    );
  });
}

/** Filled areas under `area` series, down to the bottom of the plot (the axis floor). */
export function drawAreas(g: Group, model: PlotModel, frame: PlotFrame): void {
  const shown = model.series.filter((s) => s.visible && s.area && s.mark === 'line');
  const paths = keyedChildren<PlotSeries, SVGPathElement>(layer(g), 'path', shown, (s) => s.id);
  shown.forEach((s, k) => {
    const el = paths[k];
    setLook(el, 'area', 'fill', s.color);
    setPath(el, frame, 'area', [s.values, s.axis, model.xs], () =>
      traceArea(model, frame, s.axis, s.values, null),
    );
  });
}

/**
 * A pixel coordinate as the path writes it: to a tenth of a pixel (finer than any screen shows;
 * short numbers make both the path text and Blink's parsing of it cheaper), the shortest text — the same
 * text as `String(Math.round(v * 10) / 10)`, built from integers (a path has hundreds of
 * coordinates, and turning a fraction into text is the slow part of tracing one).
 */
function px10(v: number): string {
  const k = Math.round(v * 10);
  if (!(Math.abs(k) < 2e9)) return String(k / 10);
  const whole = (k / 10) | 0;
  const tenth = k - whole * 10;
  if (tenth === 0) return String(whole);
  if (k > 0) return `${whole}.${tenth}`;
  return whole === 0 ? `-0.${-tenth}` : `${whole}.${-tenth}`;
}

/** Pixel rows reused from path to path (a chart's paths are traced one at a time, never nested). */
const rows = { top: new Float64Array(0), bottom: new Float64Array(0) };

function row(name: keyof typeof rows, n: number): Float64Array {
  if (rows[name].length < n) rows[name] = new Float64Array(n);
  return rows[name];
}

/** `L`-joined text of points `kept` (in that order): the x entries' text, the y pixels to a tenth. */
function pointsText(xText: readonly string[], py: Float64Array, kept: readonly number[]): string {
  let d = '';
  for (let j = 0; j < kept.length; j++) d += (j === 0 ? '' : 'L') + xText[kept[j]] + ',' + px10(py[kept[j]]);
  return d;
}

/**
 * A value's pixel on the series' y scale, or NaN when it cannot be drawn (not finite, ≤ 0 on a log
 * axis, or off the scale's reach): what breaks a line or an area.
 */
function yPixelOf(model: PlotModel, frame: PlotFrame, axis: 'y' | 'y2'): (v: number) => number {
  const y = yPixels(model, frame, axis);
  const log = isLog(model, axis);
  return (v) => (Number.isFinite(v) && (!log || v > 0) ? y(v) : Number.NaN);
}

/** Calls `run(start, end)` for each longest run of indices in [0, n) that `place(i)` accepts. */
function eachRun(n: number, place: (i: number) => boolean, run: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= n; i++) {
    if (i < n && place(i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      run(start, i);
      start = -1;
    }
  }
}

/**
 * The path of a filled area from `upper` down to `lower` (to the plot's floor when null) over each
 * run of months where both can be drawn: along the top, back along the bottom, closed — the outline
 * d3's linear `area()` writes, with each edge left without the points that lie within a tenth of a
 * pixel of it (keptIndices).
 */
function traceArea(
  model: PlotModel,
  frame: PlotFrame,
  axis: 'y' | 'y2',
  upper: ArrayLike<number>,
  lower: ArrayLike<number> | null,
): string {
  const pixel = yPixelOf(model, frame, axis);
  const xs = xPixels(model, frame);
  const n = model.xs.length;
  const top = row('top', n);
  const bottom = row('bottom', n);
  let d = '';
  eachRun(
    n,
    (i) => {
      top[i] = pixel(upper[i]);
      bottom[i] = lower ? pixel(lower[i]) : frame.innerHeight;
      return Number.isFinite(top[i]) && Number.isFinite(bottom[i]);
    },
    (start, end) => {
      const back = keptIndices(xs.px, bottom, start, end).reverse();
      d += `M${pointsText(xs.text, top, keptIndices(xs.px, top, start, end))}L${pointsText(xs.text, bottom, back)}Z`;
    },
  );
  return d;
}

/** A line's path and its lone points (drawable values between two gaps), in pixels. */
interface Traced {
  d: string;
  lone: { i: number; px: number; py: number }[];
}

/**
 * Traces a line series: each value is placed on its scale once, a value that cannot be drawn (not
 * finite, ≤ 0 on a log axis) breaks the line, and a value alone between two breaks is kept as a
 * lone point (a line cannot show it). The path d3's linear `line()` writes, less the points that
 * lie within a tenth of a pixel of the segment drawn in their place (keptIndices).
 */
function trace(model: PlotModel, s: PlotSeries, frame: PlotFrame): Traced {
  const pixel = yPixelOf(model, frame, s.axis);
  const xs = xPixels(model, frame);
  const n = model.xs.length;
  const py = row('top', n);
  const lone: Traced['lone'] = [];
  let d = '';
  eachRun(
    n,
    (i) => {
      py[i] = pixel(s.values[i]);
      return Number.isFinite(py[i]);
    },
    (start, end) => {
      if (end - start === 1) lone.push({ i: start, px: xs.px[start], py: py[start] });
      d += `M${pointsText(xs.text, py, keptIndices(xs.px, py, start, end))}`;
    },
  );
  return { d, lone };
}

/** Lone points per line series, found while tracing the lines, for `drawIsolated`. */
export type LonePoints = Map<PlotSeries, Traced['lone']>;

const traced = new WeakMap<Element, Traced>();

/**
 * One path per visible line series; a non-drawable value breaks the line instead of plotting NaN.
 * Returns each series' lone points.
 */
export function drawLines(g: Group, model: PlotModel, frame: PlotFrame): LonePoints {
  const shown = model.series.filter((s) => s.visible && s.mark === 'line');
  const lone: LonePoints = new Map();
  const paths = keyedChildren<PlotSeries, SVGPathElement>(layer(g), 'path', shown, (s) => s.id);
  shown.forEach((s, k) => {
    const el = paths[k];
    const cls = s.dash ? 'line dash' : 'line';
    setLook(el, cls, 'stroke', s.color);
    setPath(el, frame, cls, [s.values, s.axis, model.xs], () => {
      const t = trace(model, s, frame);
      traced.set(el, t);
      return t.d;
    });
    lone.set(s, traced.get(el)?.lone ?? []);
  });
  return lone;
}

/**
 * A dot for each drawable value whose neighbours are both gaps: a line cannot show a lone point
 * (one month, or a month between missing ones), so it would silently vanish.
 */
export function drawIsolated(g: Group, lonePoints: LonePoints): void {
  const dots: { key: string; color: string; px: number; py: number }[] = [];
  for (const [s, points] of lonePoints) {
    for (const p of points) dots.push({ key: `${s.id}:${p.i}`, color: s.color, px: p.px, py: p.py });
  }
  const circles = keyedChildren<(typeof dots)[number], SVGCircleElement>(
    layer(g),
    'circle',
    dots,
    (d) => d.key,
  );
  dots.forEach((d, k) => {
    const el = circles[k];
    setAttr(el, 'r', '2.5');
    setAttr(el, 'cx', String(d.px));
    setAttr(el, 'cy', String(d.py));
    setStyle(el, 'fill', d.color);
  });
}

/** Grouped bars per x entry; a baseline (dash) series is drawn as dashed outlines. */
export function drawBars(g: Group, model: PlotModel, frame: PlotFrame): void {
  const shown = model.series.filter((s) => s.visible && s.mark === 'bar');
  const groups = g
    .selectAll<SVGGElement, PlotSeries>('g')
    .data(shown, (s) => s.id)
    .join('g')
    .attr('class', (s) => (s.dash ? 'bars dash' : 'bars'))
    .style('fill', (s) => (s.dash ? 'none' : s.color))
    .style('stroke', (s) => s.color);
  groups.each(function (s) {
    const y = scaleFor(frame, s.axis);
    const log = isLog(model, s.axis);
    const { offset, width } = barGeometry(frame.step, model.barSlots, s.barSlot);
    const floor = log ? frame.innerHeight : y(Math.max(y.domain()[0], 0));
    const base = s.base;
    // A stacked bar runs from the top of the bars below it to that top plus its own value.
    const top = (i: number) => (base ? base[i] + s.values[i] : s.values[i]);
    const bottom = (i: number) => (base && drawable(y, log, base[i]) ? y(base[i]) : floor);
    const points = indices(model.xs.length).filter((i) => drawable(y, log, top(i)));
    select(this)
      .selectAll('rect')
      .data(points)
      .join('rect')
      .attr('x', (i) => frame.x(model.xs[i]) + offset)
      .attr('width', width)
      .attr('y', (i) => Math.min(y(top(i)), bottom(i)))
      .attr('height', (i) => Math.abs(bottom(i) - y(top(i))));
  });
}
