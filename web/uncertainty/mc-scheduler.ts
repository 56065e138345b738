/**
 * Coalesces bursts of input into Monte Carlo runs (SDEverywhere's model scheduler): it keeps a
 * "run needed" flag and the latest scenario; a burst of slider events within one tick becomes one
 * request, and at most one request leaves per `minIntervalMs`. A request while a run is in flight
 * supersedes it (the worker abandons it between chunks), so a drag never queues stale runs and the
 * bands follow the last input as soon as one run can finish.
 */
import type { Scenario } from '../../src/model/types';
import type { McRequestOptions, McResult } from './mc-protocol';
import { toPayload } from './mc-protocol';
import type { McRunner } from './mc-runner';

export type McStatus =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done' }
  | { state: 'error'; message: string };

export interface McSchedulerOptions extends McRequestOptions {
  /** Minimum time between two requests to the runner (default 16 ms, one frame). */
  minIntervalMs?: number;
  /** Wait until no request has come for this long before starting a run (default 0: throttle only). */
  quietMs?: number;
  now?: () => number;
}

export class McScheduler {
  private latest: Scenario | null = null;
  private lastSent: Scenario | null = null;
  private runNeeded = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private sentAt = Number.NEGATIVE_INFINITY;
  private inFlight = 0;
  /** How many requests went to the runner (tests check coalescing with it). */
  requestsSent = 0;

  constructor(
    private readonly runner: McRunner,
    private readonly options: McSchedulerOptions,
    private readonly onResult: (result: McResult, scenario: Scenario) => void,
    private readonly onStatus: (status: McStatus) => void = () => {},
  ) {}

  /** True while a request waits to be sent or a run is in flight (tests wait for it to clear). */
  get busy(): boolean {
    return this.runNeeded || this.inFlight > 0;
  }

  /** Asks for bands of `scenario`; the same object twice in a row is one request. */
  request(scenario: Scenario): void {
    if (scenario === this.latest || (scenario === this.lastSent && !this.runNeeded)) return;
    this.latest = scenario;
    this.runNeeded = true;
    const quiet = this.options.quietMs ?? 0;
    if (quiet > 0) {
      // Debounce: a run for a state the user is already leaving only competes with the page for
      // the CPU, so stop it now and start one when the input has been still for `quietMs`.
      if (this.inFlight > 0) this.runner.cancel();
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.timer !== null) return;
    const now = (this.options.now ?? performance.now.bind(performance))();
    const wait = Math.max(quiet, this.sentAt + (this.options.minIntervalMs ?? 16) - now);
    this.timer = setTimeout(() => this.send(), wait);
  }

  /** Stops the run in flight and forgets pending input. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.runNeeded = false;
    this.latest = null;
    this.runner.cancel();
  }

  private send(): void {
    this.timer = null;
    const scenario = this.latest;
    if (!this.runNeeded || scenario === null) return;
    this.runNeeded = false;
    this.latest = null;
    this.lastSent = scenario;
    this.sentAt = (this.options.now ?? performance.now.bind(performance))();
    this.requestsSent++;
    let payload: ReturnType<typeof toPayload>;
    try {
      payload = toPayload(scenario, this.options);
    } catch (error) {
      this.onStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    this.inFlight++;
    this.onStatus({ state: 'running', done: 0, total: payload.samples });
    void this.runner
      .run(payload, (done, total) => this.onStatus({ state: 'running', done, total }))
      .then((outcome) => {
        this.inFlight--;
        if (outcome.status === 'done') {
          this.onResult(outcome.result, scenario);
          this.onStatus({ state: 'done' });
        } else if (outcome.status === 'error') {
          this.onStatus({ state: 'error', message: outcome.message });
        }
      });
  }
}
