import type { RuleSpec, TimeChartSpec, TimeSeriesSpec } from '../charts/chart-spec';
import { shockIndex } from '../../src/engine/calendar';
import type { SimulationResult } from '../../src/model/types';
import { type Lang, type MessageKey, t } from '../i18n/i18n';
import { chartLabels } from './chart-axes';

/** What every time chart is built from: the scenario run, the dashed baseline run and the language. */
export interface ChartInputs {
  run: SimulationResult;
  /** The dashed overlay: the run without the shock, or the chosen preset or saved scenario. */
  baseline: SimulationResult;
  /** Months after 2025-01 the shock arrives (the scenario's `shockMonth`). */
  shockMonth: number;
  lang: Lang;
}

/** Series colours: tiers in registry order, then the lines that sum or compare them. */
const TIER_COLORS = [1, 3, 4, 6] as const;
export const TOTAL_COLOR = 2;
export const SECOND_COLOR = 5;

export function tierColor(i: number): string {
  return `var(--jv-series-${TIER_COLORS[i % TIER_COLORS.length]})`;
}

export function line(
  id: string,
  label: string,
  values: ArrayLike<number>,
  color: number | string,
  extra: Partial<TimeSeriesSpec> = {},
): TimeSeriesSpec {
  const css = typeof color === 'number' ? `var(--jv-series-${color})` : color;
  return { id, label, values, color: css, ...extra };
}

/** The baseline's copy of a series, dashed, named "… (baseline)". */
export function dashed(
  id: string,
  label: string,
  values: ArrayLike<number>,
  color: number | string,
  lang: Lang,
  extra: Partial<TimeSeriesSpec> = {},
): TimeSeriesSpec {
  return line(`${id}-baseline`, t(lang, 'series.baseline', { series: label }), values, color, {
    dash: true,
    ...extra,
  });
}

/**
 * A baseline series aligned month by month with the scenario's labels: a preset or saved baseline
 * may cover another window, so months it lacks are gaps.
 */
export function aligned(
  run: SimulationResult,
  baseline: SimulationResult,
  values: ArrayLike<number>,
): ArrayLike<number> {
  if (baseline.months.length === run.months.length && baseline.months[0] === run.months[0]) return values;
  const index = new Map(baseline.months.map((m, i) => [m, i]));
  return Float64Array.from(run.months, (m) => {
    const i = index.get(m);
    return i === undefined ? Number.NaN : values[i];
  });
}

/** The month the shock arrives, as a label of the run ("2025-01"), or null if it lies outside. */
function shockLabel(run: SimulationResult, shockMonth: number): string | null {
  return run.months[shockIndex(shockMonth)] ?? null;
}

/** The vertical rule at the shock month, labelled "DeepSeek shock". */
function shockRule(inputs: ChartInputs): RuleSpec[] {
  const label = shockLabel(inputs.run, inputs.shockMonth);
  return label ? [{ x: label, label: t(inputs.lang, 'chart.shock') }] : [];
}

/** Title, monthly x axis, caption, shock rule and chart words shared by the monthly charts. */
export function monthlyFrame(id: string, title: MessageKey, caption: MessageKey, inputs: ChartInputs) {
  const { lang, run } = inputs;
  return {
    id,
    title: t(lang, title),
    caption: t(lang, caption),
    x: run.months,
    xUnit: 'month' as const,
    xAxisLabel: t(lang, 'chart.month'),
    labels: chartLabels(lang),
    rules: shockRule(inputs),
  } satisfies Partial<TimeChartSpec>;
}
