import { html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Scenario } from '../../src/model/types';
import type { ElasticityChartSpec, TimeChartSpec } from '../charts/chart-spec';
import '../charts/elasticity-chart';
import '../charts/time-chart';
import type { ParamEventDetail } from '../components/param-slider';
import { localeOf, t } from '../i18n/i18n';
import { type AppState, clip } from '../state/app-state';
import { findPreset, presetValues } from '../state/catalogue';
import { resolveScenario } from '../state/resolve-state';
import { RunScheduler } from '../state/run-scheduler';
import { listSaved, type SavedEntry } from '../state/saved-scenarios';
import { computeView, type SimulationView } from '../state/simulation';
import { AppStore } from '../state/store';
import { applyTheme } from '../state/theme';
import { encodeState } from '../state/url-state';
import { damagedSavedProblems } from './app-actions';
import { onExportChart, onHeaderAction, onSavedAction } from './app-handlers';
import { baselineScenario, initialState } from './app-init';
import { appStyles } from './app.styles';
import { type ChartBands, timeChartSpecs } from './chart-models';
import { elasticitySpec } from './elasticity-model';
import { keepIfSame } from './spec-memo';
import './app-header';
import './chart-grid';
import './jevons-panel';
import '../uncertainty/backfire-probability';
import '../uncertainty/uncertainty-panel';
import { UncertaintyController } from '../uncertainty/mc-controller';
import './param-panel';
import type { SavedDialog } from './saved-dialog';
import './saved-dialog';
import './state-notice';

/** Detail of `jv-rendered`: when the input behind a redraw happened and when the redraw finished. */
export interface RenderedDetail {
  inputTime: number;
  renderedAt: number;
}

function readableNames(entries: readonly SavedEntry[]): string[] {
  return entries.filter((e) => e.ok).map((e) => e.name);
}

/** How long the URL waits after the last change before it is rewritten (browsers throttle history). */
const URL_DELAY_MS = 250;

/**
 * The application shell. Owns the store; every change schedules one run per frame
 * (RunScheduler) whose results become chart specs; after the charts and verdict have redrawn it
 * fires `jv-rendered` (bubbling from the element) with the timestamp of the input behind it.
 */
@customElement('jv-app')
export class JevonsApp extends LitElement {
  static override styles = appStyles;

  readonly store: AppStore;
  /**
   * Monte Carlo bands per time chart (issue 4: the uncertainty module sets this when its run
   * finishes); drawn around the scenario's lines from the next redraw on.
   */
  @property({ attribute: false }) bands: ChartBands = {};
  @state() private view: SimulationView | null = null;
  @state() private specs: readonly TimeChartSpec[] = [];
  @state() private elasticity: ElasticityChartSpec | null = null;
  @state() private app: AppState;
  @state() private saved: SavedEntry[] = listSaved();
  /** Names of the readable saved scenarios, kept as one array so the header does not re-render per input. */
  private savedNames: string[] = readableNames(this.saved);
  @query('jv-saved-dialog') private savedDialog!: SavedDialog;

  private baseline: Scenario | null = null;
  private pendingInputTime = 0;
  private urlTimer = 0;
  private readonly scheduler = new RunScheduler<AppState>((s, inputTime) => this.run(s, inputTime));
  private readonly mc = new UncertaintyController(this, () => (this.bands = this.mc.bands(this.app.lang)));

  constructor() {
    super();
    const init = initialState(location.hash);
    this.store = new AppStore(init.state);
    this.app = init.state;
    this.store.report(damagedSavedProblems());
    this.readExternal(init);
    this.store.subscribe((s) => this.onState(s));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.onState(this.store.state, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** A hand-edited or pasted link: read it again, exactly as on load. */
  private readonly onHashChange = () => {
    if (location.hash.slice(1) === encodeState(this.store.state)) return;
    const init = initialState(location.hash);
    this.store.set(init.state);
    this.readExternal(init);
  };

  /**
   * Reports what a link got wrong and, when it holds units or expressions, loads the parser and
   * applies the parsed scenario (the numbers are already shown meanwhile).
   */
  private readExternal(init: ReturnType<typeof initialState>): void {
    this.store.report(init.ext.problems);
    if (!init.needsParser) return;
    void resolveScenario(init.ext).then(({ scenario, problems }) => {
      this.store.report(problems);
      this.store.set({ scenario });
    });
  }

  private onState(s: AppState, first = false, inputTime = performance.now()): void {
    const previous = this.app;
    if (!first && previous === s) {
      // Only the notice or the status line changed: nothing to recompute.
      this.requestUpdate();
      return;
    }
    this.app = s;
    if (first || previous.lang !== s.lang) {
      // Only on a change: rewriting <html lang> invalidates style for the whole page.
      document.documentElement.lang = localeOf(s.lang);
      document.title = `${t(s.lang, 'app.title')} — ${t(s.lang, 'app.tagline')}`;
    }
    if (first || previous.theme !== s.theme) applyTheme(s.theme);
    if (first || previous.baseline !== s.baseline) {
      const choice = s.baseline;
      void baselineScenario(choice).then((b) => {
        if (this.store.state.baseline !== choice) return; // a later choice has taken over
        this.baseline = b;
        if (!b && choice.kind === 'saved') {
          this.store.report([
            { code: 'corrupted-saved', field: clip(choice.name), message: 'missing or damaged' },
          ]);
        }
        this.scheduler.request(this.store.state);
      });
    }
    this.scheduler.request(s, this.pendingInputTime || inputTime);
    this.pendingInputTime = 0;
    clearTimeout(this.urlTimer);
    this.urlTimer = window.setTimeout(() => this.writeUrl(), URL_DELAY_MS);
    this.requestUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('bands') && changed.get('bands') !== undefined) this.scheduler.request(this.store.state);
  }

  private writeUrl(): void {
    const hash = encodeState(this.store.state);
    if (location.hash.slice(1) !== hash)
      history.replaceState(null, '', hash ? `#${hash}` : location.pathname);
  }

  private run(s: AppState, inputTime: number): void {
    const start = performance.now();
    const view = computeView(s.scenario, this.baseline);
    const computed = performance.now();
    const elasticity = s.scenario.parameters.elasticity;
    this.view = view;
    const previous = this.specs;
    this.mc.request(s.scenario);
    this.bands = this.mc.bands(s.lang);
    this.specs = timeChartSpecs(view, s.lang, this.bands).map((spec, i) => keepIfSame(previous[i], spec));
    this.elasticity = elasticitySpec(view, typeof elasticity === 'number' ? elasticity : Number.NaN, s.lang);
    // User Timing entries, read by scripts/bench-web.mjs to split the latency into its parts.
    performance.measure('jv:wait', { start: inputTime, end: start });
    performance.measure('jv:compute', { start, end: computed });
    performance.measure('jv:specs', { start: computed, end: performance.now() });
    void this.announceRendered(inputTime);
  }

  private async announceRendered(inputTime: number): Promise<void> {
    await this.updateComplete;
    const parts = this.renderRoot.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'jv-jevons-panel, jv-chart-grid',
    );
    await Promise.all([...parts].map((p) => p.updateComplete));
    const detail: RenderedDetail = { inputTime, renderedAt: performance.now() };
    performance.measure('jv:render', { start: inputTime, end: detail.renderedAt });
    this.dispatchEvent(new CustomEvent('jv-rendered', { detail, bubbles: true, composed: true }));
  }

  private onParam(e: CustomEvent<ParamEventDetail>): void {
    this.pendingInputTime = e.detail.inputTime;
    this.store.setParameter(e.detail.id, e.detail.value);
  }

  override render() {
    const s = this.app;
    const lang = s.lang;
    const presetId = s.scenario.extends ?? '';
    const defaults = presetValues(findPreset(presetId));
    const saved = this.saved;
    const edited = Object.entries(defaults).some(
      ([id, v]) => s.scenario.parameters[id as keyof typeof defaults] !== v,
    );
    return html`<a class="skip" href="#results" @click=${this.skipToResults}>${t(lang, 'app.skip')}</a>
      <jv-app-header
        .language=${lang}
        .theme=${s.theme}
        .presetId=${presetId}
        .edited=${edited}
        .baseline=${s.baseline}
        .savedNames=${this.savedNames}
        @jv-action=${(e: CustomEvent) => onHeaderAction(this, e.detail)}
      ></jv-app-header>
      <jv-state-notice
        .problems=${this.store.problems}
        .language=${lang}
        @jv-dismiss=${() => this.store.dismissProblems()}
      ></jv-state-notice>
      <p class="status" role="status">${this.store.message}</p>
      <main class="layout">
        <aside class="params">
          <jv-param-panel
            .scenario=${s.scenario}
            .defaults=${defaults}
            .language=${lang}
            @jv-input=${this.onParam}
            @jv-curve=${(e: CustomEvent<{ kind: 'constant' | 'reservation' }>) =>
              this.store.set({ scenario: { ...s.scenario, demandCurve: { kind: e.detail.kind } } })}
          ></jv-param-panel>
        </aside>
        <section class="results" id="results" tabindex="-1" aria-label=${t(lang, 'jevons.title')}>
          <jv-jevons-panel
            .view=${this.view}
            .chartSpec=${this.elasticity}
            .language=${lang}
            @jv-export-chart=${(e: CustomEvent) => void onExportChart(this, e.detail)}
          >
            <jv-backfire-probability
              slot="backfire-probability"
              .probability=${this.mc.result?.probabilityBackfire ?? null}
              .status=${this.mc.status}
              .language=${lang}
            ></jv-backfire-probability>
            <jv-uncertainty-panel
              slot="tornado"
              .result=${this.mc.result}
              .tornado=${this.mc.tornado(lang)}
              .language=${lang}
            ></jv-uncertainty-panel>
          </jv-jevons-panel>
          <jv-chart-grid
            .specs=${this.specs}
            .language=${lang}
            @jv-export-chart=${(e: CustomEvent) => void onExportChart(this, e.detail)}
          ></jv-chart-grid>
        </section>
      </main>
      <jv-saved-dialog
        .entries=${saved}
        .language=${lang}
        .suggestedName=${s.scenario.name}
        @jv-saved-action=${(e: CustomEvent) => onSavedAction(this, e.detail)}
      ></jv-saved-dialog>`;
  }

  /** The hash holds the state, so the skip link moves focus itself instead of navigating. */
  private skipToResults(e: Event): void {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#results')?.focus();
  }

  /** Opens the saved-scenarios dialog (from the header menu). */
  openSaved(): void {
    this.savedDialog.show();
  }

  /** Re-reads the saved scenarios (after save, rename, delete). */
  refreshSaved(): void {
    this.saved = listSaved();
    this.savedNames = readableNames(this.saved);
  }

  /** The latest run, for exports. */
  get currentView(): SimulationView | null {
    return this.view;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-app': JevonsApp;
  }
  interface HTMLElementEventMap {
    'jv-rendered': CustomEvent<RenderedDetail>;
  }
}
