/**
 * What the model says about an observation: its series reduced over the observation's months.
 * Series ids are the engine's (`capexChips`), per tier (`listPriceByTier.frontier`) or derived
 * series (`inferenceShare` = inference hours ÷ served hours, a ratio of the period's sums;
 * `inferenceSpend` = inference hours × the rental price, USD a month).
 */
import type { Aggregation } from '../../models/observations/schema';
import {
  SERIES_IDS,
  SERIES_UNITS,
  type SeriesId,
  type SimulationResult,
  TIER_SERIES_UNITS,
} from '../model/types';
import { HISTORY_START } from '../engine/calendar';
import { labelToMonthIndex } from '../scenario/month';

const TIER_SERIES = ['tokensByTier', 'listPriceByTier', 'marginalCostByTier'] as const;

/** Ratios of two series: the period's sum of the first over the period's sum of the second. */
const RATIO_SERIES: Record<string, readonly [SeriesId, SeriesId]> = {
  inferenceShare: ['inferenceHours', 'servedHours'],
};

/** Spend on one use of the fleet: hours × the rental price, month by month (USD a month). */
const SPEND_SERIES: Record<string, SeriesId> = {
  inferenceSpend: 'inferenceHours',
  trainingSpend: 'trainingHours',
};

/** Every series id an observation may name, given the run's tiers. */
export function observableSeries(tiers: readonly string[]): string[] {
  const perTier = TIER_SERIES.flatMap((s) => tiers.map((t) => `${s}.${t}`));
  return [...SERIES_IDS, ...perTier, ...Object.keys(RATIO_SERIES), ...Object.keys(SPEND_SERIES)];
}

export interface MonthSpan {
  /** Month indices into the run, inclusive. */
  first: number;
  last: number;
}

/** `YYYY-MM` or `YYYY-MM/YYYY-MM` as run-month indices; undefined when it does not parse or is reversed. */
export function parsePeriod(period: string): MonthSpan | undefined {
  const [a, b = a, extra] = period.split('/');
  if (extra !== undefined) return undefined;
  const first = labelToMonthIndex(a.trim());
  const last = labelToMonthIndex(b.trim());
  if (first === undefined || last === undefined || last < first) return undefined;
  return { first: first - HISTORY_START, last: last - HISTORY_START };
}

/** The model's value for one observation, or a reason it has none (a month outside the run, an unknown series). */
export function modelValue(
  result: SimulationResult,
  series: string,
  span: MonthSpan,
  aggregation: Aggregation,
): number | { reason: string } {
  if (span.first < 0) return { reason: `it starts before the run (2023-01)` };
  if (span.last >= result.months.length) return { reason: `it ends after the run (${result.months.at(-1)})` };
  const ratio = RATIO_SERIES[series];
  if (ratio) {
    const num = reduce(result.series[ratio[0]], span, 'sum');
    const den = reduce(result.series[ratio[1]], span, 'sum');
    return den > 0 ? num / den : { reason: `${ratio[1]} is zero over the period` };
  }
  const hours = SPEND_SERIES[series];
  if (hours) return reduce(spend(result.series[hours], result.series.rentalPrice, span), span, aggregation);
  const values = seriesValues(result, series);
  if (!values) return { reason: `no series "${series}"` };
  return reduce(values, span, aggregation);
}

function seriesValues(result: SimulationResult, series: string): Float64Array | undefined {
  const dot = series.indexOf('.');
  if (dot < 0)
    return (SERIES_IDS as readonly string[]).includes(series) ? result.series[series as SeriesId] : undefined;
  const group = series.slice(0, dot) as (typeof TIER_SERIES)[number];
  if (!TIER_SERIES.includes(group)) return undefined;
  return result[group][series.slice(dot + 1)];
}

function spend(hours: Float64Array, rent: Float64Array, span: MonthSpan): Float64Array {
  const out = new Float64Array(span.last + 1);
  for (let t = span.first; t <= span.last; t++) out[t] = hours[t] * rent[t];
  return out;
}

function reduce(values: Float64Array, span: MonthSpan, aggregation: Aggregation): number {
  if (aggregation === 'end') return values[span.last];
  let sum = 0;
  for (let t = span.first; t <= span.last; t++) sum += values[t];
  return aggregation === 'sum' ? sum : sum / (span.last - span.first + 1);
}

const DERIVED_UNITS: Record<string, string> = {
  inferenceShare: 'share',
  inferenceSpend: 'USD/month',
  trainingSpend: 'USD/month',
};

/**
 * The unit an observation of `series` reduced by `aggregation` is in: the series' unit, with
 * "/month" dropped for a sum over months. Empty for a series the model does not have.
 */
export function observedUnit(series: string, aggregation: Aggregation): string {
  const dot = series.indexOf('.');
  const group = dot < 0 ? series : series.slice(0, dot);
  const unit =
    DERIVED_UNITS[series] ??
    (SERIES_UNITS as Record<string, string>)[series] ??
    (TIER_SERIES_UNITS as Record<string, string>)[group] ??
    '';
  return aggregation === 'sum' ? unit.replace(/\/month$/, '') : unit;
}
