import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParamId, Scenario } from '../../src/model/types';
import type { ChartBands } from '../app/chart-models';
import type { Lang } from '../i18n/i18n';
import { chartBands } from './chart-bands';
import type { McResult } from './mc-protocol';
import { createLazyRunner } from './lazy-runner';
import type { McRunner } from './mc-runner';
import { McScheduler, type McStatus } from './mc-scheduler';
import { QUIET_MS } from './quiet-period';

/** Samples behind the fan bands and P(backfire). */
export const WEB_SAMPLES = 2000;
/**
 * Sample counts after which the bands so far are shown while the rest run: the first bands follow
 * an input soon after the quiet period (32 samples, 16 on each of two workers at ~0.7 ms of CPU
 * each: ~11 ms on a free core, a few times that on a busy machine), sharpen at 256 and are final at
 * WEB_SAMPLES. Each is the first n samples of the full run, not a different draw, and the charts'
 * band labels say how many samples they rest on until the last (chart-bands.ts).
 */
const PASSES: readonly number[] = [32, 256];
/**
 * Sobol design rows in the app: 256 × (SOBOL_FACTORS + 3) verdicts, ~1.5 s on two quiet cores.
 * The rebound has long tails, so fewer rows leave intervals too wide to read.
 */
export const SOBOL_ROWS = 256;
/** Parameters the app's Sobol analysis takes one by one: the tornado's largest; the rest as one group. */
const SOBOL_FACTORS = 5;
/** One seed for the page, so a shared link shows the same bands everywhere. */
export const WEB_SEED = 2025;
export { QUIET_MS };
/** Before the first result: one constant object, so hosts that compare by identity see no change. */
const NO_BANDS: ChartBands = Object.freeze({});

/** The tornado's largest parameters on the headline rebound: what the Sobol analysis takes one by one. */
export function sobolFactors(result: McResult): ParamId[] {
  const rows = result.sensitivity?.tornado.reboundServedCompute ?? [];
  return rows
    .filter((row) => row.swing > 0)
    .slice(0, SOBOL_FACTORS)
    .map((row) => row.paramId);
}

/**
 * Monte Carlo for the app shell as a Lit controller: `request(scenario)` on every state (bursts are
 * coalesced, stale runs abandoned); when a result arrives — a first pass, the full run with the
 * tornado, then the Sobol indices — the host re-renders and `onResult` lets it rebuild its chart
 * specs with `bands(lang)`. The host carries `data-mc-busy` until the full bands and the tornado
 * are in, and `data-sobol-busy` while the Sobol indices are computed.
 */
export class UncertaintyController implements ReactiveController {
  result: McResult | null = null;
  status: McStatus = { state: 'idle' };
  sobolStatus: McStatus = { state: 'idle' };
  /** The scenario `result` belongs to, and the one asked for last. */
  private resultScenario: Scenario | null = null;
  private requested: Scenario | null = null;
  private runner: McRunner | null = null;
  private scheduler: McScheduler | null = null;
  private bandsCache: { quantiles: McResult['quantiles']; lang: Lang; bands: ChartBands } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onResult: () => void = () => {},
    private readonly makeRunner: () => McRunner = createLazyRunner,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.runner = this.makeRunner();
    this.scheduler = new McScheduler(
      this.runner,
      {
        samples: WEB_SAMPLES,
        seed: WEB_SEED,
        range: 'distribution',
        quietMs: QUIET_MS,
        passes: PASSES,
        sobolRows: SOBOL_ROWS,
        sobolFactors,
      },
      {
        onResult: (result, scenario) => {
          this.result = result;
          this.resultScenario = scenario;
          this.host.requestUpdate();
          this.onResult();
          // A User Timing mark per result, read by scripts/bench/web-bands.mjs (bands after an input).
          globalThis.performance?.mark?.('jv:bands', {
            detail: { samples: result.samples, final: result.final },
          });
        },
        onStatus: (status) => {
          // Only changes of state re-render the host: a run reports progress after every chunk.
          const changed = status.state !== this.status.state;
          this.status = status;
          this.markBusy();
          if (changed) this.host.requestUpdate();
        },
        onSobol: (sobol, scenario) => {
          if (!this.result || this.resultScenario !== scenario) return;
          this.result = { ...this.result, sobol };
          this.host.requestUpdate();
          this.onResult();
        },
        onSobolStatus: (status) => {
          const changed = status.state !== this.sobolStatus.state;
          this.sobolStatus = status;
          if (status.state === 'error' && this.result)
            this.result = { ...this.result, sobolError: status.message };
          this.markBusy();
          if (changed) this.host.requestUpdate();
        },
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
   * `data-mc-busy` on the host element while the bands are pending or running, and
   * `data-sobol-busy` while the Sobol indices are, so a test (or anything else) can wait for them
   * to settle before comparing charts.
   */
  private markBusy(): void {
    const host = this.host as unknown as Partial<Element>;
    host.toggleAttribute?.('data-mc-busy', this.scheduler?.busy ?? false);
    host.toggleAttribute?.('data-sobol-busy', this.scheduler?.sobolBusy ?? false);
  }

  /**
   * Fan bands for the time charts (memoised per band set and language: same object, no redraw when
   * only the Sobol indices arrive); a quick pass's say how many samples they rest on. Only for the scenario asked for last: while a drag moves the
   * line, old bands around it would mislead (and cost every frame a redraw), so the charts show
   * none until the new ones arrive.
   */
  bands(lang: Lang): ChartBands {
    const result = this.result;
    if (!result || this.resultScenario !== this.requested) return NO_BANDS;
    if (this.bandsCache?.quantiles !== result.quantiles || this.bandsCache.lang !== lang) {
      this.bandsCache = { quantiles: result.quantiles, lang, bands: chartBands(result, lang) };
    }
    return this.bandsCache.bands;
  }
}
