/**
 * The messages between the page and the Monte Carlo worker. Everything in them survives
 * structuredClone: numbers, strings, plain objects and typed arrays — no functions, so a scenario
 * travels as its flattened inputs (a demand-curve expression as its source text).
 */
import type { CurveCode, ModelInputs } from '../../src/engine/model-inputs';
import { toModelInputs } from '../../src/engine/model-inputs';
import type { ParamId, Scenario, SeriesId } from '../../src/model/types';
import type { MonteCarloResult } from '../../src/uncertainty/monte-carlo-types';
import type { QuantileBands } from '../../src/uncertainty/quantiles';
import { type Distributions, resolveDistributions } from '../../src/uncertainty/resolve-distributions';
import type { SensitivityResult, SwingRange } from '../../src/uncertainty/sensitivity';

/** What one Monte Carlo job needs. */
export interface McPayload {
  p: Record<ParamId, number>;
  paths: Partial<Record<ParamId, Float64Array>>;
  curve: CurveCode;
  /** Source of an expression demand curve, compiled again in the worker; null otherwise. */
  curveExpression: string | null;
  distributions: Distributions;
  samples: number;
  seed: number;
  /** Ends of the tornado's swings. */
  range: SwingRange;
}

export type ToWorker = { type: 'run'; id: number; payload: McPayload } | { type: 'cancel'; id: number };

/**
 * The part of a Monte Carlo result the page shows, plus the tornado (the worker leaves out the
 * per-sample arrays and the rank correlations). Bands are p5 … p95 per month from 2023-01.
 */
export interface McResult {
  samples: number;
  seed: number;
  months: string[];
  /** Index in `months` of the shock month. */
  shockIndex: number;
  /** Months from the shock to the run's end: the window of `verdicts`. */
  horizonMonths: number;
  parameterIds: ParamId[];
  quantiles: Record<SeriesId, QuantileBands>;
  tiers: string[];
  tierQuantiles: MonteCarloResult['tierQuantiles'];
  byYear: MonteCarloResult['byYear'];
  /** Per basis: verdict counts, P(backfire) over the samples with a defined rebound, quantiles. */
  verdicts: MonteCarloResult['verdicts'];
  /** The headline: P(backfire) on compute served at the run's end, Wilson 95 %. */
  probabilityBackfire: MonteCarloResult['probabilityBackfire'];
  probabilityBackfireCapex: MonteCarloResult['probabilityBackfireCapex'];
  /** Share of samples whose headline rebound is undefined (counted apart, never classified). */
  undefinedShare: number;
  /** The distributions that were sampled (catalogue defaults moved to the scenario, or its own). */
  distributions: Distributions;
  sensitivity: SensitivityResult;
}

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: McResult }
  | { type: 'abandoned'; id: number }
  | { type: 'error'; id: number; message: string };

export interface McRequestOptions {
  samples: number;
  seed: number;
  range?: SwingRange;
}

/** Flattens a scenario for the worker (cheap: expressions are sampled, nothing is run). */
export function toPayload(scenario: Scenario, options: McRequestOptions): McPayload {
  const inputs = toModelInputs(scenario);
  const curve = scenario.demandCurve;
  return {
    p: inputs.p,
    paths: inputs.paths,
    curve: inputs.curve,
    curveExpression: curve.kind === 'expression' ? curve.expression : null,
    distributions: resolveDistributions(scenario),
    samples: options.samples,
    seed: options.seed,
    range: options.range ?? 'distribution',
  };
}

/** The worker side of `toPayload`; an expression curve is compiled by the caller-supplied compiler. */
export function toInputs(payload: McPayload, curveFn: ModelInputs['curveFn']): ModelInputs {
  return { p: { ...payload.p }, paths: payload.paths, curve: payload.curve, curveFn };
}

/** Every buffer of a result, to transfer instead of copy (each band owns its buffer). */
export function transferables(result: McResult): ArrayBuffer[] {
  const bands: QuantileBands[] = [
    ...Object.values(result.quantiles),
    ...Object.values(result.tierQuantiles.tokensByTier),
    ...Object.values(result.tierQuantiles.listPriceByTier),
    ...Object.values(result.byYear.bands),
  ];
  return bands.flatMap((band) => Object.values(band).map((values) => values.buffer as ArrayBuffer));
}
