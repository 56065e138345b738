import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scenario } from '../../src/model/types';
import type { ChartBands } from '../app/chart-models';
import type { TornadoSpec } from '../charts/tornado-vm';
import type { Lang } from '../i18n/i18n';
import { chartBands } from './chart-bands';
import type { McResult } from './mc-protocol';
import { createBestRunner, type McRunner } from './mc-runner';
import { McScheduler, type McStatus } from './mc-scheduler';
import { tornadoSpec } from './tornado-model';

/** Samples behind the fan bands: ~50 ms of work in the worker. */
export const WEB_SAMPLES = 2000;
/** One seed for the page, so a shared link shows the same bands everywhere. */
export const WEB_SEED = 2025;
/**
 * Input must rest this long before a run starts: a keyboard or pointer drag then never shares the
 * CPU with the worker, and the bands still follow the last input within ~100 ms (30 ms + ~55 ms run).
 */
export const QUIET_MS = 30;
/** Before the first result: one constant object, so hosts that compare by identity see no change. */
const NO_BANDS: ChartBands = Object.freeze({});

/**
 * Monte Carlo for the app shell as a Lit controller: `request(scenario)` on every state (bursts are
 * coalesced, stale runs abandoned in the worker); when a result arrives the host re-renders and
 * `onResult` lets it rebuild its chart specs with `bands(lang)`.
 */
export class UncertaintyController implements ReactiveController {
  result: McResult | null = null;
  status: McStatus = { state: 'idle' };
  /** The scenario `result` belongs to, and the one asked for last. */
  private resultScenario: Scenario | null = null;
  private requested: Scenario | null = null;
  private runner: McRunner | null = null;
  private scheduler: McScheduler | null = null;
  private bandsCache: { result: McResult; lang: Lang; bands: ChartBands } | null = null;
  private tornadoCache: { result: McResult; lang: Lang; spec: TornadoSpec } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onResult: () => void = () => {},
    private readonly makeRunner: () => McRunner = createBestRunner,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.runner = this.makeRunner();
    this.scheduler = new McScheduler(
      this.runner,
      { samples: WEB_SAMPLES, seed: WEB_SEED, range: 'distribution', quietMs: QUIET_MS },
      (result, scenario) => {
        this.result = result;
        this.resultScenario = scenario;
        this.host.requestUpdate();
        this.onResult();
      },
      (status) => {
        // Only changes of state re-render the host: a 50 ms run reports progress ~20 times.
        const changed = status.state !== this.status.state;
        this.status = status;
        this.markBusy();
        if (changed) this.host.requestUpdate();
      },
    );
  }

  hostDisconnected(): void {
    this.runner?.terminate();
    this.runner = null;
    this.scheduler = null;
  }

  /** Asks for bands of `scenario` (call it on every state; the same object twice is one request). */
  request(scenario: Scenario): void {
    this.requested = scenario;
    this.scheduler?.request(scenario);
    this.markBusy();
  }

  /**
   * `data-mc-busy` on the host element while Monte Carlo work is pending or running, so a test
   * (or anything else) can wait for the bands to settle before comparing charts.
   */
  private markBusy(): void {
    const host = this.host as unknown as Partial<Element>;
    host.toggleAttribute?.('data-mc-busy', this.scheduler?.busy ?? false);
  }

  /**
   * Fan bands for the time charts (memoised per result and language: same object, no redraw).
   * Only for the scenario asked for last: while a drag moves the line, old bands around it would
   * mislead (and cost every frame a redraw), so the charts show none until the new ones arrive.
   */
  bands(lang: Lang): ChartBands {
    const result = this.result;
    if (!result || this.resultScenario !== this.requested) return NO_BANDS;
    if (this.bandsCache?.result !== result || this.bandsCache.lang !== lang) {
      this.bandsCache = { result, lang, bands: chartBands(result, lang) };
    }
    return this.bandsCache.bands;
  }

  /** The tornado chart's spec, or null before the first result. */
  tornado(lang: Lang): TornadoSpec | null {
    const result = this.result;
    if (!result) return null;
    if (this.tornadoCache?.result !== result || this.tornadoCache.lang !== lang) {
      this.tornadoCache = { result, lang, spec: tornadoSpec(result, lang) };
    }
    return this.tornadoCache.spec;
  }
}
