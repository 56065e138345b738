/**
 * Threads for Node: the executor in this thread (it yields between chunks so Ctrl-C is seen) and,
 * for more than one thread, worker_threads running dist/jevons-worker.js beside it.
 *
 * Finding the worker's code is the delicate part, because the same source runs in three shapes:
 * - the built library (dist/jevons.js) and the CLI bundle (dist/cli.js, whose code may sit in
 *   dist/chunks/): the worker bundle is dist/jevons-worker.js, beside or one level up;
 * - the TypeScript sources (vitest): there is no bundle, so node-worker.ts is bundled on the fly
 *   with esbuild (a development dependency) into a temporary file, once per process;
 * - anything else (another bundler): an error that says what is missing.
 */
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { inProcessThread, type ThreadHandle, ThreadPool } from './coordinator';
import type { FromThread } from './protocol';

/** Most threads a run may ask for. */
export const MAX_THREADS = 256;

/** The default: every core this process may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/** "threads: must be …" naming the field, rule and value; null when fine. */
export function validateThreads(threads: unknown, field = 'threads'): string | null {
  if (typeof threads !== 'number' || !Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS) {
    return `${field}: must be a whole number from 1 to ${MAX_THREADS}, got ${JSON.stringify(threads)}`;
  }
  return null;
}

let sourceBundle: Promise<URL> | null = null;

/** node-worker.ts bundled with esbuild into a temporary file (removed when the process exits). */
function bundleFromSource(entry: URL): Promise<URL> {
  sourceBundle ??= (async () => {
    // A computed name: bundlers must not pull esbuild into a bundle of this file.
    const esbuildName = 'esbuild';
    const { build } = (await import(esbuildName)) as typeof import('esbuild');
    const out = await build({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as __jevonsRequire } from 'node:module'; const require = __jevonsRequire(import.meta.url);",
      },
    });
    const file = join(tmpdir(), `jevons-worker-${process.pid}-${Date.now().toString(36)}.mjs`);
    writeFileSync(file, out.outputFiles[0].text);
    process.once('exit', () => {
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    });
    return pathToFileURL(file);
  })();
  return sourceBundle;
}

/** Where the worker's code is (see the comment at the top). */
async function workerEntry(): Promise<URL> {
  for (const relative of ['./jevons-worker.js', '../jevons-worker.js']) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(url)) return url;
  }
  const source = new URL('./node-worker.ts', import.meta.url);
  if (import.meta.url.endsWith('.ts') && existsSync(source)) return bundleFromSource(source);
  throw new Error(
    `worker threads: jevons-worker.js is missing beside ${fileURLToPath(import.meta.url)}; run \`npm run build:lib\` (or pass threads: 1)`,
  );
}

function workerThread(entry: URL): ThreadHandle {
  const worker = new Worker(entry);
  // An idle worker never holds the process open (a pool may be kept between runs: run-parallel.ts).
  worker.unref();
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onFailure) {
      worker.on('message', (message: FromThread) => onMessage(message));
      worker.on('error', (error) => onFailure(error));
      worker.on('exit', (code) => {
        if (code !== 0) onFailure(new Error(`worker thread stopped with exit code ${code}`));
      });
    },
    terminate: () => {
      void worker.terminate();
    },
    hold: (on) => {
      if (on) worker.ref();
      else worker.unref();
    },
  };
}

/**
 * A pool of `threads` threads: this thread and threads − 1 worker threads. This thread would
 * otherwise only wait: as one of the pool it saves a worker's start and the warm-up of its
 * compiler (~15 % of a 2-thread Monte Carlo's CPU time went to the split), and a thread that is
 * already warm starts at full speed. It runs one chunk at a time between its other events, so
 * progress, Ctrl-C and the workers' messages wait at most a chunk (~0.1 s).
 */
export async function createNodePool(threads: number = defaultThreads()): Promise<ThreadPool> {
  const problem = validateThreads(threads);
  if (problem) throw new Error(problem);
  const here = inProcessThread((fn) => setImmediate(fn));
  if (threads === 1) return new ThreadPool([here]);
  const entry = await workerEntry();
  // Three chunks a worker: its next chunks wait in its queue while this thread, busy with its own
  // chunk (or paused by its garbage collector, or descheduled), gets round to answering. A stop
  // then comes up to two chunks later (~60 ms); the last chunks are held one a thread.
  return new ThreadPool([here, ...Array.from({ length: threads - 1 }, () => workerThread(entry))], {
    inFlight: 3,
  });
}
