/**
 * The page side of the analysis. Requests are debounced — work starts once input has rested for
 * `quietMs`, the same quiet period the Monte Carlo waits for — and a new request abandons the one in
 * flight, so a drag never queues stale work. Results come back stage by stage with the scenario they
 * belong to. The transport is a Web Worker, or (where module workers are missing, and in Node tests)
 * the same service in this thread behind structuredClone.
 */
import type { Scenario } from '../../src/model/types';
import { type FromWorker, type Stage, type StageValues, type ToWorker, toPayload } from './analysis-protocol';
import { type AnalysisServiceOptions, createAnalysisService } from './analysis-service';

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

/** The same service in this thread; every message is structured-cloned and delivered in a later task. */
export function inProcessTransport(options: AnalysisServiceOptions = {}): AnalysisTransport {
  const yieldToEvents =
    options.yieldToEvents ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let toPage: (message: FromWorker) => void = () => {};
  let closed = false;
  const service = createAnalysisService(
    (message, transfer) => {
      const copy = structuredClone(message, { transfer });
      setTimeout(() => !closed && toPage(copy), 0);
    },
    { ...options, yieldToEvents },
  );
  return {
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
  };
}

/** The worker where the browser has module workers, else the in-process service. */
export function bestTransport(): AnalysisTransport {
  try {
    return workerTransport();
  } catch {
    return inProcessTransport();
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
  private timer: ReturnType<typeof setTimeout> | null = null;
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
    if (this.pending && this.timer === null && !this.current) this.send();
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
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.abandonCurrent();
    this.pending = stages.length > 0 ? { scenario, stages, sweepValues } : null;
    if (this.pending) this.timer = setTimeout(() => this.send(), this.quietMs);
    this.reportBusy();
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.transport.close();
  }

  private abandonCurrent(): void {
    if (!this.current) return;
    this.transport.post({ type: 'cancel', id: this.current.id });
    this.current = null;
  }

  private send(): void {
    this.timer = null;
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
