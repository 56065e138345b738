import { parsePeriod } from '../../src/calibration/observed-series';
import type { SimulationResult } from '../../src/model/types';
import type { ObservationSpec, ObservationWords, TimeChartSpec } from '../charts/chart-spec';
import type { Lang } from '../i18n/i18n';
import { observedT } from '../i18n/observed-messages';
import { dayText } from '../i18n/vintage';
import { compareText, detailLines, isHindsight, type ObservedEntry } from './observed-text';

/** Where a series is drawn: the chart that shows it, the series' colour and axis. */
export interface Placement {
  chartId: string;
  chartTitle: string;
  /** The chart series it sits on (hidden with it); absent for a stack's total. */
  seriesId?: string;
  color?: string;
  axis: 'y' | 'y2';
  /**
   * An axis of yearly totals (capex per year, `yearlyTotals`): a month's flow is drawn at twelve
   * times its monthly rate. A price on the same yearly chart (the GPU price, on the right) is not.
   */
  perYear: boolean;
}

/** The chart series id that shows a model series: per-tier series are `listPrice-<tier>` and `tokens-<tier>`. */
function chartSeriesId(series: string): string {
  if (series.startsWith('listPriceByTier.')) return `listPrice-${series.slice('listPriceByTier.'.length)}`;
  if (series.startsWith('tokensByTier.')) return `tokens-${series.slice('tokensByTier.'.length)}`;
  return series;
}

/**
 * Where each model series is drawn, read from the charts themselves: the chart with a solid series
 * of that id, or whose stacked bars add up to it (capex = chips + shell, in the colour of its
 * dashed baseline). A series no chart shows has no place: its figures are listed, not drawn.
 */
export function placementOf(series: string, specs: readonly TimeChartSpec[]): Placement | null {
  const id = chartSeriesId(series);
  for (const spec of specs) {
    const perYear = (axis: 'y' | 'y2') =>
      spec.xUnit === 'year' && (axis === 'y2' ? spec.y2 : spec.y)?.yearlyTotals === true;
    const own = spec.series.find((s) => s.id === id && !s.dash);
    if (own) {
      const axis = own.axis === 'y2' ? 'y2' : 'y';
      return {
        chartId: spec.id,
        chartTitle: spec.title,
        seriesId: id,
        ...(own.color ? { color: own.color } : {}),
        axis,
        perYear: perYear(axis),
      };
    }
    const stacked = spec.series.find((s) => s.stack === series && !s.dash);
    if (stacked) {
      const total = spec.series.find((s) => s.id === `${series}-baseline`)?.color;
      const axis = stacked.axis === 'y2' ? 'y2' : 'y';
      return {
        chartId: spec.id,
        chartTitle: spec.title,
        ...(total ? { color: total } : {}),
        axis,
        perYear: perYear(axis),
      };
    }
  }
  return null;
}

/** The run the open card compares with: set on every run, read only when a card is shown. */
export interface RunRef {
  run: SimulationResult | null;
}

/** What the marks are built for: the run's months and the language and vintage of the words. */
export interface MarkFrame {
  months: readonly string[];
  lang: Lang;
  asOf: string;
}

/** x of month `m` of the run on a chart: its index on a monthly axis, its place in its year's slot on a yearly one. */
function monthX(
  spec: TimeChartSpec,
  months: readonly string[],
  m: number,
  edge: 'start' | 'middle' | 'end',
): number | null {
  const offset = edge === 'start' ? -0.5 : edge === 'end' ? 0.5 : 0;
  if (spec.xUnit === 'month') return m + offset;
  const label = months[m];
  const year = label ? spec.x.indexOf(label.slice(0, 4)) : -1;
  if (year < 0) return null;
  const inYear = Number(label.slice(5, 7)) - 1;
  return year - 0.5 + (inYear + 0.5 + offset) / 12;
}

/**
 * One figure as its chart draws it: a point at its month ('end', or a single month), else a
 * segment across its months at the monthly-equivalent level (a sum ÷ its months; × 12 on a chart of
 * yearly totals); the band and bound alike. Null when it falls outside the run.
 */
export function observationMark(
  entry: ObservedEntry,
  place: Placement,
  spec: TimeChartSpec,
  frame: MarkFrame,
  ref: RunRef,
): ObservationSpec | null {
  const o = entry.observation;
  const span = parsePeriod(o.period);
  if (!span || span.last >= frame.months.length) return null;
  const months = span.last - span.first + 1;
  const point = o.aggregation === 'end' || months === 1;
  const at = o.aggregation === 'end' ? span.last : span.first;
  const fromX = monthX(spec, frame.months, at, point ? 'middle' : 'start');
  const toX = monthX(spec, frame.months, point ? at : span.last, point ? 'middle' : 'end');
  if (fromX === null || toX === null) return null;
  const scale = (o.aggregation === 'sum' ? 1 / months : 1) * (place.perYear ? 12 : 1);
  const axis = place.axis === 'y2' && spec.y2 ? spec.y2 : spec.y;
  const y = o.value * scale;
  const drawn = scale === 1 ? null : (axis.formatValue?.(y) ?? `${axis.format(y)} ${axis.unit}`);
  const { lang } = frame;
  return {
    key: entry.key,
    fromX,
    toX,
    y,
    ...(o.low !== undefined ? { low: o.low * scale } : {}),
    ...(o.high !== undefined ? { high: o.high * scale } : {}),
    ...(o.side ? { side: o.side } : {}),
    shape: entry.origin === 'imported' ? 'square' : 'circle',
    hollow: isHindsight(o, frame.asOf),
    ...(place.color ? { color: place.color } : {}),
    ...(place.seriesId ? { seriesId: place.seriesId } : {}),
    axis: place.axis,
    label: o.id,
    details: detailLines(entry, frame.asOf, lang, drawn),
    compare: () => compareText(o, ref.run, lang),
  };
}

/** The legend's and the keyboard hint's words for the observations, in `lang` at vintage `asOf`. */
export function observationWords(lang: Lang, asOf: string): ObservationWords {
  return {
    observed: observedT(lang, 'observed.legend', { date: dayText(asOf, lang) }),
    hindsight: observedT(lang, 'observed.legendHindsight'),
    imported: observedT(lang, 'observed.legendImported'),
    floor: observedT(lang, 'observed.legendFloor'),
    ceiling: observedT(lang, 'observed.legendCeiling'),
    keys: observedT(lang, 'observed.keys'),
  };
}

/** Every entry's mark, grouped by the chart that draws it. */
export function marksByChart(
  entries: readonly ObservedEntry[],
  specs: readonly TimeChartSpec[],
  frame: MarkFrame,
  ref: RunRef,
): Map<string, ObservationSpec[]> {
  const byChart = new Map<string, ObservationSpec[]>();
  for (const entry of entries) {
    const place = placementOf(entry.observation.series, specs);
    const spec = place && specs.find((s) => s.id === place.chartId);
    if (!place || !spec) continue;
    const mark = observationMark(entry, place, spec, frame, ref);
    if (!mark) continue;
    const list = byChart.get(place.chartId) ?? [];
    list.push(mark);
    byChart.set(place.chartId, list);
  }
  return byChart;
}
