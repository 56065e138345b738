/**
 * The page side of the analysis. Requests are debounced — work starts once input has rested for
 * `quietMs`, the same quiet period the Monte Carlo waits for — and a new request abandons the one in
 * flight, so a drag never queues stale work. Results come back stage by stage with the scenario they
 * belong to. The transport is a Web Worker, or (where module workers are missing, and in Node tests)
 * the same service in this thread behind structuredClone (in-process-transport.ts).
 */
import type { Scenario } from '../../src/model/types';
import { DeadlineTimer } from '../state/deadline-timer';
import { type FromWorker, type Stage, type StageValues, type ToWorker, toPayload } from './analysis-protocol';

export interface AnalysisTransport {
  post(message: ToWorker): void;
  listen(handler: (message: FromWorker) => void): void;
  close(): void;
}

/** The analysis in a module Web Worker (bundled by Vite from analysis-worker.ts). */
function workerTransport(): AnalysisTransport {
  const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (message) => worker.postMessage(message),
    listen: (handler) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => handler(event.data);
    },
    close: () => worker.terminate(),
  };
}

/**
 * The in-process service (in-process-transport.ts) in its own chunk: only a browser without module
 * workers needs it, so the page's first chunk holds this stand-in, which keeps the messages posted
 * before the chunk is in and hands them on in order.
 */
function lazyInProcessTransport(): AnalysisTransport {
  let handler: (message: FromWorker) => void = () => {};
  let real: AnalysisTransport | null = null;
  let closed = false;
  const queued: ToWorker[] = [];
  void import('./in-process-transport').then(
    ({ inProcessTransport }) => {
      if (closed) return;
      real = inProcessTransport();
      real.listen(handler);
      for (const message of queued.splice(0)) real.post(message);
    },
    (error: unknown) => {
      // Each waiting run is answered, so the page does not wait for it for ever.
      for (const message of queued.splice(0))
        if (message.type === 'run') handler({ type: 'error', id: message.id, message: String(error) });
    },
  );
  return {
    post: (message) => (real ? real.post(message) : void queued.push(message)),
    listen: (h) => {
      handler = h;
      real?.listen(h);
    },
    close: () => {
      closed = true;
      real?.close();
    },
  };
}

/** The worker where the browser has module workers, else the in-process service. */
export function bestTransport(): AnalysisTransport {
  try {
    return workerTransport();
  } catch {
    return lazyInProcessTransport();
  }
}

export interface AnalysisListener {
  /** A stage finished for `scenario` (the scenario object the request was made with). */
  stage<S extends Stage>(stage: S, value: StageValues[S], scenario: Scenario): void;
  /** Pending or running work started or ended. */
  busy(busy: boolean): void;
  /** The run refused (a verdict that states no answer, in the CLI's words); no later stage comes. */
  error(message: string): void;
  /** A stage left something out, and why (a decomposition resting on runs with no answer). */
  notice?(message: string): void;
}

interface Request {
  scenario: Scenario;
  stages: Stage[];
  sweepValues: Float64Array;
}

export class AnalysisClient {
  private pending: Request | null = null;
  private current: { id: number; scenario: Scenario } | null = null;
  private readonly timer = new DeadlineTimer(() => this.send());
  private nextId = 1;
  private wasBusy = false;

  /**
   * `mayStart` says whether the run may start now: the app holds the analysis while the Monte Carlo
   * runs, so one background thread at a time shares the CPU with the page; `poke()` re-checks.
   */
  constructor(
    private readonly transport: AnalysisTransport,
    private readonly quietMs: number,
    private readonly listener: AnalysisListener,
    private readonly mayStart: () => boolean = () => true,
  ) {
    transport.listen((message) => this.receive(message));
  }

  /** Starts a request held by `mayStart` once it allows it. */
  poke(): void {
    if (this.pending && !this.timer.pending && !this.current) this.send();
  }

  /** True while a request waits for quiet or a run is in flight. */
  get busy(): boolean {
    return this.pending !== null || this.current !== null;
  }

  /**
   * Asks for `stages` of `scenario` once input has rested; replaces any request not yet started
   * and abandons the run in flight. No stages: cancel everything.
   */
  request(scenario: Scenario, stages: Stage[], sweepValues: Float64Array): void {
    this.abandonCurrent();
    this.pending = stages.length > 0 ? { scenario, stages, sweepValues } : null;
    if (this.pending) this.timer.after(this.quietMs);
    else this.timer.cancel();
    this.reportBusy();
  }

  dispose(): void {
    this.timer.cancel();
    this.transport.close();
  }

  private abandonCurrent(): void {
    if (!this.current) return;
    this.transport.post({ type: 'cancel', id: this.current.id });
    this.current = null;
  }

  private send(): void {
    const request = this.pending;
    if (!request || !this.mayStart()) return;
    this.pending = null;
    let payload: ReturnType<typeof toPayload>;
    try {
      payload = toPayload(request.scenario, request.stages, request.sweepValues);
    } catch (error) {
      this.listener.error(error instanceof Error ? error.message : String(error));
      this.reportBusy();
      return;
    }
    const id = this.nextId++;
    this.current = { id, scenario: request.scenario };
    this.transport.post({ type: 'run', id, payload });
  }

  private receive(message: FromWorker): void {
    const current = this.current;
    if (!current || message.id !== current.id) return; // a stale run's news
    if (message.type === 'stage') {
      this.listener.stage(message.stage, message.value as never, current.scenario);
      return;
    }
    if (message.type === 'notice') {
      this.listener.notice?.(message.message);
      return;
    }
    this.current = null;
    if (message.type === 'error') this.listener.error(message.message);
    this.reportBusy();
  }

  private reportBusy(): void {
    const busy = this.busy;
    if (busy !== this.wasBusy) {
      this.wasBusy = busy;
      this.listener.busy(busy);
    }
  }
}
