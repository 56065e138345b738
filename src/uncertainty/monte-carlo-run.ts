/**
 * The Monte Carlo loop as a resumable object: `step(n)` runs n more samples, so the CLI can draw a
 * progress bar and the Web Worker can stop between chunks when newer inputs arrive. The numbers do
 * not depend on how the run is chunked: one PRNG stream, consumed in the same order.
 *
 * Per sample: one uniform per uncertain parameter written into a single mutable ModelInputs, the
 * three runs of the Jevons verdict (base, mechanical, scenario: `jevonsRuns`) into three
 * preallocated workspaces, the scenario run's series added to the streaming quantiles, and the
 * verdict at the run's end (rebound and change vs base on each basis) stored. Paths are never
 * kept. The engine's exp/log are the deterministic ones (src/math/det-math.ts), so a seed gives the
 * same doubles in Node and in the browser.
 */
import { TIERS } from '../../models/tiers';
import {
  cloneInputs,
  HISTORY_START,
  jevonsRuns,
  type ModelInputs,
  shockIndex,
  verdictHorizons,
  type Workspace,
  workspaceFor,
} from '../engine';
import {
  BASES,
  type Basis,
  type ParamId,
  SERIES_IDS,
  type SeriesId,
  VERDICTS,
  type Verdict,
} from '../model/types';
import { monthIndexToLabel } from '../scenario/month';
import { UncertaintyInputError } from './errors';
import {
  BASIS_OUTPUTS,
  type BasisVerdictStats,
  type MonteCarloResult,
  SAMPLE_OUTPUT_IDS,
  type SampleOutputs,
  YEARLY_SERIES,
  type YearlySeriesId,
} from './monte-carlo-types';
import { createPrng, type Prng, validateSeed } from './prng';
import { QUANTILE_KEYS, type QuantileBands, summarize } from './quantiles';
import type { Distributions } from './resolve-distributions';
import { createSampler, type ParamSampler } from './sampler';
import { wilsonProportion } from './stats';
import { emptyFigures, endFigures } from './verdict-figures';
import { type StreamingQuantileOptions, StreamingQuantiles } from './streaming-quantiles';

/** Upper bound on samples: 10 million × 96 months × 3 runs is hours of work already. */
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

/** Verdict codes stored per sample and basis (index into VERDICTS). */
const VERDICT_CODE = Object.fromEntries(VERDICTS.map((v, i) => [v, i])) as Record<Verdict, number>;

export class MonteCarloRun {
  readonly samples: number;
  readonly seed: number;
  /** Simulated months per run (history + horizon). */
  readonly months: number;
  readonly parameterIds: readonly ParamId[];
  private done = 0;
  private readonly prng: Prng;
  private readonly sampler: ParamSampler;
  private readonly work: ModelInputs;
  private readonly tiers: readonly string[];
  /** The scenario's own shock month (a sample may draw another). */
  private readonly scenarioShockMonth: number;
  private readonly wsBase: Workspace;
  private readonly wsMech: Workspace;
  private readonly wsScen: Workspace;
  private readonly quantiles: StreamingQuantiles;
  private readonly inputValues: Float64Array;
  /** Cell offsets of the tier series and of the yearly sums in `quantiles`. */
  private readonly tierOffset: number;
  private readonly yearOffset: number;
  /** Calendar-year slot of each month, the year labels, and scratch rows. */
  private readonly yearOf: Int32Array;
  private readonly years: string[];
  private readonly tierRow: Float64Array;
  private readonly yearRow: Float64Array;
  private readonly outputs: SampleOutputs;
  /** Verdict code per sample and basis (samples × BASES.length). */
  private readonly verdictCodes: Uint8Array;
  private readonly figures = emptyFigures();

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
    this.tiers = TIERS.map((tier) => tier.id);
    this.scenarioShockMonth = setup.inputs.p.shockMonth;

    // One private copy of the inputs; a sampled or pinned parameter drops its time path so the
    // engine reads the drawn constant. (Built without `delete`, which would turn the paths object
    // into a slow dictionary that the engine then reads on every run.)
    this.work = cloneInputs(setup.inputs);
    const drawn = new Set<ParamId>([...sampler.ids, ...sampler.fixed.map(([id]) => id)]);
    this.work.paths = Object.fromEntries(
      Object.entries(setup.inputs.paths).filter(([id]) => !drawn.has(id as ParamId)),
    ) as ModelInputs['paths'];
    for (const [id, value] of sampler.fixed) this.work.p[id] = value;
    this.wsBase = workspaceFor(this.work);
    this.wsMech = workspaceFor(this.work);
    this.wsScen = workspaceFor(this.work);
    this.months = this.wsScen.months;
    const labels = this.monthLabels();
    this.years = [...new Set(labels.map((label) => label.slice(0, 4)))];
    this.yearOf = Int32Array.from(labels, (label) => this.years.indexOf(label.slice(0, 4)));
    this.tierRow = new Float64Array(this.months);
    this.yearRow = new Float64Array(this.years.length);
    // Cells: every series by month, each tier's tokens and list price by month, yearly sums.
    this.tierOffset = SERIES_IDS.length * this.months;
    this.yearOffset = this.tierOffset + 2 * this.tiers.length * this.months;
    const cells = this.yearOffset + YEARLY_SERIES.length * this.years.length;
    this.quantiles = new StreamingQuantiles(cells, setup.quantiles);
    this.inputValues = new Float64Array(this.samples * sampler.ids.length);
    const outputs = {} as SampleOutputs;
    for (const id of SAMPLE_OUTPUT_IDS) outputs[id] = new Float64Array(this.samples);
    this.outputs = outputs;
    this.verdictCodes = new Uint8Array(this.samples * BASES.length);
  }

  /** Samples finished so far. */
  get completed(): number {
    return this.done;
  }

  private monthLabels(): string[] {
    return Array.from({ length: this.months }, (_, t) => monthIndexToLabel(HISTORY_START + t));
  }

  /** Runs up to `count` more samples; returns how many are finished in all. */
  step(count: number): number {
    const end = Math.min(this.samples, this.done + Math.max(0, Math.floor(count)));
    const k = this.parameterIds.length;
    const months = this.months;
    const scen = this.wsScen.series;
    const out = this.outputs;
    for (let i = this.done; i < end; i++) {
      this.sampler.draw(this.prng, this.work, this.inputValues, i * k);
      const runs = jevonsRuns(this.work, this.wsBase, this.wsMech, this.wsScen);
      for (let s = 0; s < SERIES_IDS.length; s++)
        this.quantiles.addRow(s * months, scen[SERIES_IDS[s]], months);
      this.addTiers();
      this.addYearly();
      this.quantiles.endSample();

      // The verdict at the run's end (the last horizon; none when the shock falls after the end).
      const last = verdictHorizons(months, this.work.p.shockMonth).at(-1);
      for (let b = 0; b < BASES.length; b++) {
        const basis = BASES[b];
        const figures = endFigures(runs, basis, last, this.figures);
        out[BASIS_OUTPUTS[basis].rebound][i] = figures.rebound;
        out[BASIS_OUTPUTS[basis].change][i] = figures.change;
        this.verdictCodes[i * BASES.length + b] = VERDICT_CODE[figures.verdict];
      }
    }
    this.done = end;
    return end;
  }

  /** Each tier's served tokens and list price (row-major months × tiers in the workspace) as rows. */
  private addTiers(): void {
    const { tierRow, months, tiers, wsScen } = this;
    const n = tiers.length;
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < months; t++) tierRow[t] = wsScen.tokensByTier[t * n + i];
      this.quantiles.addRow(this.tierOffset + i * months, tierRow, months);
      for (let t = 0; t < months; t++) tierRow[t] = wsScen.listPriceByTier[t * n + i];
      this.quantiles.addRow(this.tierOffset + (n + i) * months, tierRow, months);
    }
  }

  /** Flows summed per calendar year: a quantile of a sum is not the sum of quantiles. */
  private addYearly(): void {
    const { yearRow, yearOf, months } = this;
    const series = this.wsScen.series;
    for (let s = 0; s < YEARLY_SERIES.length; s++) {
      const values = series[YEARLY_SERIES[s]];
      yearRow.fill(0);
      for (let t = 0; t < months; t++) yearRow[yearOf[t]] += values[t];
      this.quantiles.addRow(this.yearOffset + s * yearRow.length, yearRow, yearRow.length);
    }
  }

  private basisStats(basis: Basis, b: number, n: number, outputs: SampleOutputs): BasisVerdictStats {
    const verdictCounts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
    for (let i = 0; i < n; i++) verdictCounts[VERDICTS[this.verdictCodes[i * BASES.length + b]]]++;
    const undefinedCount = verdictCounts.undefined;
    return {
      basis,
      probabilityBackfire: wilsonProportion(verdictCounts.backfire, n - undefinedCount),
      verdictCounts,
      undefinedShare: n > 0 ? undefinedCount / n : 0,
      rebound: summarize(outputs[BASIS_OUTPUTS[basis].rebound]),
      changeVsBase: summarize(outputs[BASIS_OUTPUTS[basis].change]),
    };
  }

  /**
   * The summary of the samples finished so far (all of them once `completed === samples`).
   * Bands are in each series' unit (SERIES_UNITS); rebounds and changes are ratios.
   */
  result(): MonteCarloResult {
    const n = this.done;
    const k = this.parameterIds.length;
    const months = this.months;
    const quantiles = {} as Record<SeriesId, QuantileBands>;
    SERIES_IDS.forEach((id, s) => {
      quantiles[id] = this.quantiles.bands(s * months, months);
    });
    const tierCount = this.tiers.length;
    const tokensByTier: Record<string, QuantileBands> = {};
    const listPriceByTier: Record<string, QuantileBands> = {};
    this.tiers.forEach((tier, i) => {
      tokensByTier[tier] = this.quantiles.bands(this.tierOffset + i * months, months);
      listPriceByTier[tier] = this.quantiles.bands(this.tierOffset + (tierCount + i) * months, months);
    });
    const yearly = {} as Record<YearlySeriesId, QuantileBands>;
    YEARLY_SERIES.forEach((id, s) => {
      yearly[id] = this.quantiles.bands(this.yearOffset + s * this.years.length, this.years.length);
    });
    const outputs = {} as SampleOutputs;
    for (const id of SAMPLE_OUTPUT_IDS) outputs[id] = this.outputs[id].subarray(0, n);
    const verdicts = {} as Record<Basis, BasisVerdictStats>;
    BASES.forEach((basis, b) => {
      verdicts[basis] = this.basisStats(basis, b, n, outputs);
    });
    const shockMonth = this.scenarioShockMonth;
    return {
      samples: n,
      seed: this.seed,
      months: this.monthLabels(),
      shockIndex: shockIndex(shockMonth),
      horizonMonths: verdictHorizons(months, shockMonth).at(-1) ?? 0,
      parameterIds: [...this.parameterIds],
      quantileKeys: QUANTILE_KEYS,
      quantiles,
      tiers: [...this.tiers],
      tierQuantiles: { tokensByTier, listPriceByTier },
      byYear: { years: [...this.years], bands: yearly },
      verdicts,
      probabilityBackfire: verdicts.servedCompute.probabilityBackfire,
      probabilityBackfireCapex: verdicts.capex.probabilityBackfire,
      undefinedShare: verdicts.servedCompute.undefinedShare,
      sampleInputs: this.inputValues.subarray(0, n * k),
      sampleOutputs: outputs,
    };
  }
}
