/**
 * The Monte Carlo loop in this thread as a resumable object: `step(n)` runs n more samples, so a
 * caller can report progress or stop between chunks. It is the one-thread case of the parallel
 * run (src/uncertainty/parallel/): the same chunk job and the same accumulator, so the numbers are
 * bit-identical to a run on any number of threads, however either is chunked.
 */
import type { ModelInputs } from '../engine';
import type { ParamId } from '../model/types';
import type { BandSelection } from './band-layout';
import { McAccumulator } from './mc-accumulator';
import { McJob } from './mc-job';
import type { MonteCarloResult } from './monte-carlo-types';
import type { Distributions } from './resolve-distributions';

export { MAX_SAMPLES } from './mc-job';

export interface MonteCarloSetup {
  /** The scenario flattened by `toModelInputs`; not modified. */
  inputs: ModelInputs;
  /** Resolved distributions (see `resolveDistributions`), absolute, in catalogue units. */
  distributions: Distributions;
  samples: number;
  seed: number;
  /** Which bands to build (default all). */
  bands?: BandSelection;
}

export class MonteCarloRun {
  readonly samples: number;
  readonly seed: number;
  /** Simulated months per run (history + horizon). */
  readonly months: number;
  readonly parameterIds: readonly ParamId[];
  private done = 0;
  private readonly job: McJob;
  private readonly accumulator: McAccumulator;

  /** @throws UncertaintyInputError naming every bad field (samples, seed, distributions, bands). */
  constructor(setup: MonteCarloSetup) {
    this.job = new McJob(setup);
    this.accumulator = new McAccumulator(this.job.shape);
    // The job writes its bands straight into the accumulator's histograms: one thread, no merge.
    this.job.writeInto(this.accumulator.histograms);
    this.samples = setup.samples;
    this.seed = setup.seed;
    this.months = this.job.months;
    this.parameterIds = this.job.parameterIds;
  }

  /** Samples finished so far. */
  get completed(): number {
    return this.done;
  }

  /** Runs up to `count` more samples; returns how many are finished in all. */
  step(count: number): number {
    const end = Math.min(this.samples, this.done + Math.max(0, Math.floor(count)));
    if (end > this.done) this.accumulator.addItems(this.job.runChunk(this.done, end));
    this.done = end;
    return end;
  }

  /** The summary of the samples finished so far (all of them once `completed === samples`). */
  result(): MonteCarloResult {
    return this.accumulator.result();
  }
}
