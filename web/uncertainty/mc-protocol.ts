/**
 * What the app asks of its Monte Carlo and what it gets back. The coordinator runs on the page (the
 * work itself in the pool's workers), so a request carries the scenario itself.
 */
import type { ParamId, Scenario, SeriesId } from '../../src/model/types';
import type { MonteCarloResult } from '../../src/uncertainty/monte-carlo-types';
import type { QuantileBands } from '../../src/uncertainty/quantiles';
import type { Distributions } from '../../src/uncertainty/resolve-distributions';
import type { SensitivityResult, SwingRange } from '../../src/uncertainty/sensitivity';
import type { SobolResult } from '../../src/uncertainty/sobol';

export interface McRequestOptions {
  samples: number;
  seed: number;
  range?: SwingRange;
  /**
   * Sample counts after which the bands so far are shown while the rest runs, ascending (absent:
   * none): each is the first n samples of the run, exactly a run of n samples.
   */
  passes?: readonly number[];
  /** Design rows of the Sobol analysis after the bands (0 or absent: none). */
  sobolRows?: number;
}

export interface McRequest extends McRequestOptions {
  scenario: Scenario;
}

/**
 * The part of a Monte Carlo the page shows, with the tornado and, once computed, the Sobol
 * indices. Bands are p5 … p95 per month from 2023-01, for the series the charts draw.
 */
export interface McResult {
  samples: number;
  seed: number;
  /** False for a quick pass (the first `samples` of the run); true once every sample is in. */
  final: boolean;
  months: string[];
  /** Index in `months` of the shock month. */
  shockIndex: number;
  /** Months from the shock to the run's end: the window of `verdicts`. */
  horizonMonths: number;
  parameterIds: ParamId[];
  bandedSeries: SeriesId[];
  quantiles: Partial<Record<SeriesId, QuantileBands>>;
  /** Per basis: verdict counts, P(backfire) over the samples with a defined rebound, quantiles. */
  verdicts: MonteCarloResult['verdicts'];
  /** The headline: P(backfire) on compute served at the run's end, Wilson 95 %. */
  probabilityBackfire: MonteCarloResult['probabilityBackfire'];
  probabilityBackfireCapex: MonteCarloResult['probabilityBackfireCapex'];
  /** Share of samples whose headline rebound is undefined (counted apart, never classified). */
  undefinedShare: number;
  /** The distributions that were sampled (catalogue defaults moved to the scenario, or its own). */
  distributions: Distributions;
  /** The tornado (null in a first pass, before it is computed). */
  sensitivity: SensitivityResult | null;
  /** Sobol indices (null until they arrive, after the bands). */
  sobol: SobolResult | null;
  /** Why the Sobol indices could not be computed, if they could not. */
  sobolError?: string;
}

/** The page's view of a Monte Carlo result. */
export function toMcResult(
  mc: MonteCarloResult,
  distributions: Distributions,
  final: boolean,
  sensitivity: SensitivityResult | null,
): McResult {
  return {
    samples: mc.samples,
    seed: mc.seed,
    final,
    months: mc.months,
    shockIndex: mc.shockIndex,
    horizonMonths: mc.horizonMonths,
    parameterIds: mc.parameterIds,
    bandedSeries: mc.bandedSeries,
    quantiles: mc.quantiles,
    verdicts: mc.verdicts,
    probabilityBackfire: mc.probabilityBackfire,
    probabilityBackfireCapex: mc.probabilityBackfireCapex,
    undefinedShare: mc.undefinedShare,
    distributions,
    sensitivity,
    sobol: null,
  };
}
