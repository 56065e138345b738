import type { BandSpec, TimeChartSpec, TimeSeriesSpec } from '../charts/chart-spec';
import { spansAbove } from '../charts/yearly-vm';
import type { SimulationResult } from '../../src/model/types';
import { type Lang, type MessageKey, t } from '../i18n/i18n';
import type { SimulationView } from '../state/simulation';
import { chartLabels, valueAxis } from './chart-axes';
import { spendChart } from './spend-chart-model';

/** The time charts, in the order the page shows them. */
export const TIME_CHART_IDS = ['price', 'tokens', 'fleet', 'spend', 'revenue'] as const;
export type TimeChartId = (typeof TIME_CHART_IDS)[number];

/** Monte Carlo bands per chart, supplied by the uncertainty module when it has run (issue 4). */
export type ChartBands = Partial<Record<TimeChartId, readonly BandSpec[]>>;

/** Shortage share above which a month is shaded: 0.1 % keeps rounding noise out. */
const SHORTAGE_THRESHOLD = 0.001;

function line(
  id: string,
  label: string,
  values: ArrayLike<number>,
  color: number,
  extra = {},
): TimeSeriesSpec {
  return { id, label, values, color: `var(--jv-series-${color})`, ...extra };
}

function dashed(
  id: string,
  label: string,
  values: ArrayLike<number>,
  color: number,
  lang: Lang,
): TimeSeriesSpec {
  return line(`${id}-baseline`, t(lang, 'series.baseline', { series: label }), values, color, { dash: true });
}

function sum(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] + b[i];
  return out;
}

function base(id: TimeChartId, titleKey: MessageKey, run: SimulationResult, lang: Lang) {
  return {
    id,
    title: t(lang, titleKey),
    x: run.months,
    xUnit: 'month' as const,
    xAxisLabel: t(lang, 'chart.month'),
    labels: chartLabels(lang),
  };
}

/**
 * Chart specs for one simulation state: plain data, no DOM. The scenario's series are solid, the
 * baseline (the run without the DeepSeek shock, or the chosen preset/saved scenario) dashed.
 */
export function timeChartSpecs(view: SimulationView, lang: Lang, bands: ChartBands = {}): TimeChartSpec[] {
  const run = view.jevons.scenario;
  const ref = view.baseline;
  const s = run.series;
  const b = ref.series;
  const L = (key: MessageKey) => t(lang, key);
  const gpuHours = sum(s.inferenceGpuHours, s.trainingGpuHours);
  const baseGpuHours = sum(b.inferenceGpuHours, b.trainingGpuHours);
  const price: TimeChartSpec = {
    ...base('price', 'chart.price', run, lang),
    y: valueAxis(L('axis.price'), 'USD/Mtok', 'log', lang),
    series: [
      line('priceIncumbent', L('series.priceIncumbent'), s.priceIncumbent, 1),
      line('priceChallenger', L('series.priceChallenger'), s.priceChallenger, 2),
      line('price', L('series.price'), s.price, 3),
      dashed('price', L('series.price'), b.price, 3, lang),
    ],
  };
  const tokens: TimeChartSpec = {
    ...base('tokens', 'chart.tokens', run, lang),
    y: valueAxis(L('axis.tokens'), 'tokens/month', 'log', lang),
    series: [
      line('tokens', L('series.tokens'), s.tokens, 1),
      line('tokensServed', L('series.tokensServed'), s.tokensServed, 4),
      dashed('tokens', L('series.tokens'), b.tokens, 1, lang),
    ],
  };
  const fleet: TimeChartSpec = {
    ...base('fleet', 'chart.fleet', run, lang),
    y: valueAxis(L('axis.gpuHours'), 'GPU-hours/month', 'linear', lang, [0]),
    y2: valueAxis(L('axis.fleet'), 'GPUs', 'linear', lang, [0]),
    series: [
      line('gpuHours', L('series.gpuHours'), gpuHours, 1, { area: true }),
      line('capacityGpuHours', L('series.capacityGpuHours'), s.capacityGpuHours, 5),
      line('fleetGpus', L('series.fleetGpus'), s.fleetGpus, 6, { axis: 'y2' }),
      dashed('gpuHours', L('series.gpuHours'), baseGpuHours, 1, lang),
    ],
    shading: spansAbove(run.months, s.shortageShare, SHORTAGE_THRESHOLD, L('chart.shortage')),
  };
  const revenue: TimeChartSpec = {
    ...base('revenue', 'chart.revenue', run, lang),
    y: valueAxis(L('axis.revenue'), 'USD/month', 'linear', lang, [0]),
    y2: valueAxis(L('axis.margin'), 'share', 'linear', lang, [0]),
    series: [
      line('revenue', L('series.revenue'), s.revenue, 1),
      line('inferenceMargin', L('series.inferenceMargin'), s.inferenceMargin, 2, { axis: 'y2' }),
      dashed('revenue', L('series.revenue'), b.revenue, 1, lang),
    ],
  };
  const specs = [price, tokens, fleet, spendChart(run, ref, lang), revenue];
  return specs.map((spec) => {
    const extra = bands[spec.id as TimeChartId];
    return extra && extra.length > 0 ? { ...spec, bands: extra } : spec;
  });
}
