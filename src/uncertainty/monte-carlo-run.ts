/**
 * The Monte Carlo loop as a resumable object: `step(n)` runs n more samples, so the CLI can draw a
 * progress bar and the Web Worker can stop between chunks when newer inputs arrive. The numbers do
 * not depend on how the run is chunked: one PRNG stream, consumed in the same order.
 *
 * Per sample: one uniform per uncertain parameter written into a single mutable ModelInputs, the
 * three Jevons runs into three preallocated workspaces, the scenario run's series added to the
 * streaming quantiles, and a handful of totals stored. This code allocates nothing per sample
 * (the engine returns small totals objects, which V8 collects young).
 */
import { cloneInputs, createWorkspace, jevonsTotals, type ModelInputs, type Workspace } from '../engine';
import { type ParamId, SERIES_IDS, type SeriesId } from '../model/types';
import { UncertaintyInputError } from './errors';
import { createPrng, type Prng, validateSeed } from './prng';
import { QUANTILE_KEYS, type QuantileBands, summarize } from './quantiles';
import type { Distributions } from './resolve-distributions';
import { createSampler, type ParamSampler } from './sampler';
import { wilsonProportion } from './stats';
import { monthIndexToLabel } from '../scenario/month';
import { StreamingQuantiles, type StreamingQuantileOptions } from './streaming-quantiles';
import type { MonteCarloResult, SampleOutputs } from './monte-carlo-types';

/** Upper bound on samples: 10 million × 72 months is already minutes of work. */
export const MAX_SAMPLES = 10_000_000;

export interface MonteCarloSetup {
  /** The scenario flattened by `toModelInputs`; not modified. */
  inputs: ModelInputs;
  /** Resolved distributions (see `resolveDistributions`), absolute, in catalogue units. */
  distributions: Distributions;
  samples: number;
  seed: number;
  quantiles?: StreamingQuantileOptions;
}

/** Refuses a sample count that is not a whole number in 1 … MAX_SAMPLES. */
export function validateSamples(samples: unknown, field = 'samples'): string | null {
  if (typeof samples !== 'number' || !Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    return `${field}: must be an integer from 1 to ${MAX_SAMPLES}, got ${JSON.stringify(samples)}`;
  }
  return null;
}

export class MonteCarloRun {
  readonly samples: number;
  readonly seed: number;
  readonly months: number;
  readonly parameterIds: readonly ParamId[];
  private done = 0;
  private readonly prng: Prng;
  private readonly sampler: ParamSampler;
  private readonly work: ModelInputs;
  private readonly startMonth: number;
  private readonly wsBase: Workspace;
  private readonly wsMech: Workspace;
  private readonly wsScen: Workspace;
  private readonly quantiles: StreamingQuantiles;
  private readonly inputValues: Float64Array;
  /** Calendar-year slot of each month, the year labels, and scratch rows for the derived series. */
  private readonly yearOf: Int32Array;
  private readonly years: string[];
  private readonly hoursRow: Float64Array;
  private readonly yearRow: Float64Array;
  private readonly outputs: SampleOutputs;
  private backfireCount = 0;

  /** @throws UncertaintyInputError naming every bad field (samples, seed, distributions). */
  constructor(setup: MonteCarloSetup) {
    const problems = [validateSamples(setup.samples), validateSeed(setup.seed)].filter((p) => p !== null);
    let sampler: ParamSampler | null = null;
    try {
      sampler = createSampler(setup.distributions);
    } catch (error) {
      if (!(error instanceof UncertaintyInputError)) throw error;
      problems.push(...error.problems);
    }
    if (problems.length > 0 || sampler === null) throw new UncertaintyInputError(problems);
    this.sampler = sampler;
    this.samples = setup.samples;
    this.seed = setup.seed;
    this.prng = createPrng(setup.seed);
    this.parameterIds = sampler.ids;

    // One private copy of the inputs; a sampled or pinned parameter drops its time path so the
    // engine reads the drawn constant. (Built without `delete`, which would turn the paths object
    // into a slow dictionary that the engine then reads on every run.)
    this.work = cloneInputs(setup.inputs);
    const drawn = new Set<ParamId>([...sampler.ids, ...sampler.fixed.map(([id]) => id)]);
    this.work.paths = Object.fromEntries(
      Object.entries(setup.inputs.paths).filter(([id]) => !drawn.has(id as ParamId)),
    ) as ModelInputs['paths'];
    for (const [id, value] of sampler.fixed) this.work.p[id] = value;
    this.months = this.work.p.horizonMonths;
    this.startMonth = this.work.p.startMonth;
    this.wsBase = createWorkspace(this.months);
    this.wsMech = createWorkspace(this.months);
    this.wsScen = createWorkspace(this.months);
    const labels = Array.from({ length: this.months }, (_, t) => monthIndexToLabel(this.startMonth + t));
    this.years = [...new Set(labels.map((label) => label.slice(0, 4)))];
    this.yearOf = Int32Array.from(labels, (label) => this.years.indexOf(label.slice(0, 4)));
    this.hoursRow = new Float64Array(this.months);
    this.yearRow = new Float64Array(this.years.length);
    // Cells: every series by month, then total GPU-hours by month, then GPU spend by calendar year.
    const cells = (SERIES_IDS.length + 1) * this.months + this.years.length;
    this.quantiles = new StreamingQuantiles(cells, setup.quantiles);
    this.inputValues = new Float64Array(this.samples * sampler.ids.length);
    const n = this.samples;
    this.outputs = {
      cumulativeGpuSpendDemanded: new Float64Array(n),
      cumulativeGpuHoursDemanded: new Float64Array(n),
      cumulativeGpuSpend: new Float64Array(n),
      reboundGpuSpend: new Float64Array(n),
      reboundGpuHours: new Float64Array(n),
    };
  }

  /** Samples finished so far. */
  get completed(): number {
    return this.done;
  }

  /** Runs up to `count` more samples; returns how many are finished in all. */
  step(count: number): number {
    const end = Math.min(this.samples, this.done + Math.max(0, Math.floor(count)));
    const k = this.parameterIds.length;
    const months = this.months;
    const scenSeries = this.wsScen.series;
    const out = this.outputs;
    for (let i = this.done; i < end; i++) {
      this.sampler.draw(this.prng, this.work, this.inputValues, i * k);
      const totals = jevonsTotals(this.work, this.wsBase, this.wsMech, this.wsScen);
      for (let s = 0; s < SERIES_IDS.length; s++) {
        this.quantiles.addRow(s * months, scenSeries[SERIES_IDS[s]], months);
      }
      this.addDerived();
      this.quantiles.endSample();
      const spend = totals.rebound.gpuSpend;
      out.cumulativeGpuSpendDemanded[i] = totals.scenario.cumulativeGpuSpendDemanded;
      out.cumulativeGpuHoursDemanded[i] = totals.scenario.cumulativeGpuHoursDemanded;
      out.cumulativeGpuSpend[i] = totals.scenario.cumulativeGpuSpend;
      out.reboundGpuSpend[i] = spend.value ?? Number.NaN;
      out.reboundGpuHours[i] = totals.rebound.gpuHours.value ?? Number.NaN;
      if (spend.verdict === 'backfire') this.backfireCount++;
    }
    this.done = end;
    return end;
  }

  /** Sums that are not series of their own: a quantile of a sum is not the sum of quantiles. */
  private addDerived(): void {
    const { inferenceGpuHours, trainingGpuHours, gpuSpend } = this.wsScen.series;
    const { hoursRow, yearRow, yearOf, months } = this;
    yearRow.fill(0);
    for (let t = 0; t < months; t++) {
      hoursRow[t] = inferenceGpuHours[t] + trainingGpuHours[t];
      yearRow[yearOf[t]] += gpuSpend[t];
    }
    const offset = SERIES_IDS.length * months;
    this.quantiles.addRow(offset, hoursRow, months);
    this.quantiles.addRow(offset + months, yearRow, yearRow.length);
  }

  /**
   * The summary of the samples finished so far (all of them once `completed === samples`).
   * Quantile bands are in each series' unit (SERIES_UNITS); totals in USD and GPU-hours.
   */
  result(): MonteCarloResult {
    const n = this.done;
    const k = this.parameterIds.length;
    const quantiles = {} as Record<SeriesId, QuantileBands>;
    SERIES_IDS.forEach((id, s) => {
      quantiles[id] = this.quantiles.bands(s * this.months, this.months);
    });
    const outputs = {} as SampleOutputs;
    const totals = {} as MonteCarloResult['totals'];
    for (const key of Object.keys(this.outputs) as (keyof SampleOutputs)[]) {
      outputs[key] = this.outputs[key].subarray(0, n);
      totals[key] = summarize(outputs[key]);
    }
    let undefinedCount = 0;
    for (let i = 0; i < n; i++) if (Number.isNaN(outputs.reboundGpuSpend[i])) undefinedCount++;
    return {
      samples: n,
      seed: this.seed,
      months: Array.from({ length: this.months }, (_, t) => monthIndexToLabel(this.startMonth + t)),
      parameterIds: [...this.parameterIds],
      quantileKeys: QUANTILE_KEYS,
      quantiles,
      derived: {
        gpuHours: this.quantiles.bands(SERIES_IDS.length * this.months, this.months),
        gpuSpendByYear: {
          years: [...this.years],
          bands: this.quantiles.bands((SERIES_IDS.length + 1) * this.months, this.years.length),
        },
      },
      totals,
      probabilityBackfire: wilsonProportion(this.backfireCount, n),
      undefinedShare: n > 0 ? undefinedCount / n : 0,
      sampleInputs: this.inputValues.subarray(0, n * k),
      sampleOutputs: outputs,
    };
  }
}
