import { symbol, symbolDiamond } from 'd3-shape';
import { staggerLabels } from './layout-vm';
import type { PlotMarker, PlotModel, PlotPoint, PlotRule, PlotYRule } from './plot-model';
import { type Group, type PlotFrame, scaleFor, unchanged } from './plot-frame';

type Shade = PlotModel['shading'][number];

const diamond = symbol(symbolDiamond, 64)() ?? '';

/** Shaded spans (e.g. shortage months), each covering its months edge to edge, with a <title>. */
export function drawShading(g: Group, model: PlotModel, frame: PlotFrame): void {
  const parts = model.shading.map((s) => `${s.key}:${s.from}:${s.to}:${s.label}`);
  if (unchanged(g, model, frame, parts)) return;
  const half = frame.step / 2;
  const clampX = (px: number) => Math.max(0, Math.min(frame.innerWidth, px));
  g.selectAll<SVGRectElement, Shade>('rect')
    .data(model.shading, (s) => s.key)
    .join((enter) => {
      const r = enter.append('rect').attr('class', 'shade');
      r.append('title');
      return r;
    })
    .attr('x', (s) => clampX(frame.x(s.from) - half))
    .attr('width', (s) => Math.max(1, clampX(frame.x(s.to) + half) - clampX(frame.x(s.from) - half)))
    .attr('y', 0)
    .attr('height', frame.innerHeight)
    .select('title')
    .text((s) => s.label);
}

/**
 * Announced figures from the articles: a diamond at the value, a vertical bar to the upper end
 * of a range, a label beside it (moved down where labels would overprint) and the long text as
 * a <title> tooltip.
 */
export function drawMarkers(g: Group, model: PlotModel, frame: PlotFrame): void {
  const parts = model.markers.map(
    (m) => `${m.key}:${m.x}:${m.y}:${m.yHigh}:${m.axis}:${m.label}:${m.tooltip}`,
  );
  if (unchanged(g, model, frame, parts)) return;
  const pos = model.markers.map((m) => ({ x: frame.x(m.x), y: scaleFor(frame, m.axis)(m.yHigh ?? m.y) }));
  // Labels run to the right of their marker: two labels clash when closer than the longer one.
  const longest = model.markers.reduce((w, m) => Math.max(w, m.label.length), 0);
  const dy = staggerLabels(pos, Math.min(180, longest * 6.6 + 12), 13, [8, frame.innerHeight]);
  const items = g
    .selectAll<SVGGElement, PlotMarker>('g.marker')
    .data(model.markers, (m) => m.key)
    .join((enter) => {
      const m = enter.append('g').attr('class', 'marker');
      m.append('title');
      m.append('line').attr('class', 'range');
      m.append('path').attr('class', 'diamond').attr('d', diamond);
      m.append('text').attr('class', 'marker-label');
      m.append('line').attr('class', 'leader');
      return m;
    });
  items.each(function (m, i) {
    const y = scaleFor(frame, m.axis);
    const el = this as SVGGElement;
    el.setAttribute('transform', `translate(${pos[i].x},0)`);
    const [title, range, path, text, leader] = Array.from(el.children) as SVGElement[];
    title.textContent = m.tooltip ? `${m.label}: ${m.tooltip}` : m.label;
    const y0 = y(m.y);
    const y1 = m.yHigh === null ? y0 : y(m.yHigh);
    range.setAttribute('y1', String(y0));
    range.setAttribute('y2', String(y1));
    range.style.display = m.yHigh === null ? 'none' : '';
    path.setAttribute('transform', `translate(0,${y0})`);
    const flip = pos[i].x > frame.innerWidth - 120;
    text.setAttribute('x', flip ? '-8' : '8');
    text.setAttribute('text-anchor', flip ? 'end' : 'start');
    const top = Math.min(y0, y1);
    text.setAttribute('y', String(top + 4 + dy[i]));
    text.textContent = m.label;
    // A label moved off its marker gets a short leader so the reader can tell whose it is.
    leader.style.display = dy[i] === 0 ? 'none' : '';
    leader.setAttribute('x1', flip ? '-3' : '3');
    leader.setAttribute('x2', flip ? '-7' : '7');
    leader.setAttribute('y1', String(top));
    leader.setAttribute('y2', String(top + dy[i]));
  });
}

/**
 * Vertical rules across the plot (break-even elasticity) with their label at the top (in the row
 * above the point labels when there are points), and horizontal rules (zero change) labelled at
 * their right end.
 */
export function drawRules(g: Group, model: PlotModel, frame: PlotFrame): void {
  const yRules = model.yRules ?? [];
  const labelY = model.points.length > 0 ? -20 : -6;
  const parts = [
    String(labelY),
    ...model.rules.map((r) => `${r.key}:${r.x}:${r.label}`),
    '|',
    ...yRules.map((r) => `${r.key}:${r.y}:${r.label}`),
  ];
  if (unchanged(g, model, frame, parts)) return;
  const items = g
    .selectAll<SVGGElement, PlotRule>('g.rule')
    .data(model.rules, (r) => r.key)
    .join((enter) => {
      const r = enter.append('g').attr('class', 'rule');
      r.append('line');
      r.append('text');
      return r;
    })
    .attr('transform', (r) => `translate(${frame.x(r.x)},0)`);
  items.select('line').attr('y1', 0).attr('y2', frame.innerHeight);
  items
    .select('text')
    .attr('y', labelY)
    .attr('text-anchor', (r) => (frame.x(r.x) > frame.innerWidth / 2 ? 'end' : 'start'))
    .text((r) => r.label);
  const level = g
    .selectAll<SVGGElement, PlotYRule>('g.y-rule')
    .data(yRules, (r) => r.key)
    .join((enter) => {
      const r = enter.append('g').attr('class', 'y-rule');
      r.append('title');
      r.append('line');
      return r;
    })
    .attr('transform', (r) => `translate(0,${frame.y(r.y)})`);
  // The rule's words are in the legend, out of the curves' way.
  level.select('title').text((r) => r.label);
  level.select('line').attr('x1', 0).attr('x2', frame.innerWidth);
}

/**
 * Highlighted points (the current elasticity): a dot on the curve, its label in the row above the
 * plot and a dotted leader down to the dot, so the curves never run through the label.
 */
export function drawPoints(g: Group, model: PlotModel, frame: PlotFrame): void {
  // Time charts have no labelled points: with none drawn and none to draw, no join is made.
  if (model.points.length === 0 && !g.node()?.firstChild) return;
  const items = g
    .selectAll<SVGGElement, PlotPoint>('g.point')
    .data(model.points, (p) => p.key)
    .join((enter) => {
      const p = enter.append('g').attr('class', 'point');
      p.append('line').attr('class', 'leader');
      p.append('circle').attr('r', 5);
      p.append('text').attr('y', -6);
      return p;
    })
    .attr('transform', (p) => `translate(${frame.x(p.x)},0)`);
  items
    .select('line')
    .attr('y1', -2)
    .attr('y2', (p) => Math.max(-2, frame.y(p.y) - 7));
  items
    .select('circle')
    .attr('cy', (p) => frame.y(p.y))
    .style('fill', (p) => p.color);
  items
    .select('text')
    .attr('text-anchor', (p) => (frame.x(p.x) > frame.innerWidth / 2 ? 'end' : 'start'))
    .text((p) => p.label);
}
