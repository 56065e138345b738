/**
 * The Monte Carlo work of one thread: `runChunk(start, end)` runs samples start … end − 1 and returns
 * their per-sample figures; the quantile bands build up in the thread's own histograms, taken with
 * `takeHistogram()`. Sample i draws from its own stream, `createStreamPrng(seed, i)`, so what a
 * sample is depends only on (seed, i) — not on the thread, the chunk, or the samples run before
 * it — and histograms add up exactly: any split of the samples gives bit-identical results.
 *
 * Per sample: one uniform per uncertain parameter written into a single mutable ModelInputs, the
 * three runs of the Jevons verdict (base, mechanical, scenario: `jevonsRuns`) into three
 * preallocated workspaces, the scenario run's banded series added to the histograms, and the
 * verdict at the run's end (rebound and change vs base on each basis) returned. Paths are never
 * kept. The engine's exp/log are the deterministic ones (src/math/det-math.ts), so a seed gives the
 * same doubles in Node and in the browser.
 */
import {
  cloneInputs,
  jevonsRuns,
  type ModelInputs,
  verdictHorizons,
  type Workspace,
  workspaceFor,
} from '../engine';
import { BASES, type ParamId, SERIES_IDS, VERDICTS, type Verdict } from '../model/types';
import { type BandLayout, type BandSelection, bandLayout, bandSelectionProblems } from './band-layout';
import { UncertaintyInputError } from './errors';
import { FloatHistograms, type HistogramSnapshot } from './float-histogram';
import type { McShape } from './mc-accumulator';
import { BASIS_OUTPUTS, SAMPLE_OUTPUT_IDS, YEARLY_SERIES } from './monte-carlo-types';
import { createStreamPrng, validateSeed } from './prng';
import type { Distributions } from './resolve-distributions';
import { type CurveRefusals, noRefusals, SampledCurveWatch } from './sampled-curve';
import { createSampler, type ParamSampler } from './sampler';
import { emptyFigures, endFigures } from './verdict-figures';

/** Upper bound on samples: 10 million × 96 months × 3 runs is hours of work already. */
export const MAX_SAMPLES = 10_000_000;

/** Refuses a sample count that is not a whole number in 1 … MAX_SAMPLES. */
function validateSamples(samples: unknown, field = 'samples'): string | null {
  if (typeof samples !== 'number' || !Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    return `${field}: must be an integer from 1 to ${MAX_SAMPLES}, got ${JSON.stringify(samples)}`;
  }
  return null;
}

export interface McJobSetup {
  /** The scenario flattened by `toModelInputs`; not modified. */
  inputs: ModelInputs;
  /** Resolved distributions (see `resolveDistributions`), absolute, in catalogue units. */
  distributions: Distributions;
  samples: number;
  seed: number;
  /** Which bands to build (default all). */
  bands?: BandSelection;
}

/** Verdict codes stored per sample and basis (index into VERDICTS). */
const VERDICT_CODE = Object.fromEntries(VERDICTS.map((v, i) => [v, i])) as Record<Verdict, number>;

/** The per-sample figures of samples start … end − 1, row-major. */
export interface McItems {
  start: number;
  end: number;
  /** (end − start) × parameterIds.length drawn values, catalogue units. */
  inputs: Float64Array;
  /** (end − start) × SAMPLE_OUTPUT_IDS.length figures (ratios; NaN where undefined). */
  outputs: Float64Array;
  /** (end − start) × BASES.length verdict codes (VERDICT_CODE). */
  codes: Uint8Array;
  /** Samples whose runs met a demand-curve value the model cannot use (the run is then refused). */
  curve: CurveRefusals;
}

/** Samples, seed, distributions and bands checked together; throws UncertaintyInputError naming each problem. */
export function checkedSampler(setup: Omit<McJobSetup, 'inputs'>): ParamSampler {
  const problems = [
    validateSamples(setup.samples),
    validateSeed(setup.seed),
    ...bandSelectionProblems(setup.bands),
  ].filter((p): p is string => p !== null);
  let sampler: ParamSampler | null = null;
  try {
    sampler = createSampler(setup.distributions);
  } catch (error) {
    if (!(error instanceof UncertaintyInputError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0 || sampler === null) throw new UncertaintyInputError(problems);
  return sampler;
}

/**
 * One private copy of the inputs in which a sampled or pinned parameter drops its time path, so the
 * engine reads the drawn constant. (Built without `delete`, which would turn the paths object into
 * a slow dictionary that the engine then reads on every run.)
 */
export function samplingInputs(inputs: ModelInputs, sampler: ParamSampler): ModelInputs {
  const work = cloneInputs(inputs);
  const drawn = new Set<ParamId>([...sampler.ids, ...sampler.fixed.map(([id]) => id)]);
  work.paths = Object.fromEntries(
    Object.entries(inputs.paths).filter(([id]) => !drawn.has(id as ParamId)),
  ) as ModelInputs['paths'];
  for (const [id, value] of sampler.fixed) work.p[id] = value;
  return work;
}

export class McJob {
  readonly samples: number;
  readonly seed: number;
  readonly months: number;
  readonly parameterIds: readonly ParamId[];
  readonly layout: BandLayout;
  private readonly sampler: ParamSampler;
  private readonly work: ModelInputs;
  private readonly wsBase: Workspace;
  private readonly wsMech: Workspace;
  private readonly wsScen: Workspace;
  /** Where the bands build up; made for the first chunk (a job is often dropped once its histograms are taken). */
  private histograms: FloatHistograms | null = null;
  /** Whether the histograms are the caller's (`writeInto`): then they are never released here. */
  private writesElsewhere = false;
  /** Scratch rows for tier series and yearly sums. */
  private readonly tierRow: Float64Array;
  private readonly yearRow: Float64Array;
  private readonly figures = emptyFigures();
  /** Index in SERIES_IDS of each banded series. */
  private readonly seriesIndex: number[];

  private readonly shockMonth: number;
  private readonly curveWatch: SampledCurveWatch;

  /** @throws UncertaintyInputError naming every bad field (samples, seed, distributions, bands). */
  constructor(setup: McJobSetup) {
    this.sampler = checkedSampler(setup);
    this.samples = setup.samples;
    this.seed = setup.seed;
    this.parameterIds = this.sampler.ids;
    this.work = samplingInputs(setup.inputs, this.sampler);
    this.curveWatch = new SampledCurveWatch(this.work);
    this.wsBase = workspaceFor(this.work);
    this.wsMech = workspaceFor(this.work);
    this.wsScen = workspaceFor(this.work);
    this.months = this.wsScen.months;
    this.layout = bandLayout(this.months, setup.bands);
    this.seriesIndex = this.layout.series.map((id) => SERIES_IDS.indexOf(id));
    this.shockMonth = setup.inputs.p.shockMonth;
    this.tierRow = new Float64Array(this.months);
    this.yearRow = new Float64Array(this.layout.years.length);
  }

  /** What the accumulator of this run needs to know. */
  get shape(): McShape {
    const { samples, seed, parameterIds, layout, shockMonth } = this;
    return { samples, seed, parameterIds, layout, shockMonth };
  }

  /** Builds the bands in `histograms` from now on (one thread: straight into the accumulator's). */
  writeInto(histograms: FloatHistograms): void {
    if (histograms.cells !== this.layout.cells) throw new Error('monte carlo: histograms of another layout');
    this.histograms = histograms;
    this.writesElsewhere = true;
  }

  /** Runs samples start … end − 1 (within 0 … samples). */
  runChunk(start: number, end: number): McItems {
    if (
      !(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= this.samples)
    ) {
      throw new Error(`monte carlo chunk ${start} … ${end} is outside 0 … ${this.samples}`);
    }
    const k = this.parameterIds.length;
    const n = end - start;
    const items: McItems = {
      start,
      end,
      inputs: new Float64Array(n * k),
      outputs: new Float64Array(n * SAMPLE_OUTPUT_IDS.length),
      codes: new Uint8Array(n * BASES.length),
      curve: noRefusals(),
    };
    this.histograms ??= new FloatHistograms(this.layout.cells);
    const { months, layout, histograms, work } = this;
    const scen = this.wsScen.series;
    for (let i = 0; i < n; i++) {
      this.sampler.draw(createStreamPrng(this.seed, start + i), work, items.inputs, i * k);
      const runs = jevonsRuns(work, this.wsBase, this.wsMech, this.wsScen);
      this.curveWatch.record(start + i, work, [this.wsBase, this.wsMech, this.wsScen], items.curve);
      for (let s = 0; s < layout.series.length; s++) {
        histograms.addRow(s * months, scen[SERIES_IDS[this.seriesIndex[s]]], months);
      }
      this.addTiers(histograms);
      this.addYearly(histograms);
      histograms.endSample();
      // The verdict at the run's end (the last horizon; none when the shock falls after the end).
      const last = verdictHorizons(months, work.p.shockMonth).at(-1);
      for (let b = 0; b < BASES.length; b++) {
        const basis = BASES[b];
        const figures = endFigures(runs, basis, last, this.figures);
        items.outputs[i * SAMPLE_OUTPUT_IDS.length + OUTPUT_INDEX[BASIS_OUTPUTS[basis].rebound]] =
          figures.rebound;
        items.outputs[i * SAMPLE_OUTPUT_IDS.length + OUTPUT_INDEX[BASIS_OUTPUTS[basis].change]] =
          figures.change;
        items.codes[i * BASES.length + b] = VERDICT_CODE[figures.verdict];
      }
    }
    return items;
  }

  /** The bands built so far, as a snapshot to merge; the job starts new histograms. */
  takeHistogram(): HistogramSnapshot {
    const histograms = this.histograms ?? new FloatHistograms(this.layout.cells);
    const snapshot = histograms.snapshot();
    // Histograms this job made are done: their memory serves the next ones in this thread.
    if (!this.writesElsewhere) histograms.release();
    this.histograms = null;
    return snapshot;
  }

  /** Each tier's served tokens and list price (row-major months × tiers in the workspace) as rows. */
  private addTiers(histograms: FloatHistograms): void {
    const { tierRow, months, layout, wsScen } = this;
    const n = layout.tiers.length;
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < months; t++) tierRow[t] = wsScen.tokensByTier[t * n + i];
      histograms.addRow(layout.tierOffset + i * months, tierRow, months);
      for (let t = 0; t < months; t++) tierRow[t] = wsScen.listPriceByTier[t * n + i];
      histograms.addRow(layout.tierOffset + (n + i) * months, tierRow, months);
    }
  }

  /** Flows summed per calendar year: a quantile of a sum is not the sum of quantiles. */
  private addYearly(histograms: FloatHistograms): void {
    const { yearRow, layout, months } = this;
    if (!layout.yearly) return;
    const series = this.wsScen.series;
    for (let s = 0; s < YEARLY_SERIES.length; s++) {
      const values = series[YEARLY_SERIES[s]];
      yearRow.fill(0);
      for (let t = 0; t < months; t++) yearRow[layout.yearOf[t]] += values[t];
      histograms.addRow(layout.yearOffset + s * yearRow.length, yearRow, yearRow.length);
    }
  }
}

/** Column of each figure in McItems.outputs. */
const OUTPUT_INDEX = Object.fromEntries(SAMPLE_OUTPUT_IDS.map((id, i) => [id, i])) as Record<
  (typeof SAMPLE_OUTPUT_IDS)[number],
  number
>;
