import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { scaleLinear, scaleLog } from 'd3-scale';
import { select } from 'd3-selection';
import { setAttr, setStyle } from './dom-writes';
import { layoutFor, type PlotLayout } from './layout-vm';
import { drawMarkers, drawPoints, drawRules, drawShading } from './plot-annotations';
import { drawObservations, observationCentre, observationNear } from './plot-observations';
import { drawable, type Group, type PlotFrame, scaleFor } from './plot-frame';
import { drawAreas, drawBands, drawBars, drawIsolated, drawLines } from './plot-marks';
import type { PlotAxis, PlotModel, PlotSeries } from './plot-model';
import { nearestIndex } from './x-axis-vm';

const LAYERS = [
  'grid',
  'shading',
  'bands',
  'areas',
  'bars',
  'lines',
  'dots',
  'rules',
  'markers',
  'observed',
  'points',
  'axis-x',
  'axis-y',
  'axis-y2',
  'hover',
] as const;
type Layer = (typeof LAYERS)[number];

/** What an axis looks like: its domain, the size it spans and its ticks' positions and labels. */
function axisKey(
  domain: number[],
  size: number[],
  ticks: ReadonlyArray<{ value: number; text: string }>,
): string {
  let key = `${domain.join(',')}|${size.join(',')}|`;
  for (const t of ticks) key += `${t.value}:${t.text};`;
  return key;
}

/** Pixels between consecutive x entries (bar widths, shading), or the whole width for one entry. */
function stepOf(x: (v: number) => number, xs: ArrayLike<number>, w: number): number {
  return xs.length > 1 ? Math.abs(x(xs[1]) - x(xs[0])) : w;
}

function makeScale(axis: PlotAxis, innerHeight: number) {
  const s = axis.scale === 'log' ? scaleLog() : scaleLinear();
  return s.domain(axis.domain).range([innerHeight, 0]);
}

/**
 * The only code that touches the SVG. Built once per element; `update` rewrites the existing
 * nodes through d3 joins (no teardown), so a slider drag costs one pass over the data.
 */
export class PlotView {
  private readonly layers: Record<Layer, Group>;
  private readonly plot: Group;
  private readonly titles: {
    x: SVGTextElement;
    y: SVGTextElement;
    y2: SVGTextElement;
    empty: SVGTextElement;
  };
  private model: PlotModel | null = null;
  private frame: PlotFrame | null = null;
  private layout: PlotLayout | null = null;
  private readonly axisKeys = { x: '', y: '', y2: '' };
  private frameKey = '';
  /** The size, place and no-data words last written to the SVG and its hover rule (see update). */
  private placeKey = '';
  /** The vertical rule drawn at the hovered month (made with the view, as tall as the plot). */
  private readonly hoverRule: SVGLineElement;

  constructor(private readonly svg: SVGSVGElement) {
    const root = select(svg);
    root.selectAll('*').remove();
    this.plot = root.append('g').attr('class', 'plot');
    this.layers = Object.fromEntries(
      LAYERS.map((name) => [name, this.plot.append('g').attr('class', name)]),
    ) as Record<Layer, Group>;
    const text = (cls: string) => root.append('text').attr('class', cls).node() as SVGTextElement;
    this.titles = {
      x: text('axis-title'),
      y: text('axis-title'),
      y2: text('axis-title'),
      empty: text('empty'),
    };
    const hover = this.layers.hover.style('display', 'none');
    this.hoverRule = hover.append('line').attr('class', 'hover-rule').node() as SVGLineElement;
  }

  /** Redraws for a model at an SVG size in CSS pixels. */
  update(model: PlotModel, width: number, height: number): void {
    const layout = layoutFor(model, width, height);
    const { innerWidth: w, innerHeight: h } = layout;
    this.model = model;
    this.layout = layout;
    // The SVG's size and the plot's place change with the element's size, not with a slider step:
    // while they and the no-data words stay, nothing below is even compared.
    const noData = model.empty ? model.labels.noData : '';
    const placeKey = `${layout.width}|${layout.height}|${layout.left}|${layout.top}|${h}|${noData}`;
    if (this.placeKey !== placeKey) {
      this.placeKey = placeKey;
      setAttr(this.svg, 'width', String(layout.width));
      setAttr(this.svg, 'height', String(layout.height));
      setAttr(this.svg, 'viewBox', `0 0 ${layout.width} ${layout.height}`);
      const plot = this.plot.node() as SVGGElement;
      setAttr(plot, 'transform', `translate(${layout.left},${layout.top})`);
      setStyle(plot, 'display', model.empty ? 'none' : '');
      const empty = this.titles.empty;
      if (empty.textContent !== noData) empty.textContent = noData;
      setAttr(empty, 'x', String(layout.width / 2));
      setAttr(empty, 'y', String(layout.height / 2));
      setAttr(this.hoverRule, 'y1', '0');
      setAttr(this.hoverRule, 'y2', String(h));
    }
    if (model.empty) return;

    const frame = this.frameFor(model, w, h);
    const { x, y, y2 } = frame;

    // Axes are the costliest part of a redraw and most slider moves leave them unchanged (same
    // domain, size and ticks): redraw an axis only when its key changes.
    const xTicks = model.xTicks(layout.maxXTicks);
    const xKey = axisKey(x.domain(), [w, h], xTicks);
    if (this.axisKeys.x !== xKey) {
      this.axisKeys.x = xKey;
      this.layers['axis-x'].attr('transform', `translate(0,${h})`).call(
        axisBottom(x)
          .tickValues(xTicks.map((t) => t.value))
          .tickFormat((_, i) => xTicks[i].text)
          .tickSizeOuter(0),
      );
    }
    const yAxis = (axis: PlotAxis) => (v: unknown, i: number) => axis.ticks[i]?.text ?? String(v);
    const yKey = axisKey(y.domain(), [h, model.y.scale === 'log' ? 1 : 0], model.y.ticks);
    if (this.axisKeys.y !== yKey) {
      this.axisKeys.y = yKey;
      this.layers['axis-y'].call(
        axisLeft(y)
          .tickValues(model.y.ticks.map((t) => t.value))
          .tickFormat(yAxis(model.y))
          .tickSizeOuter(0),
      );
    }
    const ax2 = this.layers['axis-y2'];
    const y2Key =
      y2 && model.y2 ? axisKey(y2.domain(), [w, h, model.y2.scale === 'log' ? 1 : 0], model.y2.ticks) : '';
    if (this.axisKeys.y2 !== y2Key) {
      this.axisKeys.y2 = y2Key;
      ax2.attr('transform', `translate(${w},0)`);
      if (y2 && model.y2) {
        ax2.call(
          axisRight(y2)
            .tickValues(model.y2.ticks.map((t) => t.value))
            .tickFormat(yAxis(model.y2))
            .tickSizeOuter(0),
        );
      } else ax2.selectAll('*').remove();
    }
    // Grid lines and axis titles follow the y axis, the size and the words: most redraws keep all three.
    const frameKey = `${yKey}|${w}|${layout.width}|${layout.height}|${model.xLabel}|${model.y.label}|${model.y2?.label ?? ''}`;
    if (this.frameKey !== frameKey) {
      this.frameKey = frameKey;
      this.layers.grid
        .selectAll('line')
        .data(model.y.ticks.map((t) => t.value))
        .join('line')
        .attr('x1', 0)
        .attr('x2', w)
        .attr('y1', (v) => y(v))
        .attr('y2', (v) => y(v));
      this.placeTitles(model, layout);
    }

    drawShading(this.layers.shading, model, frame);
    drawBands(this.layers.bands, model, frame);
    drawAreas(this.layers.areas, model, frame);
    drawBars(this.layers.bars, model, frame);
    drawIsolated(this.layers.dots, drawLines(this.layers.lines, model, frame));
    drawRules(this.layers.rules, model, frame);
    drawMarkers(this.layers.markers, model, frame);
    drawObservations(this.layers.observed, model, frame);
    drawPoints(this.layers.points, model, frame);
  }

  /**
   * The scales for this model and size. A slider step mostly leaves the domains as they were (they
   * are rounded out to nice values), and then the last frame is kept whole: its scales, and the
   * pixel maps and x pixels cached on it (path-trace.ts), are not made again.
   */
  private frameFor(model: PlotModel, w: number, h: number): PlotFrame {
    const key = `${model.xDomain}|${model.y.scale}:${model.y.domain}|${model.y2 ? `${model.y2.scale}:${model.y2.domain}` : ''}|${w}|${h}`;
    const last = this.frame;
    if (last?.key === key && last.step === stepOf(last.x, model.xs, w)) return last;
    const x = scaleLinear().domain(model.xDomain).range([0, w]);
    const y = makeScale(model.y, h);
    const y2 = model.y2 ? makeScale(model.y2, h) : null;
    this.frame = { x, y, y2, innerWidth: w, innerHeight: h, step: stepOf(x, model.xs, w), key };
    return this.frame;
  }

  private placeTitles(model: PlotModel, layout: PlotLayout): void {
    const midY = layout.top + layout.innerHeight / 2;
    select(this.titles.x)
      .attr('x', layout.left + layout.innerWidth / 2)
      .attr('y', layout.height - 6)
      .text(model.xLabel);
    select(this.titles.y).attr('transform', `translate(13,${midY}) rotate(-90)`).text(model.y.label);
    select(this.titles.y2)
      .attr('transform', `translate(${layout.width - 6},${midY}) rotate(-90)`)
      .text(model.y2?.label ?? '');
  }

  /** Index of the data point nearest to an x pixel relative to the SVG's left edge; -1 if none. */
  indexAtPixel(px: number): number {
    if (!this.model || !this.frame || !this.layout || this.model.empty) return -1;
    return nearestIndex(this.model.xs, this.frame.x.invert(px - this.layout.left));
  }

  /** Index of the observation within reach of a pixel relative to the SVG's top left; -1 if none. */
  observationAtPixel(px: number, py: number): number {
    if (!this.model || !this.frame || !this.layout || this.model.empty) return -1;
    return observationNear(this.model, this.frame, px - this.layout.left, py - this.layout.top);
  }

  /** The x in SVG pixels of observation `i`'s middle (for its card), or null. */
  observationX(i: number): number | null {
    const o = this.model?.observations?.[i];
    if (!o || !this.frame || !this.layout || this.model?.empty) return null;
    return this.layout.left + observationCentre(o, this.frame);
  }

  /**
   * Shows the vertical rule and a dot on each visible series at point `index` (or hides them for
   * null). Returns the rule's x in SVG pixels for placing the tooltip, or null.
   */
  setHover(index: number | null): number | null {
    const { model, frame, layout } = this;
    const hover = this.layers.hover;
    if (
      index === null ||
      !model ||
      !frame ||
      !layout ||
      model.empty ||
      index < 0 ||
      index >= model.xs.length
    ) {
      setStyle(hover.node() as SVGGElement, 'display', 'none');
      return null;
    }
    const px = frame.x(model.xs[index]);
    hover.style('display', null).attr('transform', `translate(${px},0)`);
    const dots = model.series.filter((s) => s.visible && !s.quiet && s.mark === 'line');
    hover
      .selectAll<SVGCircleElement, PlotSeries>('circle')
      .data(dots, (s) => s.id)
      .join('circle')
      .attr('r', 3.5)
      .style('fill', (s) => s.color)
      .style('display', (s) => {
        const y = scaleFor(frame, s.axis);
        return drawable(y, (s.axis === 'y2' ? model.y2 : model.y)?.scale === 'log', s.values[index])
          ? null
          : 'none';
      })
      .attr('cy', (s) => {
        const v = s.values[index];
        const y = scaleFor(frame, s.axis)(v);
        return Number.isFinite(y) ? y : 0;
      });
    return layout.left + px;
  }
}
