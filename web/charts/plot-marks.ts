import { select } from 'd3-selection';
import { setAttr, setStyle } from './dom-writes';
import { keyedChildren } from './keyed-children';
import { barGeometry } from './layout-vm';
import { type Traced, trace, traceArea } from './path-trace';
import { drawable, type Group, isLog, type PlotFrame, scaleFor } from './plot-frame';
import type { PlotBand, PlotModel, PlotSeries } from './plot-model';

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
  // Most charts have no bars: with none drawn and none to draw, no join is made.
  if (shown.length === 0 && !layer(g).firstChild) return;
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
