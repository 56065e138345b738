/**
 * Monte Carlo, sweeps, tornadoes and Sobol analyses on a ThreadPool — the same for Node's worker
 * threads and the app's Web Workers. Each validates in this thread first (so a bad request fails
 * with its UncertaintyInputError, not as a thread's message), hands the chunks to the pool and puts
 * the pieces together by index: the result is bit-identical to the one-thread functions.
 */
import type { ParamId } from '../../../models/schema';
import { toModelInputs } from '../../engine';
import { SWEEP_ITEM_WIDTH, type SweepItems, type SweepResult, sweepResult } from '../../engine/sweep';
import type { Scenario } from '../../model/types';
import type { BandSelection } from '../band-layout';
import { McAccumulator } from '../mc-accumulator';
import { McJob, type McItems } from '../mc-job';
import type { MonteCarloResult } from '../monte-carlo-types';
import { type Distributions, resolveDistributions } from '../resolve-distributions';
import {
  NO_BANDS,
  rankCorrelations,
  type SensitivityOptions,
  type SensitivityResult,
  type SwingRange,
  tornadoFrom,
  tornadoSwings,
} from '../sensitivity';
import {
  DEFAULT_BOOTSTRAP,
  type SobolOptions,
  type SobolOutput,
  type SobolResult,
  sobolRanges,
  sobolResult,
  sobolSetup,
} from '../sobol';
import { addRefusals, noRefusals, refusalError } from '../sampled-curve';
import { type SobolItems, sobolWork } from '../sobol-job';
import { type SwingItems, swingWork } from '../swing-job';
import { SENSITIVITY_OUTPUTS } from '../verdict-outputs';
import { chunkRanges, chunkSize } from './chunks';
import type { ThreadPool } from './coordinator';
import type { SobolOutputItems } from './protocol';
import { modelPayload } from './model-payload';

export interface PoolRunOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface PoolMonteCarloOptions extends PoolRunOptions {
  samples: number;
  seed: number;
  distributions?: Distributions;
  bands?: BandSelection;
  /** Samples per chunk (default: fixed by the sample count). Never changes a result. */
  chunk?: number;
  /**
   * Progressive runs: the sample counts after which a partial result is reported (each a prefix of
   * the run: the first n samples, exactly as a run of n samples would give them).
   */
  passes?: readonly number[];
  onPass?: (result: MonteCarloResult) => void;
}

/** Monte Carlo on a pool; the same numbers as `monteCarlo`. */
export async function monteCarloOnPool(
  pool: ThreadPool,
  scenario: Scenario,
  options: PoolMonteCarloOptions,
): Promise<MonteCarloResult> {
  const distributions = resolveDistributions(scenario, options.distributions);
  const setup = {
    inputs: toModelInputs(scenario),
    distributions,
    samples: options.samples,
    seed: options.seed,
    bands: options.bands,
  };
  // Validates and gives the run's shape (three small workspaces: nothing is run here).
  const shape = new McJob(setup).shape;
  const accumulator = new McAccumulator(shape);
  const spec = {
    kind: 'mc' as const,
    model: modelPayload(scenario),
    distributions,
    samples: options.samples,
    seed: options.seed,
    bands: options.bands,
  };
  const size = Math.max(1, Math.floor(options.chunk ?? chunkSize(options.samples)));
  const ends = [...(options.passes ?? []).filter((n) => n > 0 && n < options.samples), options.samples];
  let from = 0;
  for (const end of ends) {
    const aggregates = await pool.run(spec, chunkRanges(end, size, from), {
      onItems: (items) => accumulator.addItems(items as McItems),
      onProgress: options.onProgress && ((done) => options.onProgress?.(from + done, options.samples)),
      signal: options.signal,
    });
    for (const snapshot of aggregates) accumulator.addHistogram(snapshot);
    from = end;
    if (end < options.samples) options.onPass?.(accumulator.result());
  }
  return accumulator.result();
}

/** A sweep on a pool; the same numbers as `sweep`. */
export async function sweepOnPool(
  pool: ThreadPool,
  scenario: Scenario,
  paramId: ParamId,
  values: ArrayLike<number>,
  options: PoolRunOptions = {},
): Promise<SweepResult> {
  if (paramId === 'horizonMonths')
    throw new Error('sweep: horizonMonths cannot be swept (it sets the series length)');
  const figures = new Float64Array(values.length * SWEEP_ITEM_WIDTH);
  await pool.run(
    { kind: 'sweep', model: modelPayload(scenario), paramId, values: Float64Array.from(values) },
    chunkRanges(values.length, chunkSize(values.length, 50)),
    {
      onItems: (items) => figures.set((items as SweepItems).figures, items.start * SWEEP_ITEM_WIDTH),
      onProgress: options.onProgress,
      signal: options.signal,
    },
  );
  return sweepResult(paramId, values, figures);
}

/** The one-at-a-time tornado on a pool; the same numbers as `tornado`. */
export async function tornadoOnPool(
  pool: ThreadPool,
  scenario: Scenario,
  distributions: Distributions,
  range: SwingRange,
  options: PoolRunOptions = {},
): Promise<Pick<SensitivityResult, 'horizonMonths' | 'base' | 'tornado'>> {
  const inputs = toModelInputs(scenario);
  const swings = tornadoSwings(inputs, distributions, range);
  const width = SENSITIVITY_OUTPUTS.length;
  const outputs = new Float64Array(swings.length * width);
  const refused = noRefusals();
  await pool.run(
    { kind: 'swing', model: modelPayload(scenario), swings },
    chunkRanges(swings.length, chunkSize(swings.length, 4)),
    {
      onItems: (items) => {
        outputs.set((items as SwingItems).outputs, items.start * width);
        addRefusals(refused, (items as SwingItems).curve);
      },
      onProgress: options.onProgress,
      signal: options.signal,
    },
  );
  if (refused.count > 0) throw refusalError(refused, swings.length, swingWork(swings));
  return tornadoFrom(inputs, swings, outputs);
}

/** Sobol indices on a pool; the same numbers as `sensitivity(scenario, { method: 'sobol' })`. */
export async function sobolOnPool(
  pool: ThreadPool,
  scenario: Scenario,
  options: Omit<SobolOptions, 'onProgress' | 'signal'> & PoolRunOptions,
): Promise<SobolResult> {
  const setup = sobolSetup(scenario, options);
  const per = setup.width * SENSITIVITY_OUTPUTS.length;
  const outputs = new Float64Array(setup.rows * per);
  const refused = noRefusals();
  await pool.run(
    {
      kind: 'sobol',
      model: modelPayload(scenario),
      distributions: setup.distributions,
      rows: setup.rows,
      seed: setup.seed,
      factors: options.factors,
    },
    sobolRanges(setup.rows),
    {
      onItems: (items) => {
        outputs.set((items as SobolItems).outputs, items.start * per);
        addRefusals(refused, (items as SobolItems).curve);
      },
      onProgress:
        options.onProgress && ((done) => options.onProgress?.(done * setup.width, setup.evaluations)),
      signal: options.signal,
    },
  );
  if (refused.count > 0) throw refusalError(refused, setup.evaluations, sobolWork(setup.width));
  // The bootstrap of the intervals on the threads too, an output each (~0.1 s of the page's
  // thread for the app's design otherwise): the same function, so the same numbers.
  const bootstrap = options.bootstrap ?? DEFAULT_BOOTSTRAP;
  const byOutput: SobolOutput[] = [];
  const { rows, seed, factors, width } = setup;
  await pool.run(
    { kind: 'sobol-indices', design: { rows, seed, factors, width }, outputs, bootstrap },
    chunkRanges(SENSITIVITY_OUTPUTS.length, 1),
    {
      onItems: (items) => {
        const { start, indices } = items as SobolOutputItems;
        indices.forEach((output, i) => {
          byOutput[start + i] = output;
        });
      },
      signal: options.signal,
    },
  );
  return sobolResult(setup, outputs, bootstrap, byOutput);
}

/** `sensitivity` on a pool (either method); the same numbers as in this thread. */
export async function sensitivityOnPool(
  pool: ThreadPool,
  scenario: Scenario,
  options: (Omit<SensitivityOptions, 'onProgress' | 'signal'> | Omit<SobolOptions, 'onProgress' | 'signal'>) &
    PoolRunOptions = {},
): Promise<SensitivityResult | SobolResult> {
  if (options.method === 'sobol') return sobolOnPool(pool, scenario, options);
  const o = options as SensitivityOptions;
  const range = o.range ?? 'slider';
  const distributions = resolveDistributions(scenario, o.distributions);
  const samples = o.monteCarlo ? 0 : (o.samples ?? 1000);
  const swings = tornadoSwings(toModelInputs(scenario), distributions, range).length;
  const total = swings + samples;
  const oneAtATime = await tornadoOnPool(pool, scenario, distributions, range, {
    onProgress: o.onProgress && ((done) => o.onProgress?.(done, total)),
    signal: o.signal,
  });
  const mc =
    o.monteCarlo ??
    (samples > 0
      ? await monteCarloOnPool(pool, scenario, {
          samples,
          seed: o.seed ?? 1,
          distributions: o.distributions,
          bands: NO_BANDS,
          onProgress: o.onProgress && ((done) => o.onProgress?.(swings + done, total)),
          signal: o.signal,
        })
      : null);
  return { method: 'tornado', range, ...oneAtATime, global: mc ? rankCorrelations(mc) : null };
}
