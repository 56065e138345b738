import type { Basis, ParamId, SeriesId, Verdict } from '../model/types';
import type { QuantileBands, QuantileKey, QuantileSummary } from './quantiles';
import type { Proportion } from './stats';

/** Flow series also summed per calendar year (a quantile of a yearly sum is not a sum of quantiles). */
export const YEARLY_SERIES = ['servedHours', 'computeValue', 'capex', 'revenue', 'tokensServed'] as const;
export type YearlySeriesId = (typeof YEARLY_SERIES)[number];

/**
 * Per-sample figures of the verdict at the run's end, one entry per sample, kept for the rank
 * correlations and the exact quantiles. NaN where the figure is undefined (a rebound with no
 * saving to rebound from; a change vs a base of 0; a shock that falls after the run's end).
 */
export interface SampleOutputs {
  /** Rebound R = (C_scen − C_mech)/(C_base − C_mech) on served compute (H100e-hours): the headline. */
  reboundServedCompute: Float64Array;
  /** (C_scen − C_base)/C_base on served compute. */
  changeServedCompute: Float64Array;
  reboundComputeValue: Float64Array;
  changeComputeValue: Float64Array;
  reboundCapex: Float64Array;
  changeCapex: Float64Array;
}
export type SampleOutputId = keyof SampleOutputs;
export const SAMPLE_OUTPUT_IDS: readonly SampleOutputId[] = [
  'reboundServedCompute',
  'changeServedCompute',
  'reboundComputeValue',
  'changeComputeValue',
  'reboundCapex',
  'changeCapex',
];

/** The per-sample columns of one basis. */
export const BASIS_OUTPUTS: Record<Basis, { rebound: SampleOutputId; change: SampleOutputId }> = {
  servedCompute: { rebound: 'reboundServedCompute', change: 'changeServedCompute' },
  computeValue: { rebound: 'reboundComputeValue', change: 'changeComputeValue' },
  capex: { rebound: 'reboundCapex', change: 'changeCapex' },
};

/** What the samples say about the verdict on one basis, cumulated from the shock to the run's end. */
export interface BasisVerdictStats {
  basis: Basis;
  /**
   * Share of the samples with a defined rebound whose verdict is backfire (R above the
   * full-rebound band), with its 95 % Wilson interval; `n` counts only those samples.
   */
  probabilityBackfire: Proportion;
  /** How many samples got each verdict; `undefined` ones are never classified. */
  verdictCounts: Record<Verdict, number>;
  /** Share of all samples whose rebound is undefined (the shock saved nothing on this basis, or came after the run's end). */
  undefinedShare: number;
  /** Exact quantiles of the rebound over the defined samples (ratio); null when none is defined. */
  rebound: QuantileSummary | null;
  /** Exact quantiles of the change vs base, (C_scen − C_base)/C_base (ratio); null when none is defined. */
  changeVsBase: QuantileSummary | null;
}

/** What a Monte Carlo run reports. Bands summarise the scenario run (the shock with the market answering). */
export interface MonteCarloResult {
  samples: number;
  seed: number;
  /** "YYYY-MM" per simulated month, from the history start (2023-01). */
  months: string[];
  /** Index in `months` of the shock month at the scenario's own `shockMonth`. */
  shockIndex: number;
  /** Months from the shock to the run's end: the window of the verdicts below. */
  horizonMonths: number;
  /** The sampled (non-fixed) parameters, in the order of `sampleInputs` columns. */
  parameterIds: ParamId[];
  quantileKeys: readonly QuantileKey[];
  /** The series banded by month (every series unless `bands.series` chose some), in SERIES_IDS order. */
  bandedSeries: SeriesId[];
  /** p5 … p95 per month of each banded series, in the units of SERIES_UNITS. */
  quantiles: Partial<Record<SeriesId, QuantileBands>>;
  /**
   * Tier ids in registry order, and p5 … p95 per month of each tier's served tokens and list price
   * (no tiers when `bands.tiers` is false).
   */
  tiers: string[];
  tierQuantiles: {
    tokensByTier: Record<string, QuantileBands>;
    listPriceByTier: Record<string, QuantileBands>;
  };
  /**
   * Bands of flows summed per calendar year ("YYYY"; a partial last year included), in the series'
   * unit × month (no years when `bands.yearly` is false).
   */
  byYear: { years: string[]; bands: Partial<Record<YearlySeriesId, QuantileBands>> };
  /** The verdict on each basis at the run's end. */
  verdicts: Record<Basis, BasisVerdictStats>;
  /** The headline: probability that the verdict on served compute at the run's end is backfire. */
  probabilityBackfire: Proportion;
  /** The same on capex. */
  probabilityBackfireCapex: Proportion;
  /** Share of samples whose headline rebound is undefined (counted apart, never classified). */
  undefinedShare: number;
  /** samples × parameterIds.length values, row-major, in catalogue units. */
  sampleInputs: Float64Array;
  sampleOutputs: SampleOutputs;
}
