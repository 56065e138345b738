import { toModelInputs } from '../engine';
import type { Scenario } from '../model/types';
import type { BandSelection } from './band-layout';
import type { MonteCarloResult } from './monte-carlo-types';
import { MonteCarloRun } from './monte-carlo-run';
import { chunkSize } from './parallel/chunks';
import { type Distributions, resolveDistributions } from './resolve-distributions';

export interface MonteCarloOptions {
  /** Number of samples, 1 … 10,000,000. */
  samples: number;
  /** Integer 0 … 2^53 − 1; the same seed gives bit-identical results in Node, browser and worker, on any number of threads. */
  seed: number;
  /**
   * Exactly these parameters are uncertain (nothing else). Without it: the catalogue's defaults,
   * moved to the scenario's values, overridden by the scenario's own `distributions`.
   */
  distributions?: Distributions;
  /**
   * Which bands to compute (default every series, tier and year). A view that draws four series
   * asks for those four: the bands are the run's cost beside the engine.
   */
  bands?: BandSelection;
  /** Called after each chunk with samples done and total. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks; an aborted run throws the signal's reason. */
  signal?: AbortSignal;
  /** Samples per chunk between progress calls (default: fixed by the sample count). Never changes a result. */
  chunk?: number;
}

/**
 * Monte Carlo over the uncertain parameters of a scenario, in this thread (`monteCarloParallel`
 * gives the same numbers on every core): for each sample, the three runs of the Jevons verdict
 * (base, mechanical, scenario). Returns p5 … p95 bands for every series of the scenario run (and
 * each tier's tokens and list price, and yearly sums of the flows; or those `bands` selects), the
 * probability that the verdict on served compute at the run's end — the headline — is backfire, and
 * the same on capex (each with a 95 % Wilson interval over the samples whose rebound is defined;
 * undefined ones are counted apart), exact quantiles of the rebound and of the change vs base on
 * every basis, and the per-sample values that `sensitivity` ranks.
 * @throws UncertaintyInputError for a bad sample count, seed, distribution or band selection.
 */
export function monteCarlo(scenario: Scenario, options: MonteCarloOptions): MonteCarloResult {
  const run = new MonteCarloRun({
    inputs: toModelInputs(scenario),
    distributions: resolveDistributions(scenario, options.distributions),
    samples: options.samples,
    seed: options.seed,
    bands: options.bands,
  });
  const chunk = Math.max(1, Math.floor(options.chunk ?? chunkSize(run.samples)));
  while (run.completed < run.samples) {
    options.signal?.throwIfAborted();
    run.step(chunk);
    options.onProgress?.(run.completed, run.samples);
  }
  return run.result();
}
