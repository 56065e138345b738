import { isLog, type PlotFrame, scaleFor, type YScale } from './plot-frame';
import type { PlotModel, PlotSeries } from './plot-model';
import { pixelMap } from './pixel-map';
import { keptIndices } from './simplify';

/**
 * The text of the SVG paths the marks draw: each value placed on its scale, the months within a
 * tenth of a pixel of a straight segment left out (simplify.ts), every coordinate written to a
 * tenth of a pixel.
 */

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
export function traceArea(
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
export interface Traced {
  d: string;
  lone: { i: number; px: number; py: number }[];
}

/**
 * Traces a line series: each value is placed on its scale once, a value that cannot be drawn (not
 * finite, ≤ 0 on a log axis) breaks the line, and a value alone between two breaks is kept as a
 * lone point (a line cannot show it). The path d3's linear `line()` writes, less the points that
 * lie within a tenth of a pixel of the segment drawn in their place (keptIndices).
 */
export function trace(model: PlotModel, s: PlotSeries, frame: PlotFrame): Traced {
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
