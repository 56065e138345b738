/**
 * The app's pool of Web Workers for Monte Carlo, the tornado and Sobol indices: one per core but one
 * (at most four: each holds its own copy of the engine and warms it up), behind the same ThreadPool as
 * Node's worker threads, so the page gets the numbers Node gets. Where module workers are missing
 * (and in Node tests) the same executor runs in this thread behind structuredClone.
 */
import { inProcessThread, type ThreadHandle, ThreadPool } from '../../src/uncertainty/parallel/coordinator';
import type { FromThread } from '../../src/uncertainty/parallel/protocol';

/** Most workers the app starts. */
const MAX_WEB_WORKERS = 4;

function webWorkerThread(): ThreadHandle {
  const worker = new Worker(new URL('./pool-worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onFailure) {
      worker.onmessage = (event: MessageEvent<FromThread>) => onMessage(event.data);
      worker.onerror = (event) => onFailure(new Error(event.message || 'worker failed'));
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * Workers for this device: its cores but one, between 1 and MAX_WEB_WORKERS. The page keeps a core:
 * the bands run for about a second after an input, and a slider moved meanwhile must not share a
 * core with them — with a worker on every core of a two-core machine, the page's answer to a step
 * took twice its own work (p50 6–8 ms against 4 ms without the bands; p95 18–27 ms against 8 ms).
 */
export function webPoolSize(cores: number): number {
  return Math.max(1, Math.min(MAX_WEB_WORKERS, cores - 1));
}

function deviceCores(): number {
  return typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
}

/**
 * A pool of Web Workers, or null where module workers cannot start. Each worker holds two chunks:
 * right after an input the page's thread is busy redrawing, and a worker with one chunk would
 * wait for it between chunks; a superseded run then ends a chunk (16 samples, ~10 ms) later.
 */
export function createWebPool(size = webPoolSize(deviceCores())): ThreadPool | null {
  try {
    return new ThreadPool(Array.from({ length: size }, webWorkerThread), { inFlight: 2 });
  } catch {
    return null;
  }
}

/**
 * The executor in this thread, one message per task (setTimeout: vitest's fake timers drive it in
 * tests, and the page stays responsive between chunks where no worker can start).
 */
export function createInProcessPool(): ThreadPool {
  return new ThreadPool([inProcessThread((fn) => setTimeout(fn, 0))]);
}
