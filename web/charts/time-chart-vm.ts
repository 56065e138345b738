import type { TimeChartSpec, ValueAxisSpec } from './chart-spec';
import { ExtentCollector, tickTexts, valueTicks } from './domain-vm';
import { plotObservations } from './observation-vm';
import { cssColor, type PlotAxis, type PlotModel, type PlotSeries, paletteColor } from './plot-model';
import { defaultXTickText, resolveX, xTickIndices } from './x-axis-vm';

/**
 * Turns a TimeChartSpec into the renderer's PlotModel. `hidden` holds the ids of series the reader
 * switched off in the legend: they (and their bands) are left out of the drawing and the domain.
 * The x of point i is i; bars widen the x domain by half a slot on each side.
 */
export function timeChartModel(spec: TimeChartSpec, hidden: ReadonlySet<string> = new Set()): PlotModel {
  const n = spec.x.length;
  let barSlots = 0;
  const stackSlots = new Map<string, number>();
  /** Running top of each stack, per x entry: where the next bar of that stack starts. */
  const stackTops = new Map<string, Float64Array>();
  const series: PlotSeries[] = spec.series.map((s, k) => {
    const mark = s.mark ?? 'line';
    const visible = !hidden.has(s.id);
    let barSlot = -1;
    let base: Float64Array | null = null;
    if (mark === 'bar' && s.stack !== undefined) {
      let slot = stackSlots.get(s.stack);
      if (slot === undefined) {
        slot = barSlots++;
        stackSlots.set(s.stack, slot);
      }
      barSlot = slot;
      const top = stackTops.get(s.stack) ?? new Float64Array(n);
      if (visible) {
        // A hidden layer leaves no gap: the layers above it come down.
        base = top.slice();
        const tops = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const v = s.values[i];
          tops[i] = top[i] + (Number.isFinite(v) ? v : 0);
        }
        stackTops.set(s.stack, tops);
      } else stackTops.set(s.stack, top);
    } else if (mark === 'bar') barSlot = barSlots++;
    return {
      id: s.id,
      label: s.label,
      color: s.color ? cssColor(s.color) : paletteColor(k),
      dash: s.dash === true,
      area: s.area === true,
      mark,
      axis: s.axis === 'y2' && spec.y2 ? 'y2' : 'y',
      quiet: s.quiet === true,
      visible,
      values: s.values,
      barSlot,
      base,
    };
  });
  const byId = new Map(series.map((s) => [s.id, s]));
  const bands = (spec.bands ?? []).flatMap((b, k) => {
    const owner = byId.get(b.seriesId);
    if (!owner?.visible) return [];
    const band = {
      ...b,
      key: `${b.seriesId}:${k}`,
      color: b.color ? cssColor(b.color) : owner.color,
      axis: owner.axis,
    };
    return [{ ...band, opacity: b.opacity ?? 0.18 }];
  });
  const markers = (spec.markers ?? []).flatMap((m, k) => {
    const x = resolveX(m.x, spec.x, spec.xUnit);
    if (x === null || !Number.isFinite(m.y)) return [];
    const yHigh = m.yHigh !== undefined && Number.isFinite(m.yHigh) ? m.yHigh : null;
    const axis: 'y' | 'y2' = m.axis === 'y2' && spec.y2 ? 'y2' : 'y';
    return [{ key: `m${k}`, x, y: m.y, yHigh, label: m.label, tooltip: m.tooltip, axis }];
  });
  const observations = plotObservations(spec, hidden);
  const rules = (spec.rules ?? []).flatMap((r, k) => {
    const x = resolveX(r.x, spec.x, spec.xUnit);
    return x === null ? [] : [{ key: `r${k}`, x, label: r.label }];
  });
  const shading = (spec.shading ?? []).flatMap((s, k) => {
    const from = resolveX(s.fromX, spec.x, spec.xUnit);
    const to = resolveX(s.toX, spec.x, spec.xUnit);
    return from === null || to === null ? [] : [{ key: `s${k}`, from, to, label: s.label }];
  });

  const axisFor = (which: 'y' | 'y2', axisSpec: ValueAxisSpec): PlotAxis => {
    const c = new ExtentCollector(axisSpec.scale);
    const bars = series.some((s) => s.visible && s.axis === which && s.mark === 'bar');
    for (const s of series) {
      if (!s.visible || s.axis !== which) continue;
      if (!s.base) c.addAll(s.values);
      else for (let i = 0; i < n; i++) c.add(s.base[i] + s.values[i]);
    }
    for (const b of bands) {
      if (b.axis !== which) continue;
      c.addAll(b.lower);
      c.addAll(b.upper);
    }
    for (const m of markers) {
      if (m.axis !== which) continue;
      c.add(m.y);
      c.add(m.yHigh ?? m.y);
    }
    for (const o of observations) {
      if (o.axis !== which) continue;
      c.add(o.y);
      if (o.low !== null) c.add(o.low);
      if (o.high !== null) c.add(o.high);
    }
    for (const v of axisSpec.include ?? []) c.add(v);
    // Bars on a linear axis must start at zero or their lengths lie.
    if (bars && axisSpec.scale === 'linear') c.add(0);
    return axisModel(axisSpec, c);
  };

  const y = axisFor('y', spec.y);
  const y2 = spec.y2 ? axisFor('y2', spec.y2) : null;
  const empty = n === 0 || (y.note === 'empty' && (y2 === null || y2.note === 'empty'));
  const pad = barSlots > 0 || n === 1 ? 0.5 : 0;
  const formatX = spec.formatX ?? ((label: string) => defaultXTickText(label, spec.xUnit));
  const leftOut = [y.note, y2?.note].some(
    (note) => note === 'non-positive-skipped' || note === 'all-non-positive',
  );
  return {
    id: spec.id,
    title: spec.title,
    summary: withKeys(spec.summary ?? defaultSummary(spec), observations.length, spec),
    xs: indexArray(n),
    xDomain: [-pad, Math.max(0, n - 1) + pad],
    xTicks: (maxTicks) =>
      xTickIndices(spec.x, spec.xUnit, maxTicks).map((i) => ({ value: i, text: formatX(spec.x[i], i) })),
    xLabel: spec.xAxisLabel,
    xText: (i) => spec.x[i] ?? '',
    y,
    y2,
    series,
    barSlots,
    bands,
    markers,
    observations,
    ...(spec.observationWords ? { observationWords: spec.observationWords } : {}),
    shading,
    rules,
    points: [],
    labels: spec.labels,
    empty,
    note: !empty && leftOut ? spec.labels.nonPositive : '',
    caption: spec.caption ?? '',
    notes: spec.notes ?? [],
  };
}

/** A value axis of the plot model from its spec and the values it must cover. */
export function axisModel(axisSpec: ValueAxisSpec, collected: ExtentCollector): PlotAxis {
  const { domain, note } = collected.pick();
  const formatValue = axisSpec.formatValue ?? ((v: number) => `${axisSpec.format(v)} ${axisSpec.unit}`);
  return {
    label: axisSpec.label,
    unit: axisSpec.unit,
    scale: axisSpec.scale,
    domain,
    ticks: tickTexts(valueTicks(domain, axisSpec.scale), axisSpec.format),
    format: axisSpec.format,
    formatValue,
    note,
  };
}

let cachedIndices = new Float64Array(0);

/** 0, 1, …, n − 1, shared between updates (a slider drag keeps n fixed). */
function indexArray(n: number): Float64Array {
  if (cachedIndices.length !== n) cachedIndices = Float64Array.from({ length: n }, (_, i) => i);
  return cachedIndices;
}

function defaultSummary(spec: TimeChartSpec): string {
  const names = spec.series.filter((s) => !s.quiet).map((s) => s.label);
  const range = spec.x.length > 0 ? ` (${spec.x[0]} – ${spec.x[spec.x.length - 1]})` : '';
  return `${spec.title} — ${spec.y.label}: ${names.join(', ')}${range}`;
}

/** The plot's accessible name, with the keys that reach the observations when it has any. */
function withKeys(summary: string, observed: number, spec: TimeChartSpec): string {
  return observed > 0 && spec.observationWords ? `${summary}. ${spec.observationWords.keys}` : summary;
}
