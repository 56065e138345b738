import type { ParamId, SeriesId } from '../model/types';
import type { QuantileBands, QuantileKey, QuantileSummary } from './quantiles';
import type { Proportion } from './stats';

/** Per-sample outputs kept for sensitivity: one entry per sample. NaN = rebound undefined. */
export interface SampleOutputs {
  /** USD, scenario run: GPU-hours demanded × cost (the verdict's money measure). */
  cumulativeGpuSpendDemanded: Float64Array;
  /** GPU-hours demanded, scenario run (the verdict's compute measure). */
  cumulativeGpuHoursDemanded: Float64Array;
  /** USD actually paid: served GPU-hours × cost, after the fleet's supply cap. */
  cumulativeGpuSpend: Float64Array;
  /** Rebound on demanded GPU spend and GPU-hours. */
  reboundGpuSpend: Float64Array;
  reboundGpuHours: Float64Array;
}

/** What a Monte Carlo run reports. Quantiles summarise the scenario run (the shock with demand responding). */
export interface MonteCarloResult {
  samples: number;
  seed: number;
  /** "YYYY-MM" per month. */
  months: string[];
  /** The sampled (non-fixed) parameters, in the order of `sampleInputs` columns. */
  parameterIds: ParamId[];
  quantileKeys: readonly QuantileKey[];
  /** p5 … p95 per month for every series, in the units of SERIES_UNITS. */
  quantiles: Record<SeriesId, QuantileBands>;
  /** Bands of sums the charts show (quantiles of a sum are not sums of quantiles). */
  derived: {
    /** Inference + training GPU-hours per month. */
    gpuHours: QuantileBands;
    /** GPU spend summed per calendar year ("YYYY" labels; a partial first or last year included), USD. */
    gpuSpendByYear: { years: string[]; bands: QuantileBands };
  };
  /** Exact quantiles of each per-sample total (same units); null when no sample had a defined value. */
  totals: Record<keyof SampleOutputs, QuantileSummary | null>;
  /**
   * Share of all samples whose verdict on GPU spend is backfire (rebound above the full-rebound
   * band, R > 1.01), with its 95 % Wilson interval. Samples with an undefined rebound count as not
   * backfire; their share is `undefinedShare`.
   */
  probabilityBackfire: Proportion;
  /** Share of samples whose rebound on GPU spend is undefined (the shock saved nothing). */
  undefinedShare: number;
  /** samples × parameterIds.length values, row-major, in catalogue units. */
  sampleInputs: Float64Array;
  sampleOutputs: SampleOutputs;
}
