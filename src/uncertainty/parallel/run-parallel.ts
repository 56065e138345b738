/**
 * The library's uncertainty on every core (Node): `monteCarloParallel`, `sweepParallel` and
 * `sensitivityParallel` take the options of their one-thread counterparts plus `threads` (default:
 * every core, os.availableParallelism()) and return the same numbers, bit for bit, for any number of
 * threads. Aborting the signal stops the run and terminates its threads.
 *
 * The pool is kept for the next call with the same number of threads: a worker thread takes ~0.1 s
 * to start and then runs the engine unoptimised until V8 has compiled it (about a second of CPU on
 * this project's machine, which a 2-thread run of 4,000 samples paid as ~30 % more CPU than one
 * thread), so a second call starts warm. Idle workers are unref'd: they never keep the process
 * alive. A call while the kept pool is busy, or after a run failed or was stopped, gets a pool of its own.
 */
import type { ParamId } from '../../../models/schema';
import type { SweepResult } from '../../engine/sweep';
import type { Scenario } from '../../model/types';
import type { MonteCarloResult } from '../monte-carlo-types';
import type { SensitivityOptions, SensitivityResult } from '../sensitivity';
import { DEFAULT_SOBOL_ROWS, type SobolOptions, type SobolResult } from '../sobol';
import type { ThreadPool } from './coordinator';
import { createNodePool, defaultThreads } from './node-pool';
import {
  monteCarloOnPool,
  type PoolMonteCarloOptions,
  type PoolRunOptions,
  sensitivityOnPool,
  sweepOnPool,
} from './pool-runs';

export interface ThreadOptions {
  /**
   * Threads to use, 1 … 256. Default: every core, but no more than one per ~100 verdicts of work
   * (a worker thread takes ~0.1 s to start and warm up). Never changes a result.
   */
  threads?: number;
}

/** Verdicts of work (three engine runs each) that make another worker thread worth starting. */
const WORK_PER_THREAD = 100;

/** The threads of a run of `work` verdicts: as asked, or by default every core the work can use. */
function threadsFor(threads: number | undefined, work: number): number {
  if (threads !== undefined) return threads;
  return Math.max(1, Math.min(defaultThreads(), Math.floor(work / WORK_PER_THREAD)));
}

/** The pool kept between calls, its thread count, and whether a run is using it. */
let kept: { threads: number; pool: Promise<ThreadPool>; busy: boolean } | null = null;

async function withPool<T>(threads: number, work: (pool: ThreadPool) => Promise<T>): Promise<T> {
  // One thread is this thread alone: nothing to start or keep.
  if (threads === 1 || kept?.busy) return withOwnPool(threads, work);
  if (kept && kept.threads !== threads) {
    void kept.pool.then(
      (pool) => pool.close(),
      () => {},
    );
    kept = null;
  }
  const entry = kept ?? { threads, pool: createNodePool(threads), busy: false };
  kept = entry;
  entry.busy = true;
  try {
    const result = await work(await entry.pool);
    entry.busy = false;
    return result;
  } catch (error) {
    // A stopped or failed run terminates its threads (Ctrl-C leaves none behind); the next call starts afresh.
    if (kept === entry) kept = null;
    void entry.pool.then(
      (pool) => pool.close(),
      () => {},
    );
    throw error;
  }
}

async function withOwnPool<T>(threads: number, work: (pool: ThreadPool) => Promise<T>): Promise<T> {
  const pool = await createNodePool(threads);
  try {
    return await work(pool);
  } finally {
    pool.close();
  }
}

/** `monteCarlo` on worker threads. */
export function monteCarloParallel(
  scenario: Scenario,
  options: PoolMonteCarloOptions & ThreadOptions,
): Promise<MonteCarloResult> {
  return withPool(threadsFor(options.threads, options.samples), (pool) =>
    monteCarloOnPool(pool, scenario, options),
  );
}

/** `sweep` on worker threads (the values are checked as `sweep` checks them in src/index.ts). */
export function sweepParallel(
  scenario: Scenario,
  paramId: ParamId,
  values: ArrayLike<number>,
  options: PoolRunOptions & ThreadOptions = {},
): Promise<SweepResult> {
  return withPool(threadsFor(options.threads, values.length), (pool) =>
    sweepOnPool(pool, scenario, paramId, values, options),
  );
}

/** `sensitivity` on worker threads, either method. */
export function sensitivityParallel(
  scenario: Scenario,
  options?: Omit<SensitivityOptions, 'signal'> & PoolRunOptions & ThreadOptions,
): Promise<SensitivityResult>;
export function sensitivityParallel(
  scenario: Scenario,
  options: Omit<SobolOptions, 'signal' | 'onProgress'> & PoolRunOptions & ThreadOptions,
): Promise<SobolResult>;
export function sensitivityParallel(
  scenario: Scenario,
  options: (Omit<SensitivityOptions, 'signal'> | Omit<SobolOptions, 'signal' | 'onProgress'>) &
    PoolRunOptions &
    ThreadOptions = {},
): Promise<SensitivityResult | SobolResult> {
  // The work: a Sobol design's verdicts, or the tornado's swings (~2 per parameter) and its Monte Carlo.
  const work =
    options.method === 'sobol'
      ? (options.samples ?? DEFAULT_SOBOL_ROWS) * 23
      : 130 + ((options as SensitivityOptions).samples ?? 1000);
  return withPool(threadsFor(options.threads, work), (pool) => sensitivityOnPool(pool, scenario, options));
}
