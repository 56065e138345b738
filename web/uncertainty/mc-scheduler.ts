/**
 * Coalesces bursts of input into Monte Carlo runs (SDEverywhere's model scheduler): it keeps a
 * "run needed" flag and the latest scenario; a burst of slider events within one tick becomes one
 * request, and at most one request leaves per `minIntervalMs`. A request while a run is in flight
 * supersedes it (the pool stops handing out its chunks), so a drag never queues stale runs and the
 * bands follow the last input as soon as one run can finish. After the bands and the tornado, the
 * Sobol indices run (when asked for), as a job of their own that any newer input supersedes too.
 */
import type { ParamId, Scenario } from '../../src/model/types';
import type { SobolResult } from '../../src/uncertainty/sobol';
import type { McRequestOptions, McResult } from './mc-protocol';
import type { McRunner } from './mc-runner';
import { DeadlineTimer } from '../state/deadline-timer';

export type McStatus =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done' }
  | { state: 'error'; message: string };

export interface McSchedulerOptions extends McRequestOptions {
  /** Minimum time between two requests to the runner (default 16 ms, one frame). */
  minIntervalMs?: number;
  /**
   * Wait until no request has come for this long before starting a run (default 0: throttle only)
   * — within a burst: a request after `burstGapMs` without one (a key press, a click, a drag's first
   * step) starts at once, and a second request soon after cancels that run and waits for quiet.
   */
  quietMs?: number;
  /** Time since the last request after which a new one is not part of a burst (default 150 ms). */
  burstGapMs?: number;
  /** Parameters the Sobol analysis takes one by one (the rest as one group), from the tornado's result. */
  sobolFactors?: (result: McResult) => ParamId[];
  now?: () => number;
}

export interface McSchedulerEvents {
  /** Bands (a first pass, or the final result with the tornado) for `scenario`. */
  onResult(result: McResult, scenario: Scenario): void;
  onStatus?(status: McStatus): void;
  /** Sobol indices for `scenario`. */
  onSobol?(sobol: SobolResult, scenario: Scenario): void;
  onSobolStatus?(status: McStatus): void;
}

export class McScheduler {
  private latest: Scenario | null = null;
  private lastSent: Scenario | null = null;
  private runNeeded = false;
  private readonly timer = new DeadlineTimer(
    () => this.send(),
    () => (this.options.now ?? performance.now.bind(performance))(),
  );
  private sentAt = Number.NEGATIVE_INFINITY;
  private requestedAt = Number.NEGATIVE_INFINITY;
  private inFlight = 0;
  private sobolInFlight = 0;
  /** How many requests went to the runner (tests check coalescing with it). */
  requestsSent = 0;
  private readonly events: McSchedulerEvents;

  constructor(
    private readonly runner: McRunner,
    private readonly options: McSchedulerOptions,
    events: McSchedulerEvents | ((result: McResult, scenario: Scenario) => void),
    onStatus?: (status: McStatus) => void,
  ) {
    this.events = typeof events === 'function' ? { onResult: events, onStatus } : events;
  }

  /** True while a request waits to be sent or the bands are being computed (tests wait for it to clear). */
  get busy(): boolean {
    return this.runNeeded || this.inFlight > 0;
  }

  /** True while the Sobol indices are being computed. */
  get sobolBusy(): boolean {
    return this.sobolInFlight > 0;
  }

  /** Asks for bands of `scenario`; the same object twice in a row is one request. */
  request(scenario: Scenario): void {
    if (scenario === this.latest || (scenario === this.lastSent && !this.runNeeded)) return;
    this.latest = scenario;
    this.runNeeded = true;
    const now = (this.options.now ?? performance.now.bind(performance))();
    const alone = now - this.requestedAt >= (this.options.burstGapMs ?? 150);
    this.requestedAt = now;
    const quiet = alone ? 0 : (this.options.quietMs ?? 0);
    if ((this.options.quietMs ?? 0) > 0) {
      // Debounce: a run for a state the user is already leaving only competes with the page for
      // the CPU, so stop it now and start one when the input has been still for `quietMs`.
      if (this.inFlight > 0 || this.sobolInFlight > 0) this.runner.cancel();
    } else if (this.timer.pending) return;
    // With a quiet period each request sets the deadline afresh (DeadlineTimer keeps one browser
    // timer through a burst); without, the first request's timer stands.
    this.timer.after(Math.max(quiet, this.sentAt + (this.options.minIntervalMs ?? 16) - now));
  }

  /** Stops the run in flight and forgets pending input. */
  cancel(): void {
    this.timer.cancel();
    this.runNeeded = false;
    this.latest = null;
    this.runner.cancel();
  }

  private send(): void {
    const scenario = this.latest;
    if (!this.runNeeded || scenario === null) return;
    this.runNeeded = false;
    this.latest = null;
    this.lastSent = scenario;
    this.sentAt = (this.options.now ?? performance.now.bind(performance))();
    this.requestsSent++;
    const request = { ...this.options, scenario };
    const { onResult, onStatus = () => {} } = this.events;
    this.inFlight++;
    onStatus({ state: 'running', done: 0, total: request.samples });
    void this.runner
      .run(
        request,
        (done, total) => onStatus({ state: 'running', done, total }),
        (partial) => onResult(partial, scenario),
      )
      .then((outcome) => {
        this.inFlight--;
        if (outcome.status === 'done') {
          onResult(outcome.result, scenario);
          onStatus({ state: 'done' });
          this.startSobol(request, outcome.result);
        } else if (outcome.status === 'error') {
          onStatus({ state: 'error', message: outcome.message });
        }
      });
  }

  private startSobol(request: McRequestOptions & { scenario: Scenario }, result: McResult): void {
    const sobol = this.runner.sobol;
    // Nothing uncertain: no variance to divide (the panel says so).
    if (!sobol || !request.sobolRows || !this.events.onSobol || result.parameterIds.length === 0) return;
    // A newer request is already on its way: its own run will start its own analysis.
    if (this.runNeeded) return;
    const onStatus = this.events.onSobolStatus ?? (() => {});
    const factors = this.options.sobolFactors?.(result) ?? [];
    this.sobolInFlight++;
    onStatus({ state: 'running', done: 0, total: 1 });
    void sobol
      .call(this.runner, request, factors, (done, total) => onStatus({ state: 'running', done, total }))
      .then((outcome) => {
        this.sobolInFlight--;
        if (outcome.status === 'done') {
          this.events.onSobol?.(outcome.sobol, request.scenario);
          onStatus({ state: 'done' });
        } else if (outcome.status === 'error') {
          onStatus({ state: 'error', message: outcome.message });
        } else {
          onStatus({ state: 'idle' });
        }
      });
  }
}
