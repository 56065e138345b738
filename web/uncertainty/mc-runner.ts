/**
 * The app's Monte Carlo runner: the coordinator on the page, the work on a pool of Web Workers
 * (web-pool.ts) — Monte Carlo first in a quick pass then in full, the tornado, and on request the
 * Sobol indices — through the same pool functions as Node's worker threads, so the numbers are
 * Node's, bit for bit. Everything the page does itself (placing chunks, reading quantiles off the
 * merged histograms, the bootstrap) takes milliseconds.
 *
 * A newer call supersedes: the older one resolves as 'superseded' at once, its pool run is aborted
 * (nothing more is handed out; the chunks in flight finish and are ignored), so callers can fire on
 * every input. `createInProcessRunner()` runs the same code with the executor in this thread
 * behind structuredClone: Node tests cover the message path, and a browser without module workers
 * still works.
 */
import type { ThreadPool } from '../../src/uncertainty/parallel/coordinator';
import { monteCarloOnPool, sobolOnPool, tornadoOnPool } from '../../src/uncertainty/parallel/pool-runs';
import { resolveDistributions } from '../../src/uncertainty/resolve-distributions';
import type { SobolResult } from '../../src/uncertainty/sobol';
import type { ParamId } from '../../src/model/types';
import { APP_BANDS } from './chart-bands';
import { type McRequest, type McResult, toMcResult } from './mc-protocol';
import { createInProcessPool, createWebPool } from './web-pool';

type McOutcome =
  | { status: 'done'; result: McResult }
  | { status: 'superseded' }
  | { status: 'error'; message: string };

type SobolOutcome =
  | { status: 'done'; sobol: SobolResult }
  | { status: 'superseded' }
  | { status: 'error'; message: string };

export interface McRunner {
  /**
   * Bands, P(backfire) and the tornado of `request.scenario` (abandoning any running job);
   * `onPartial` gets the result of each quick pass the request asks for.
   */
  run(
    request: McRequest,
    onProgress?: (done: number, total: number) => void,
    onPartial?: (result: McResult) => void,
  ): Promise<McOutcome>;
  /** Sobol indices of the rebound (abandoning any running job), `factors` alone and the rest as a group. */
  sobol?(
    request: McRequest,
    factors: ParamId[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<SobolOutcome>;
  /** Stops the job in flight, if any. */
  cancel(): void;
  /** Frees the workers; the runner cannot be used afterwards. */
  terminate(): void;
}

export interface McRunnerOptions {
  /** Monte Carlo samples per chunk (default 16, ~30 ms of a worker's time: a superseded run stops soon). */
  chunk?: number;
  /** Bootstrap resamples of the Sobol intervals (default 500). */
  bootstrap?: number;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A runner over `pool` (which it owns and closes on terminate). */
function createPoolRunner(pool: ThreadPool, options: McRunnerOptions = {}): McRunner {
  let current: { controller: AbortController; settle: () => void } | null = null;

  /** Aborts the job in flight and starts a new one. */
  const begin = <T>(work: (signal: AbortSignal) => Promise<T>, superseded: T, failed: (m: string) => T) => {
    current?.settle();
    const controller = new AbortController();
    return new Promise<T>((resolve) => {
      const job = {
        controller,
        settle: () => {
          controller.abort(new Error('superseded'));
          resolve(superseded);
        },
      };
      current = job;
      work(controller.signal).then(
        (value) => {
          if (current === job) current = null;
          resolve(value);
        },
        (error: unknown) => {
          if (current === job) current = null;
          resolve(controller.signal.aborted ? superseded : failed(message(error)));
        },
      );
    });
  };

  return {
    run(request, onProgress, onPartial) {
      return begin<McOutcome>(
        async (signal) => {
          const { scenario } = request;
          const distributions = resolveDistributions(scenario);
          const mc = await monteCarloOnPool(pool, scenario, {
            samples: request.samples,
            seed: request.seed,
            bands: APP_BANDS,
            chunk: options.chunk ?? 16,
            passes: request.passes ?? [],
            onPass: (partial) => onPartial?.(toMcResult(partial, distributions, false, null)),
            onProgress,
            signal,
          });
          const range = request.range ?? 'distribution';
          const tornado = await tornadoOnPool(pool, scenario, distributions, range, { signal });
          const sensitivity = { method: 'tornado' as const, range, ...tornado, global: null };
          return { status: 'done', result: toMcResult(mc, distributions, true, sensitivity) };
        },
        { status: 'superseded' },
        (m) => ({ status: 'error', message: m }),
      );
    },
    sobol(request, factors, onProgress) {
      return begin<SobolOutcome>(
        async (signal) => {
          const sobol = await sobolOnPool(pool, request.scenario, {
            method: 'sobol',
            samples: request.sobolRows || 64,
            seed: request.seed,
            bootstrap: options.bootstrap ?? 500,
            factors,
            onProgress,
            signal,
          });
          return { status: 'done', sobol };
        },
        { status: 'superseded' },
        (m) => ({ status: 'error', message: m }),
      );
    },
    cancel() {
      current?.settle();
      current = null;
    },
    terminate() {
      current?.settle();
      current = null;
      pool.close();
    },
  };
}

/** The runner with the executor in this thread (tests; browsers without module workers). */
export function createInProcessRunner(options: McRunnerOptions = {}): McRunner {
  return createPoolRunner(createInProcessPool(), options);
}

/** The pool of Web Workers where the browser has module workers, else the in-process runner. */
export function createBestRunner(): McRunner {
  const pool = createWebPool();
  return pool ? createPoolRunner(pool) : createInProcessRunner();
}
