import { ticks } from 'd3-array';
import type { ElasticityChartSpec } from './chart-spec';
import { ExtentCollector } from './domain-vm';
import { type PlotModel, type PlotPoint, type PlotRule, type PlotSeries, paletteColor } from './plot-model';
import { axisModel } from './time-chart-vm';

/** Two significant digits: elasticities are known to about that precision. */
function defaultElasticityText(e: number): string {
  return Number.isFinite(e) ? String(Number(e.toPrecision(2))) : '';
}

/**
 * Linear interpolation of `ys` over increasing `xs` at `x`; NaN outside the range or where a
 * neighbouring value is non-finite (the chart then leaves the point out).
 */
export function interpolateAt(xs: ArrayLike<number>, ys: ArrayLike<number>, x: number): number {
  const n = Math.min(xs.length, ys.length);
  if (n === 0 || !(x >= xs[0] && x <= xs[n - 1])) return Number.NaN;
  for (let i = 1; i < n; i++) {
    if (x <= xs[i]) {
      const span = xs[i] - xs[i - 1];
      const t = span > 0 ? (x - xs[i - 1]) / span : 0;
      return ys[i - 1] + t * (ys[i] - ys[i - 1]);
    }
  }
  return ys[0];
}

/**
 * Turns an ElasticityChartSpec into the renderer's PlotModel: the scenario curve solid, the base
 * (if any) and the mechanical saving dashed, a zero line (if asked), a vertical rule at the
 * break-even elasticity (when it is inside the swept range) and a point at the current
 * elasticity on the scenario curve.
 */
export function elasticityChartModel(
  spec: ElasticityChartSpec,
  hidden: ReadonlySet<string> = new Set(),
): PlotModel {
  const xs = spec.values;
  const n = xs.length;
  const formatX = spec.formatX ?? defaultElasticityText;
  const line = (
    id: string,
    label: string,
    values: ArrayLike<number>,
    color: string,
    dash: boolean,
  ): PlotSeries => ({
    id,
    label,
    color,
    dash,
    area: false,
    mark: 'line',
    axis: 'y',
    quiet: false,
    visible: !hidden.has(id),
    values,
    barSlot: -1,
    base: null,
  });
  const series = [line('scenario', spec.labels.scenario, spec.scenario, paletteColor(0), false)];
  if (spec.base) series.push(line('base', spec.labels.base ?? '', spec.base, paletteColor(5), true));
  if (spec.mechanical) {
    series.push(line('mechanical', spec.labels.mechanical ?? '', spec.mechanical, paletteColor(2), true));
  }
  const lo = n > 0 ? xs[0] : 0;
  const hi = n > 0 ? xs[n - 1] : 1;
  const rules: PlotRule[] = [];
  if (spec.breakEven !== null && spec.breakEven >= lo && spec.breakEven <= hi) {
    rules.push({
      key: 'break-even',
      x: spec.breakEven,
      label: spec.labels.breakEven(formatX(spec.breakEven)),
    });
  }
  const points: PlotPoint[] = [];
  const currentY = interpolateAt(xs, spec.scenario, spec.current);
  if (Number.isFinite(currentY) && !hidden.has('scenario')) {
    const label = spec.labels.current(formatX(spec.current));
    points.push({ key: 'current', x: spec.current, y: currentY, label, color: paletteColor(0) });
  }

  const c = new ExtentCollector(spec.y.scale);
  for (const s of series) if (s.visible) c.addAll(s.values);
  for (const v of spec.y.include ?? []) c.add(v);
  if (spec.zeroLine !== undefined) c.add(0);
  const y = axisModel(spec.y, c);
  const empty = n === 0 || y.note === 'empty';
  const leftOut = y.note === 'non-positive-skipped' || y.note === 'all-non-positive';
  return {
    id: spec.id,
    title: spec.title,
    summary: spec.summary ?? `${spec.title} — ${spec.xLabel}; ${spec.y.label}`,
    xs,
    xDomain: lo < hi ? [lo, hi] : [lo - 0.5, lo + 0.5],
    xTicks: (maxTicks) =>
      ticks(lo, hi, Math.max(2, maxTicks)).map((value) => ({ value, text: formatX(value) })),
    xLabel: spec.xLabel,
    xText: (i) => `${spec.xLabel}: ${formatX(xs[i])}`,
    y,
    y2: null,
    series,
    barSlots: 0,
    bands: [],
    markers: [],
    shading: [],
    rules,
    yRules: spec.zeroLine !== undefined ? [{ key: 'zero', y: 0, label: spec.zeroLine }] : [],
    points,
    labels: spec.labels,
    empty,
    note: !empty && leftOut ? spec.labels.nonPositive : '',
    caption: spec.caption ?? '',
  };
}
