/**
 * One runner interface, two homes (SDEverywhere's ModelRunner, Squiggle's in-process runner):
 * - `createWorkerRunner()` runs Monte Carlo in a Web Worker; results come back as transferred
 *   typed arrays, so the page never blocks on it.
 * - `createInProcessRunner()` runs the same service in this thread but passes every message
 *   through structuredClone (with the same transfer lists), so Node tests cover the worker's
 *   message path bit for bit, and a browser without module workers still works.
 *
 * `run()` supersedes: a newer call makes the older one resolve as 'superseded' (its job is
 * abandoned by the worker at its next chunk), so callers can fire on every input.
 */
import type { FromWorker, McPayload, McResult, ToWorker } from './mc-protocol';
import { createMcService, type McServiceOptions } from './mc-service';

export type McOutcome =
  | { status: 'done'; result: McResult }
  | { status: 'superseded' }
  | { status: 'error'; message: string };

export interface McRunner {
  /** Starts a job (abandoning any running one); resolves when it ends one way or another. */
  run(payload: McPayload, onProgress?: (done: number, total: number) => void): Promise<McOutcome>;
  /** Stops the job in flight, if any. */
  cancel(): void;
  /** Frees the worker; the runner cannot be used afterwards. */
  terminate(): void;
}

/** Where messages go and come from: a Worker, or the in-process service. */
interface Transport {
  post(message: ToWorker): void;
  listen(handler: (message: FromWorker) => void): void;
  close(): void;
}

function runnerOver(transport: Transport): McRunner {
  let nextId = 1;
  let current: {
    id: number;
    resolve: (outcome: McOutcome) => void;
    onProgress?: (done: number, total: number) => void;
  } | null = null;
  transport.listen((message) => {
    if (!current || message.id !== current.id) return; // a stale job's news
    if (message.type === 'progress') {
      current.onProgress?.(message.done, message.total);
      return;
    }
    const job = current;
    current = null;
    if (message.type === 'result') job.resolve({ status: 'done', result: message.result });
    else if (message.type === 'error') job.resolve({ status: 'error', message: message.message });
    else job.resolve({ status: 'superseded' });
  });
  const supersede = () => {
    current?.resolve({ status: 'superseded' });
    current = null;
  };
  return {
    run(payload, onProgress) {
      supersede();
      const id = nextId++;
      return new Promise<McOutcome>((resolve) => {
        current = { id, resolve, onProgress };
        transport.post({ type: 'run', id, payload });
      });
    },
    cancel() {
      if (current) transport.post({ type: 'cancel', id: current.id });
      supersede();
    },
    terminate() {
      supersede();
      transport.close();
    },
  };
}

/** Monte Carlo in a module Web Worker (bundled by Vite from mc-worker.ts). */
export function createWorkerRunner(): McRunner {
  const worker = new Worker(new URL('./mc-worker.ts', import.meta.url), { type: 'module' });
  return runnerOver({
    post: (message) => worker.postMessage(message),
    listen: (handler) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => handler(event.data);
    },
    close: () => worker.terminate(),
  });
}

/**
 * Monte Carlo in this thread, through the same messages: each one is structured-cloned (transfer
 * lists honoured) and delivered in a later task, as a worker would see it.
 */
export function createInProcessRunner(options: McServiceOptions = {}): McRunner {
  // Messages here travel by setTimeout, so the run must yield by setTimeout too: timers fire in
  // order, so a message posted before the yield is seen before the run goes on.
  const yieldToEvents =
    options.yieldToEvents ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let toPage: (message: FromWorker) => void = () => {};
  let closed = false;
  const service = createMcService(
    (message, transfer) => {
      const copy = structuredClone(message, { transfer });
      setTimeout(() => !closed && toPage(copy), 0);
    },
    { ...options, yieldToEvents },
  );
  return runnerOver({
    post: (message) => {
      const copy = structuredClone(message);
      setTimeout(() => !closed && service.onMessage(copy), 0);
    },
    listen: (handler) => {
      toPage = handler;
    },
    close: () => {
      closed = true;
    },
  });
}

/** The worker where the browser has module workers, else the in-process runner. */
export function createBestRunner(): McRunner {
  try {
    return createWorkerRunner();
  } catch {
    return createInProcessRunner();
  }
}
