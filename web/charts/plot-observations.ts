import { symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3-shape';
import type { PlotModel, PlotObservation } from './plot-model';
import { type Group, type PlotFrame, scaleFor, unchanged } from './plot-frame';

const DOT = symbol(symbolCircle, 52)() ?? '';
const SQUARE = symbol(symbolSquare, 52)() ?? '';
const TRIANGLE = symbol(symbolTriangle, 40)() ?? '';
/** How far a ▲ or ▼ sits from the level it bounds (px), clear of the dot. */
const BOUND_GAP = 10;
/** How near (px) the pointer must come to a figure to open its card. */
const HIT_RADIUS = 9;

/** Where an observation is drawn, in plot pixels. */
interface Placed {
  px0: number;
  px1: number;
  cx: number;
  cy: number;
  low: number;
  high: number;
}

function place(o: PlotObservation, frame: PlotFrame): Placed {
  const y = scaleFor(frame, o.axis);
  const clamp = (px: number) => Math.max(0, Math.min(frame.innerWidth, px));
  const px0 = clamp(frame.x(o.x0));
  const px1 = clamp(frame.x(o.x1));
  const cy = y(o.y);
  return {
    px0,
    px1,
    cx: (px0 + px1) / 2,
    cy,
    low: o.low === null ? cy : y(o.low),
    high: o.high === null ? cy : y(o.high),
  };
}

/**
 * Published figures: a horizontal segment across the months a mean or a sum covers, a whisker with
 * caps for the figure's band, a ▲ under a floor or a ▼ over a ceiling, and a dot (a square for an
 * imported figure; hollow when published after the vintage) at the level. Coloured as the series
 * they measure, so they read as that series' evidence, and shaped unlike the articles' diamonds.
 */
export function drawObservations(g: Group, model: PlotModel, frame: PlotFrame): void {
  // Most slider steps leave a chart's scales and figures as they were: then nothing is rewritten.
  const shown = model.observations ?? [];
  const parts = shown.map(
    (o) =>
      `${o.key}:${o.x0}:${o.x1}:${o.y}:${o.low}:${o.high}:${o.side}:${o.shape}:${o.hollow}:${o.color}:${o.axis}`,
  );
  if (unchanged(g, model, frame, parts)) return;
  const items = g
    .selectAll<SVGGElement, PlotObservation>('g.obs')
    .data(shown, (o) => o.key)
    .join((enter) => {
      const o = enter.append('g');
      o.append('line').attr('class', 'span');
      o.append('path').attr('class', 'whisker');
      o.append('path').attr('class', 'bound').attr('d', TRIANGLE);
      o.append('path').attr('class', 'dot');
      return o;
    });
  items.each(function (o) {
    const el = this as SVGGElement;
    const p = place(o, frame);
    el.setAttribute('class', `obs ${o.shape}${o.hollow ? ' hollow' : ''}${o.side ? ` ${o.side}` : ''}`);
    el.setAttribute('data-key', o.key);
    el.style.color = o.color;
    const [span, whisker, bound, dot] = Array.from(el.children) as SVGElement[];
    span.style.display = o.x1 > o.x0 ? '' : 'none';
    span.setAttribute('x1', String(p.px0));
    span.setAttribute('x2', String(p.px1));
    span.setAttribute('y1', String(p.cy));
    span.setAttribute('y2', String(p.cy));
    const banded = o.low !== null || o.high !== null;
    whisker.style.display = banded ? '' : 'none';
    if (banded) {
      const cap = (y: number) => `M${p.cx - 3},${y}H${p.cx + 3}`;
      whisker.setAttribute('d', `${cap(p.low)}M${p.cx},${p.low}V${p.high}${cap(p.high)}`);
    }
    bound.style.display = o.side ? '' : 'none';
    if (o.side === 'atLeast') bound.setAttribute('transform', `translate(${p.cx},${p.cy + BOUND_GAP})`);
    if (o.side === 'atMost')
      bound.setAttribute('transform', `translate(${p.cx},${p.cy - BOUND_GAP}) rotate(180)`);
    dot.setAttribute('d', o.shape === 'square' ? SQUARE : DOT);
    dot.setAttribute('transform', `translate(${p.cx},${p.cy})`);
  });
}

/** The figure nearest to a point of the plot (px from its top left) within reach, or -1. */
export function observationNear(model: PlotModel, frame: PlotFrame, px: number, py: number): number {
  let best = -1;
  let bestDistance = HIT_RADIUS;
  (model.observations ?? []).forEach((o, i) => {
    const p = place(o, frame);
    const along = px < p.px0 ? p.px0 - px : px > p.px1 ? px - p.px1 : 0;
    const onLevel = Math.hypot(along, py - p.cy);
    const top = Math.min(p.low, p.high);
    const bottom = Math.max(p.low, p.high);
    const up = py < top ? top - py : py > bottom ? py - bottom : 0;
    const onWhisker = Math.hypot(px - p.cx, up);
    const d = Math.min(onLevel, onWhisker);
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/** The x of an observation's middle in plot pixels (where its card is placed). */
export function observationCentre(o: PlotObservation, frame: PlotFrame): number {
  return place(o, frame).cx;
}
