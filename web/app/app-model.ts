import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParamId } from '../../models/schema';
import type { ParamValue, Scenario } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { AnalysisClient, type AnalysisTransport, bestTransport } from '../analysis/analysis-client';
import type { Stage, StageValues } from '../analysis/analysis-protocol';
import type { ImportedObservations } from '../observed/imported-observations';
import type { ObservedFeature } from '../observed/observed-feature';
import type { AppState } from '../state/app-state';
import { findPreset } from '../state/catalogue';
import { readScenarioObject } from '../state/read-scenario';
import { RunScheduler } from '../state/run-scheduler';
import { AppStore } from '../state/store';
import { DEFAULT_BASIS, decodeHash, encodeState, type LinkState } from '../state/url-state';
import { runVerdict, sameExceptElasticity, sweepElasticities, type VerdictRun } from '../state/verdict-run';
import type { McRunner } from '../uncertainty/mc-runner';
import { createLazyRunner } from '../uncertainty/lazy-runner';
import { QUIET_MS, UncertaintyController } from '../uncertainty/mc-controller';
import { damagedSavedProblems } from './app-actions';
import { baselineScenario } from './baseline';
import type { ChartBands } from './chart-models';
import { type AppView, ViewBuilder } from './app-view';

export type { AppView } from './app-view';

export interface AppModelOptions {
  hash: string;
  /** `navigator.language`: a first visit without a link opens in Chinese for a Chinese browser. */
  browserLanguage: string;
  /** Schedules a callback at the next animation frame. */
  frame?: (callback: () => void) => void;
  now?: () => number;
  analysisTransport?: () => AnalysisTransport;
  mcRunner?: () => McRunner;
}

type Cached<S extends Stage> = {
  scenario: Scenario;
  value: StageValues[S];
  /** The last scenario compared with `scenario` and whether they differed at most in the elasticity. */
  checked?: { scenario: Scenario; same: boolean };
};

const SWEEP_VALUES = sweepElasticities();
/** No Monte Carlo bands (one object, so the memoised charts keep their specs). */
const NO_BANDS: ChartBands = Object.freeze({});
const NO_NOTICES: readonly string[] = Object.freeze([]);
/** Stages that do not depend on the elasticity: reused while only the elasticity slider moves. */
const ELASTICITY_FREE: readonly Stage[] = ['breakEven', 'sweep'];

/**
 * The app's state, schedulers and caches, apart from any element. A state change schedules one
 * deterministic run per frame (three engine runs: the verdict at every horizon and basis) and asks
 * the background for the rest — Monte Carlo bands, and the break-even elasticity, decomposition and
 * elasticity sweep from the analysis worker — once input has rested. What arrives from the
 * background only rebuilds the parts it feeds: it never reruns the deterministic model. It hosts
 * the uncertainty module's Lit controller as a ReactiveControllerHost without being an element.
 */
export class AppModel implements ReactiveControllerHost {
  readonly store: AppStore;
  /** The observed figures on the charts and the reader's imports, once their chunk has loaded. */
  private observedFeature: ObservedFeature | null = null;
  private observedLoad: Promise<ObservedFeature> | null = null;
  /** Deterministic verdict runs so far (a test checks that background results add none). */
  engineRuns = 0;
  private readonly controllers = new Set<ReactiveController>();
  private readonly listeners = new Set<(view: AppView) => void>();
  private readonly scheduler: RunScheduler<AppState>;
  private readonly mc: UncertaintyController;
  private analysis: AnalysisClient | null = null;
  private analysisBusy = false;
  private readonly cache: { [S in Stage]?: Cached<S> } = {};
  /** What the analysis left out, for the scenario of the last stage that arrived. */
  private notices: { scenario: Scenario | null; messages: readonly string[] } = {
    scenario: null,
    messages: [],
  };
  private current: VerdictRun | null = null;
  private baseline: Scenario | null = null;
  /** Reads in flight (a link, a saved baseline); runs wait for them so the first view is the right one. */
  private reading = 0;
  private previous: AppState;
  private pendingInputTime: number | null = null;
  private readonly views = new ViewBuilder();
  private readonly flags: Record<string, boolean> = {};
  private started = false;
  private inRun = false;
  /** A view was asked for while `inRun` held it back. */
  private heldBack = false;
  /** The scenario whose Monte Carlo is to be asked for after the current redraw, and the one asked last. */
  private mcWanted: Scenario | null = null;
  private mcAsked: Scenario | null = null;
  private mcQueued = false;

  constructor(private readonly options: AppModelOptions) {
    const link = decodeHash(options.hash);
    const lang =
      link.lang ??
      (options.browserLanguage.toLowerCase().startsWith('zh') && options.hash === '' ? 'zh' : 'en');
    const state: AppState = {
      scenario: scenarioFromPreset(link.presetId),
      lang,
      theme: link.theme ?? 'auto',
      baseline: link.baseline ?? { kind: 'base' },
      basis: link.basis ?? DEFAULT_BASIS,
    };
    this.store = new AppStore(state);
    this.previous = state;
    this.scheduler = new RunScheduler<AppState>(
      (s, inputTime) => this.run(s, inputTime),
      options.frame,
      options.now,
    );
    this.mc = new UncertaintyController(this, () => this.emit(null), options.mcRunner ?? createLazyRunner);
    this.store.report(link.problems);
    this.store.report(damagedSavedProblems());
    this.readLinkScenario(link);
    this.resolveBaseline(state);
  }

  // ReactiveControllerHost: the uncertainty controller asks for updates and marks busy through these.
  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
    if (this.started) controller.hostConnected?.();
  }
  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }
  requestUpdate(): void {
    this.emit(null);
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  /** Called by the uncertainty controller as on an element (`data-mc-busy`). */
  toggleAttribute(name: string, force: boolean): boolean {
    if (this.flags[name] !== force) {
      this.flags[name] = force;
      // The analysis waits for the Monte Carlo to finish (one background thread at a time).
      if (name === 'data-mc-busy' && !force) this.analysis?.poke();
      this.emit(null);
    }
    return force;
  }

  /** Starts the background workers and the first run. */
  start(): void {
    if (this.started) return;
    this.started = true;
    for (const c of this.controllers) c.hostConnected?.();
    this.analysis = new AnalysisClient(
      (this.options.analysisTransport ?? bestTransport)(),
      QUIET_MS,
      {
        stage: (stage, value, scenario) => {
          (this.cache as Record<Stage, Cached<Stage>>)[stage] = { scenario, value };
          // A notice follows the stage it is about: a stage for another scenario starts a new list.
          if (this.notices.scenario !== scenario) this.notices = { scenario, messages: [] };
          this.emit(null);
        },
        notice: (message) => {
          this.notices = { ...this.notices, messages: [...this.notices.messages, message] };
          this.emit(null);
        },
        busy: (busy) => {
          this.analysisBusy = busy;
          this.flags['data-analysis-busy'] = busy;
          this.emit(null);
        },
        error: (message) => this.store.report([{ code: 'parse-error', field: 'analysis', message }]),
      },
      () => !this.flags['data-mc-busy'],
    );
    this.store.subscribe((s) => this.onState(s));
    this.scheduler.request(this.store.state, this.now());
    void this.observedReady().catch(() => {});
  }

  /**
   * The observed figures' chunk, loaded once (from start-up, beside the first run). While it loads
   * `data-observed-loading` is set; when it arrives the charts gain their figures (the model does
   * not run again), and every import or removal after that redraws them.
   */
  observedReady(): Promise<ObservedFeature> {
    if (!this.observedLoad) {
      this.flags['data-observed-loading'] = true;
      this.observedLoad = import('../observed/observed-feature').then(
        ({ createObservedFeature }) => {
          const feature = createObservedFeature();
          this.observedFeature = feature;
          feature.imported.subscribe(() => this.emit(this.now()));
          this.flags['data-observed-loading'] = false;
          this.emit(null);
          return feature;
        },
        (error: unknown) => {
          this.flags['data-observed-loading'] = false;
          this.store.report([{ code: 'parse-error', field: 'observations', message: String(error) }]);
          throw error;
        },
      );
    }
    return this.observedLoad;
  }

  /** The reader's imported observations, or null while their chunk loads. */
  get imported(): ImportedObservations | null {
    return this.observedFeature?.imported ?? null;
  }

  stop(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
    this.analysis?.dispose();
    this.analysis = null;
    this.started = false;
  }

  /** Calls `listener` with every new view; returns the function that stops it. */
  subscribe(listener: (view: AppView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A slider or the exact-value field moved: `inputTime` is the DOM event's timestamp. */
  setParameter(id: ParamId, value: ParamValue, inputTime: number): void {
    this.pendingInputTime = inputTime;
    this.store.setParameter(id, value);
  }

  /** Replaces part of the state as the reader's own action (preset, language, basis…). */
  update(patch: Partial<AppState>, inputTime = this.now()): void {
    this.pendingInputTime = inputTime;
    this.store.set(patch);
  }

  /** A hand-edited or pasted link: read it again, exactly as on load. */
  readLink(hash: string): void {
    if (hash.replace(/^#/, '') === encodeState(this.store.state)) return;
    const link = decodeHash(hash);
    this.store.report(link.problems);
    this.update({
      scenario: scenarioFromPreset(link.presetId),
      theme: link.theme ?? 'auto',
      baseline: link.baseline ?? { kind: 'base' },
      basis: link.basis ?? DEFAULT_BASIS,
      ...(link.lang ? { lang: link.lang } : {}),
    });
    this.readLinkScenario(link);
  }

  private now(): number {
    return (this.options.now ?? (() => performance.now()))();
  }

  private readLinkScenario(link: LinkState): void {
    if (!link.scenario) return;
    this.reading++;
    const name = findPreset(link.presetId)?.label.en ?? 'scenario';
    void readScenarioObject(link.scenario, name).then(({ scenario, problems }) => {
      this.reading--;
      this.store.report(problems);
      if (scenario) this.store.set({ scenario });
      this.scheduler.request(this.store.state, this.now());
    });
  }

  /** The scenario behind the dashed overlay, read once per choice (a saved one with the reader). */
  private resolveBaseline(s: AppState): void {
    const choice = s.baseline;
    this.reading++;
    void baselineScenario(choice).then(({ scenario, problems }) => {
      this.reading--;
      if (this.store.state.baseline === choice) {
        this.baseline = scenario;
        this.store.report(problems);
      }
      this.scheduler.request(this.store.state, this.pendingInputTime ?? this.now());
    });
  }

  private onState(s: AppState): void {
    const previous = this.previous;
    this.previous = s;
    const inputTime = this.pendingInputTime ?? this.now();
    this.pendingInputTime = null;
    if (s === previous) {
      // Only the notice or the status line changed: nothing to recompute.
      this.emit(null);
      return;
    }
    if (s.baseline !== previous.baseline) {
      this.pendingInputTime = inputTime;
      this.resolveBaseline(s);
      return;
    }
    this.scheduler.request(s, inputTime);
  }

  private run(s: AppState, inputTime: number): void {
    if (this.reading > 0) return; // the read's end requests the run
    const start = this.now();
    if (this.current?.scenario !== s.scenario) {
      // Asking the background marks it busy; those notices join the view this run ends with.
      this.inRun = true;
      this.current = runVerdict(s.scenario);
      this.engineRuns++;
      this.requestAnalysis();
      this.inRun = false;
      if (this.current.result) this.requestMonteCarlo(s.scenario);
    }
    const computed = this.now();
    this.emit(inputTime);
    // User Timing entries, read by scripts/bench-web.mjs to split the latency into its parts.
    globalThis.performance?.measure?.('jv:wait', { start: inputTime, end: start });
    globalThis.performance?.measure?.('jv:compute', { start, end: computed });
    globalThis.performance?.measure?.('jv:view', { start: computed, end: this.now() });
  }

  /**
   * Asks for the Monte Carlo of `scenario` in the next task, after this input's redraw: asking
   * abandons the run in flight, which costs the main thread about a millisecond that the slider's
   * answer need not wait for. Until then the view says the bands are pending and shows none.
   */
  private requestMonteCarlo(scenario: Scenario): void {
    this.mcWanted = scenario;
    if (this.mcQueued) return;
    this.mcQueued = true;
    setTimeout(() => {
      this.mcQueued = false;
      const wanted = this.mcWanted;
      if (!wanted || !this.started) return;
      this.mcAsked = wanted;
      this.inRun = true;
      this.heldBack = false;
      this.mc.request(wanted);
      this.inRun = false;
      if (this.heldBack) this.emit(null);
    }, 0);
  }

  /** What the cache lacks for the current scenario, asked of the worker once input rests. */
  private requestAnalysis(): void {
    const run = this.current;
    if (!run || !this.analysis) return;
    const stages = run.result
      ? (['breakEven', 'decomposition', 'sweep'] as const).filter((st) => !this.cached(st, run.scenario))
      : [];
    this.analysis.request(run.scenario, stages, SWEEP_VALUES);
  }

  /** The cached value of a stage if it holds for `scenario` (the elasticity-free ones for any elasticity). */
  private cached<S extends Stage>(stage: S, scenario: Scenario): StageValues[S] | undefined {
    const entry = this.cache[stage] as Cached<S> | undefined;
    if (!entry) return undefined;
    if (entry.scenario === scenario) return entry.value;
    if (!ELASTICITY_FREE.includes(stage)) return undefined;
    // Asked several times per state (the view, the analysis request): compare once.
    if (entry.checked?.scenario !== scenario)
      entry.checked = { scenario, same: sameExceptElasticity(entry.scenario, scenario) };
    return entry.checked.same ? entry.value : undefined;
  }

  /** Builds the view from what is known now (every part memoised) and hands it to the listeners. */
  private emit(inputTime: number | null): void {
    if (this.inRun) this.heldBack = true;
    if (!this.started || this.inRun) return;
    const s = this.store.state;
    const view = this.views.build({
      state: s,
      run: this.current?.scenario === s.scenario ? this.current : null,
      baseline: this.baseline,
      current: {
        breakEven: this.cached('breakEven', s.scenario),
        decomposition: this.cached('decomposition', s.scenario),
        sweep: this.cached('sweep', s.scenario),
      },
      latest: {
        breakEven: this.cache.breakEven?.value,
        decomposition: this.cache.decomposition?.value,
        sweep: this.cache.sweep?.value,
      },
      bands: this.mcAsked === s.scenario ? this.mc.bands(s.lang) : NO_BANDS,
      observedFeature: this.observedFeature,
      analysisBusy: this.analysisBusy,
      reading: this.reading > 0,
      mc: { result: this.mc.result, status: this.mc.status },
      notices: this.notices.scenario === s.scenario ? this.notices.messages : NO_NOTICES,
      problems: this.store.problems,
      message: this.store.message,
      flags: this.mcQueued ? { ...this.flags, 'data-mc-busy': true } : { ...this.flags },
      inputTime,
    });
    for (const listener of this.listeners) listener(view);
  }
}
