/**
 * The coordinating side of parallel work, for any kind of thread: it sets a job up on every thread,
 * hands out chunks to whichever thread is free (so a slow thread never holds the others back), and
 * gives each finished chunk to the caller, who places its items at their indices. Once the last
 * chunk is handed out, every thread is asked for its histograms at once: a thread answers after the
 * chunks it holds (messages are handled in order), so the run ends when the last chunk does, not a
 * round trip later. Which thread ran
 * which chunk, and in what order they finished, never reaches a result: items land by index and
 * histograms add up.
 */
import type { HistogramSnapshot } from '../float-histogram';
import { createExecutor } from './executor';
import type { ChunkItems, FromThread, JobSpec, ToThread } from './protocol';

/** One thread as the coordinator sees it. */
export interface ThreadHandle {
  post(message: ToThread): void;
  /** Messages from the thread, and its failure (it crashed or could not start). */
  listen(onMessage: (message: FromThread) => void, onFailure: (error: Error) => void): void;
  terminate(): void;
  /** Keeps the process alive while a run needs the thread (Node's workers are unref'd when idle). */
  hold?(on: boolean): void;
  /**
   * True for the executor in the coordinator's own thread: it holds one chunk at a time whatever
   * `inFlight` says. Chunks queued to it would run back to back before the coordinator reads the
   * workers' messages again (two chunks of ~30 ms each, and a worker holding two ran out of work
   * and idled ~15 % of a 2-thread run).
   */
  local?: boolean;
}

export interface RunHandlers {
  /** A finished chunk (in any order). */
  onItems(items: ChunkItems): void;
  /** Items done so far and the total, after each chunk. */
  onProgress?(done: number, total: number): void;
  /** Stops the run: nothing more is handed out and the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

interface Running {
  job: number;
  queue: [number, number][];
  /** Chunks out, per thread. */
  out: number[];
  done: number;
  total: number;
  handlers: RunHandlers;
  /** Whether the threads were asked for their aggregates; how many are still awaited, and those received by thread. */
  collecting: boolean;
  awaiting: number;
  aggregates: (HistogramSnapshot | null)[];
  resolve(aggregates: HistogramSnapshot[]): void;
  reject(error: unknown): void;
}

export interface PoolOptions {
  /**
   * Chunks a thread holds at once (default 1). With 2, the next chunk already waits in the
   * thread's queue when it finishes one, so it never idles while this thread — descheduled on a
   * busy machine — gets round to answering; a superseded run then stops one chunk later.
   */
  inFlight?: number;
}

export class ThreadPool {
  private nextJob = 1;
  private running: Running | null = null;
  private closed = false;
  private readonly inFlight: number;

  constructor(
    private readonly threads: readonly ThreadHandle[],
    options: PoolOptions = {},
  ) {
    this.inFlight = Math.max(1, Math.floor(options.inFlight ?? 1));
    if (threads.length === 0) throw new Error('thread pool: needs at least one thread');
    threads.forEach((thread, t) => {
      thread.listen(
        (message) => this.receive(t, message),
        (error) => this.fail(error),
      );
    });
  }

  /** Number of threads. */
  get size(): number {
    return this.threads.length;
  }

  /**
   * Runs the chunks `ranges` of `spec` and resolves with every thread's histograms (Monte Carlo;
   * empty for other kinds) once every chunk is in. One run at a time.
   */
  run(
    spec: JobSpec,
    ranges: readonly [number, number][],
    handlers: RunHandlers,
  ): Promise<HistogramSnapshot[]> {
    if (this.closed) return Promise.reject(new Error('thread pool: closed'));
    if (this.running) return Promise.reject(new Error('thread pool: a run is already going'));
    const signal = handlers.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const job = this.nextJob++;
    return new Promise<HistogramSnapshot[]>((resolve, reject) => {
      const running: Running = {
        job,
        queue: ranges.map((r) => [r[0], r[1]]),
        out: this.threads.map(() => 0),
        done: 0,
        total: ranges.reduce((sum, [s, e]) => sum + (e - s), 0),
        handlers,
        collecting: false,
        awaiting: 0,
        aggregates: this.threads.map(() => null),
        resolve,
        reject,
      };
      this.running = running;
      for (const thread of this.threads) thread.hold?.(true);
      const onAbort = () => this.finish(running, signal?.reason, true);
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (fn: () => void) => {
        signal?.removeEventListener('abort', onAbort);
        fn();
      };
      running.resolve = (value) => settle(() => resolve(value));
      running.reject = (error) => settle(() => reject(error));
      for (const thread of this.threads) thread.post({ type: 'job', job, spec });
      for (let k = 0; k < this.inFlight; k++)
        for (let t = 0; t < this.threads.length; t++) this.dispatch(running, t);
      if (running.queue.length === 0) this.collect(running);
    });
  }

  /** Stops every thread; the pool cannot be used afterwards. A run in flight rejects. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.running) this.finish(this.running, new Error('thread pool: closed'), true);
    for (const thread of this.threads) thread.terminate();
  }

  /**
   * Hands thread t its next chunk, if any (`inFlight` at a time: the rest wait for a free thread).
   * Towards the end a thread holds fewer: as many as the chunks left would give every thread, so
   * that once no more chunks are left than threads, each holds one, and no chunk waits behind
   * another in a busy thread's queue while a thread is idle.
   */
  private dispatch(running: Running, t: number): void {
    const share = Math.floor(running.queue.length / this.threads.length);
    const most = this.threads[t].local ? 1 : Math.min(this.inFlight, share);
    if (running.out[t] > 0 && running.out[t] >= most) return;
    const next = running.queue.shift();
    if (!next) return;
    running.out[t]++;
    this.threads[t].post({ type: 'chunk', job: running.job, start: next[0], end: next[1] });
  }

  private receive(t: number, message: FromThread): void {
    const running = this.running;
    if (!running || message.job !== running.job) return; // a stopped job's news
    if (message.type === 'error') {
      this.finish(running, new Error(message.message), true);
      return;
    }
    if (message.type === 'chunk') {
      running.out[t]--;
      const items = message.items;
      running.done += items.end - items.start;
      try {
        running.handlers.onItems(items);
        running.handlers.onProgress?.(running.done, running.total);
      } catch (error) {
        this.finish(running, error, true);
        return;
      }
      if (this.running !== running) return; // the handler stopped the run
      this.dispatch(running, t);
      if (running.queue.length === 0) this.collect(running);
    } else {
      running.aggregates[t] = message.histogram;
      running.awaiting--;
    }
    this.settleIfDone(running);
  }

  /** Asks every thread for its aggregate once no chunk is left to hand out (once per run). */
  private collect(running: Running): void {
    if (running.collecting) return;
    running.collecting = true;
    running.awaiting = this.threads.length;
    for (const thread of this.threads) thread.post({ type: 'collect', job: running.job });
  }

  /** Resolves the run when every chunk and every aggregate is in. */
  private settleIfDone(running: Running): void {
    if (this.running !== running || !running.collecting || running.awaiting > 0) return;
    if (running.queue.length > 0 || running.out.some((n) => n > 0)) return;
    const aggregates = running.aggregates.filter((h): h is HistogramSnapshot => h !== null);
    this.finish(running, null, false);
    running.resolve(aggregates);
  }

  /** Ends the run: the threads drop the job; with `failed`, the promise rejects with `error`. */
  private finish(running: Running, error: unknown, failed: boolean): void {
    if (this.running !== running) return;
    this.running = null;
    for (const thread of this.threads) thread.hold?.(false);
    if (!this.closed) for (const thread of this.threads) thread.post({ type: 'drop', job: running.job });
    if (failed) running.reject(error);
  }

  private fail(error: Error): void {
    if (this.running) this.finish(this.running, error, true);
  }
}

/**
 * The executor in this thread behind the ThreadHandle interface: every message is structured-cloned
 * (transfer lists honoured) and delivered in a later task through `defer`, as a thread would see
 * it, so a one-thread run yields to the event loop between chunks (a stop, a signal, a newer input
 * get in) and tests cover the threads' message path exactly.
 */
export function inProcessThread(defer: (fn: () => void) => void): ThreadHandle {
  let toCoordinator: (message: FromThread) => void = () => {};
  let onFailure: (error: Error) => void = () => {};
  let closed = false;
  const executor = createExecutor((message, transfer) => {
    const copy = structuredClone(message, { transfer });
    defer(() => !closed && toCoordinator(copy));
  });
  return {
    local: true,
    post(message) {
      const copy = structuredClone(message);
      defer(() => {
        if (closed) return;
        executor.onMessage(copy).catch((error) => onFailure(error as Error));
      });
    },
    listen(onMessage, failure) {
      toCoordinator = onMessage;
      onFailure = failure;
    },
    terminate() {
      closed = true;
    },
  };
}
