import type { ScaleContinuousNumeric } from 'd3-scale';
import { type Selection, select } from 'd3-selection';
import { area } from 'd3-shape';
import { barGeometry } from './layout-vm';
import type { PlotBand, PlotModel, PlotSeries } from './plot-model';

export type Group = Selection<SVGGElement, unknown, null, undefined>;
export type YScale = ScaleContinuousNumeric<number, number>;

/** Scales and helpers shared by everything drawn inside the plot area. */
export interface PlotFrame {
  x: (v: number) => number;
  y: YScale;
  y2: YScale | null;
  innerWidth: number;
  innerHeight: number;
  /** Pixel distance between consecutive x entries (time charts), for bar widths and shading. */
  step: number;
  /** The scales' domains and the plot's size: equal keys place every value at the same pixel. */
  key: string;
}

/**
 * Decimals of the pixel coordinates written into paths: a tenth of a pixel is finer than any screen
 * shows, and short numbers make both the path text and Blink's parsing of it several times cheaper.
 */
const PATH_DIGITS = 1;

/** What each path was last drawn from: the same data arrays under the same scales draw the same path. */
const drawnFrom = new WeakMap<Element, { key: string; data: readonly unknown[] }>();

/**
 * Sets a path's `d` unless it was drawn from the very same arrays (by identity) under the same
 * scales: parsing a long path is Blink's costliest step in a redraw, and most paths of a chart
 * (the baseline, the curves a slider does not move) stay put.
 */
function setPath(el: SVGPathElement, frame: PlotFrame, data: readonly unknown[], d: () => string): void {
  const last = drawnFrom.get(el);
  const style = `${frame.key}|${el.getAttribute('class') ?? ''}`;
  if (
    last &&
    last.key === style &&
    last.data.length === data.length &&
    last.data.every((x, i) => x === data[i])
  )
    return;
  drawnFrom.set(el, { key: style, data });
  el.setAttribute('d', d());
}

export function scaleFor(frame: PlotFrame, axis: 'y' | 'y2'): YScale {
  return axis === 'y2' && frame.y2 ? frame.y2 : frame.y;
}

/** True when a value can be placed on the scale: finite, and > 0 on a log scale (else the line breaks). */
export function drawable(scale: YScale, log: boolean, v: number): boolean {
  return Number.isFinite(v) && (!log || v > 0) && Number.isFinite(scale(v));
}

function isLog(model: PlotModel, axis: 'y' | 'y2'): boolean {
  return (axis === 'y2' && model.y2 ? model.y2 : model.y).scale === 'log';
}

/** The index array 0..n-1 the line generators walk over (no per-point objects). */
function indices(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Bands first (under everything), in the order given so nested bands layer outer → inner. */
export function drawBands(g: Group, model: PlotModel, frame: PlotFrame, idx: number[]): void {
  g.selectAll<SVGPathElement, PlotBand>('path')
    .data(model.bands, (b) => b.key)
    .join('path')
    .attr('class', 'band')
    .style('fill', (b) => b.color)
    .style('fill-opacity', (b) => b.opacity)
    .each(function (b) {
      setPath(this, frame, [b.lower, b.upper, b.axis, model.xs], () => {
        const y = scaleFor(frame, b.axis);
        const log = isLog(model, b.axis);
        const gen = area<number>()
          .digits(PATH_DIGITS)
          .defined((i) => drawable(y, log, b.lower[i]) && drawable(y, log, b.upper[i]))
          .x((i) => frame.x(model.xs[i]))
          .y0((i) => y(b.lower[i]))
          .y1((i) => y(b.upper[i]));
        return gen(idx) ?? '';
      });
    });
}

/** Filled areas under `area` series, down to the bottom of the plot (the axis floor). */
export function drawAreas(g: Group, model: PlotModel, frame: PlotFrame, idx: number[]): void {
  const shown = model.series.filter((s) => s.visible && s.area && s.mark === 'line');
  g.selectAll<SVGPathElement, PlotSeries>('path')
    .data(shown, (s) => s.id)
    .join('path')
    .attr('class', 'area')
    .style('fill', (s) => s.color)
    .each(function (s) {
      setPath(this, frame, [s.values, s.axis, model.xs], () => {
        const y = scaleFor(frame, s.axis);
        const log = isLog(model, s.axis);
        const gen = area<number>()
          .digits(PATH_DIGITS)
          .defined((i) => drawable(y, log, s.values[i]))
          .x((i) => frame.x(model.xs[i]))
          .y0(frame.innerHeight)
          .y1((i) => y(s.values[i]));
        return gen(idx) ?? '';
      });
    });
}

/** A pixel coordinate as the path writes it: a tenth of a pixel, the shortest text. */
function px10(v: number): number {
  return Math.round(v * 10) / 10;
}

/** A line's path and its lone points (drawable values between two gaps), in pixels. */
interface Traced {
  d: string;
  lone: { i: number; px: number; py: number }[];
}

/**
 * Traces a line series in one pass: each value is placed on its scale once, a value that cannot be
 * drawn (not finite, ≤ 0 on a log axis) breaks the line, and a value alone between two breaks is
 * kept as a lone point (a line cannot show it). The same path d3's linear `line()` writes.
 */
function trace(model: PlotModel, s: PlotSeries, frame: PlotFrame): Traced {
  const y = scaleFor(frame, s.axis);
  const log = isLog(model, s.axis);
  const n = model.xs.length;
  const lone: Traced['lone'] = [];
  let d = '';
  let run = 0;
  let first = { i: 0, px: 0, py: 0 };
  for (let i = 0; i < n; i++) {
    const v = s.values[i];
    const py = Number.isFinite(v) && (!log || v > 0) ? y(v) : Number.NaN;
    if (Number.isFinite(py)) {
      const px = frame.x(model.xs[i]);
      d += `${run === 0 ? 'M' : 'L'}${px10(px)},${px10(py)}`;
      if (run === 0) first = { i, px, py };
      run++;
    } else {
      if (run === 1) lone.push(first);
      run = 0;
    }
  }
  if (run === 1) lone.push(first);
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
  g.selectAll<SVGPathElement, PlotSeries>('path')
    .data(shown, (s) => s.id)
    .join('path')
    .attr('class', (s) => (s.dash ? 'line dash' : 'line'))
    .style('stroke', (s) => s.color)
    .each(function (s) {
      setPath(this, frame, [s.values, s.axis, model.xs], () => {
        const t = trace(model, s, frame);
        traced.set(this, t);
        return t.d;
      });
      lone.set(s, traced.get(this)?.lone ?? []);
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
  g.selectAll<SVGCircleElement, (typeof dots)[number]>('circle')
    .data(dots, (d) => d.key)
    .join('circle')
    .attr('r', 2.5)
    .attr('cx', (d) => d.px)
    .attr('cy', (d) => d.py)
    .style('fill', (d) => d.color);
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

/** Index array cache keyed by length: a slider drag keeps the length fixed. */
let cached: number[] = [];
export function indexArray(n: number): number[] {
  if (cached.length !== n) cached = indices(n);
  return cached;
}
