import { html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { Basis, DemandCurve, Scenario } from '../../src/model/types';
import { scenarioFromPreset as presetScenario } from '../../src/scenario/from-preset';
import type { ParamEventDetail } from '../components/param-slider';
import '../help/first-visit-guide';
import { guideDismissed, rememberGuide } from '../help/first-visit-guide';
import type { ObservedAction } from '../observed/observations-panel';
import type { HelpDialog, HelpTopic } from '../help/help-dialog';
import { t } from '../i18n/i18n';
import { DEFAULT_PRESET_ID, presetValues } from '../state/catalogue';
import { listSaved, type SavedEntry } from '../state/saved-scenarios';
import { UndoHistory } from '../state/undo-history';
import '../uncertainty/backfire-probability';
import { onExportChart, onHeaderAction, onObservations, onSavedAction, viewLink } from './app-handlers';
import './app-header';
import type { AppHeader, HeaderAction } from './app-header';
import { AppModel, type AppView } from './app-model';
import { appStyles } from './app.styles';
import './chart-grid';
import './compare-panel';
import type { ComparePanel } from './compare-panel';
import { loadDeferredChunks, loadHelpDialog, loadPrintSummary, loadSavedDialog } from './deferred-chunks';
import './jevons-panel';
import type { ParamPanel } from './param-panel';
import './param-panel';
import { drawEveryChart } from './print';
import { PageSync, type RenderedDetail } from './page-sync';
import { memo } from './memo';
import { resultsExtras } from './results-extras';
import type { SavedDialog } from './saved-dialog';
import './state-notice';
import './verdict-summary';
import './why-panel';

/** Some parameter differs from the preset's value (reset-all has something to do), once per scenario. */
const differsFrom = memo(
  (parameters: Scenario['parameters'], defaults: ReturnType<typeof presetValues>): boolean =>
    Object.entries(defaults).some(([id, v]) => parameters[id as keyof typeof defaults] !== v),
);

/**
 * The application shell: it draws the views of its AppModel (which holds the state, the
 * schedulers and the caches, and knows nothing of the page) and turns DOM events into calls on it;
 * PageSync carries each view to the page around it (language, theme, URL, `jv-rendered` after the
 * redraw for an input). It also owns what belongs to the page rather than the model: undo, the
 * first-visit guide, the help and compare views, the short verdict kept in sight while the panel
 * is scrolled away, and drawing every chart before printing.
 */
@customElement('jv-app')
export class JevonsApp extends LitElement {
  static override styles = appStyles;

  readonly model = new AppModel({ hash: location.hash, browserLanguage: navigator.language ?? '' });
  private readonly history = new UndoHistory(this.model.store);
  @state() private view: AppView | null = null;
  @state() private saved: SavedEntry[] = listSaved();
  @state() private canUndo = false;
  @state() private guideOpen = !guideDismissed();
  /** The verdict panel is scrolled out of sight: the one-line summary stays at the top. */
  @state() private verdictAway = false;
  /** Names of the readable saved scenarios, kept as one array so the header does not re-render per input. */
  private savedNames: string[] = readableNames(this.saved);
  @query('jv-saved-dialog') private savedDialog!: SavedDialog;
  @query('jv-help-dialog') private helpDialog!: HelpDialog;
  @query('jv-app-header') private header!: AppHeader;
  @query('jv-compare-panel') private comparePanel!: ComparePanel;
  @query('jv-param-panel') private paramPanel!: ParamPanel;
  private readonly page = new PageSync(this);
  private unsubscribe: (() => void)[] = [];
  private observer: IntersectionObserver | null = null;
  /** Undo starts after the link (if any) has been read: opening a link is not a change to undo. */
  private historyArmed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    this.unsubscribe = [
      this.model.subscribe((view) => this.onView(view)),
      this.history.subscribe(() => {
        this.canUndo = this.history.canUndo;
      }),
    ];
    this.model.start();
    // The observations panel sits below the charts: its element need not hold up the first view.
    void import('../observed/observations-panel');
    // Nor the tornado and Sobol panel, which shows nothing before the Monte Carlo's first result
    // (its runner's chunk is loading from now too: lazy-runner.ts).
    void import('../uncertainty/uncertainty-panel');
    // What only a reader's request needs (help, exports) follows the first render.
    this.addEventListener('jv-rendered', () => void loadDeferredChunks().catch(() => {}), { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    for (const stop of this.unsubscribe) stop();
    this.observer?.disconnect();
    this.page.stop();
    this.model.stop();
  }

  protected override firstUpdated(): void {
    this.observer = new IntersectionObserver(([entry]) => {
      this.verdictAway = !entry.isIntersecting && entry.boundingClientRect.top < 0;
    });
  }

  protected override updated(): void {
    const panel = this.renderRoot.querySelector('jv-jevons-panel');
    if (panel && this.observer && !panel.hasAttribute('data-observed')) {
      panel.setAttribute('data-observed', '');
      this.observer.observe(panel);
    }
  }

  private readonly onHashChange = () => this.model.readLink(location.hash);
  /** Charts off screen put off their drawing; a printout needs every one. */
  private readonly onBeforePrint = () => drawEveryChart(this.renderRoot);

  private onView(view: AppView): void {
    const previous = this.view;
    this.view = view;
    if (!this.historyArmed && !view.pending.reading) {
      this.historyArmed = true;
      this.history.forget();
    }
    this.page.apply(previous, view);
  }

  private onParam(e: CustomEvent<ParamEventDetail>): void {
    this.model.setParameter(e.detail.id, e.detail.value, e.detail.inputTime);
  }

  private onCurve(e: CustomEvent<{ kind: Exclude<DemandCurve['kind'], 'expression'> }>): void {
    const scenario = this.model.store.state.scenario;
    this.model.update(
      { scenario: { ...scenario, demandCurve: { kind: e.detail.kind } as DemandCurve } },
      e.timeStamp,
    );
  }

  private onUndo(): void {
    const { store } = this.model;
    if (this.history.undo()) store.say(t(store.state.lang, 'params.undone'));
    // Focus stays on Undo while there is more to undo; then on reset-all, never on the body.
    this.paramPanel.focusToolbar(this.history.canUndo ? 'undo' : 'reset');
  }

  private onResetAll(e: Event): void {
    const { store } = this.model;
    const s = store.state;
    const presetId = s.scenario.extends ?? DEFAULT_PRESET_ID;
    this.model.update({ scenario: { ...presetScenario(presetId), name: s.scenario.name } }, e.timeStamp);
    store.say(t(s.lang, 'params.resetDone'));
    this.paramPanel.focusToolbar('undo');
  }

  /** A dialog closed: back to the menu it was opened from, not the page's body. */
  private onDialogClosed(e: Event): void {
    const from = e.target as HTMLElement;
    this.header.focusMenu(from.localName === 'jv-help-dialog' ? 'help' : 'scenario');
  }

  private dismissGuide(): void {
    this.guideOpen = false;
    rememberGuide(true);
    this.model.store.say(t(this.model.store.state.lang, 'guide.reopen'));
    this.header.focusMenu('help');
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const s = view.state;
    const lang = s.lang;
    const presetId = s.scenario.extends ?? DEFAULT_PRESET_ID;
    const defaults = presetValues(presetId);
    const edited = differsFrom(s.scenario.parameters, defaults);
    const extras = resultsExtras(view);
    return html`<a class="skip" href="#results" @click=${this.skipToResults}>${t(lang, 'app.skip')}</a>
      <jv-app-header
        .language=${lang}
        .theme=${s.theme}
        .presetId=${presetId}
        .edited=${edited}
        .baseline=${s.baseline}
        .savedNames=${this.savedNames}
        @jv-action=${(e: CustomEvent<HeaderAction>) => onHeaderAction(this, e.detail, e.timeStamp)}
      ></jv-app-header>
      <jv-verdict-summary
        class=${this.verdictAway ? 'shown' : ''}
        .result=${view.result}
        .language=${lang}
        @jv-to-verdict=${this.toVerdict}
      ></jv-verdict-summary>
      <jv-state-notice
        .problems=${view.problems}
        .language=${lang}
        @jv-dismiss=${() => this.model.store.dismissProblems()}
      ></jv-state-notice>
      <p class="status" role="status">${view.message}</p>
      <main class="layout">
        <aside class="params">
          <jv-param-panel
            .scenario=${s.scenario}
            .defaults=${defaults}
            .language=${lang}
            .canUndo=${this.canUndo}
            .edited=${edited}
            @jv-input=${this.onParam}
            @jv-curve=${this.onCurve}
            @jv-undo=${this.onUndo}
            @jv-reset-all=${this.onResetAll}
          ></jv-param-panel>
        </aside>
        <section class="results" id="results" tabindex="-1" aria-label=${t(lang, 'jevons.title')}>
          ${
            this.guideOpen
              ? html`<jv-first-visit-guide
                  .language=${lang}
                  @jv-guide-dismissed=${this.dismissGuide}
                  @jv-open-help=${() => void this.openHelp('howto')}
                ></jv-first-visit-guide>`
              : nothing
          }
          <jv-jevons-panel
            .verdict=${view.verdict}
            .error=${view.error}
            .language=${lang}
            .baseline=${extras.baseline}
            .asOf=${s.scenario.asOf}
          >
            ${extras.probability}
          </jv-jevons-panel>
          <jv-compare-panel
            .current=${s.scenario}
            .currentResult=${view.result}
            .currentError=${view.error}
            .savedNames=${this.savedNames}
            .language=${lang}
          ></jv-compare-panel>
          <jv-chart-grid
            .specs=${view.specs}
            .language=${lang}
            @jv-export-chart=${(e: CustomEvent) => void onExportChart(this, e.detail)}
          ></jv-chart-grid>
          <jv-observations-panel
            .view=${view.observed}
            .refused=${this.model.imported?.refused ?? null}
            .storageError=${this.model.imported?.storageError ?? ''}
            .language=${lang}
            @jv-observations=${(e: CustomEvent<ObservedAction>) => void onObservations(this, e.detail)}
          ></jv-observations-panel>
          <jv-why-panel
            .waterfall=${view.waterfall}
            .curve=${view.elasticity}
            .basis=${s.basis}
            .pending=${view.pending.analysis}
            .staleWaterfall=${view.stale.waterfall}
            .staleCurve=${view.stale.curve}
            .notices=${view.notices}
            .language=${lang}
            @jv-basis=${(e: CustomEvent<Basis>) => this.model.update({ basis: e.detail }, e.timeStamp)}
            @jv-export-chart=${(e: CustomEvent) => void onExportChart(this, e.detail)}
          >
            <jv-uncertainty-panel
              slot="tornado"
              .result=${view.mc.result}
              .language=${lang}
            ></jv-uncertainty-panel>
          </jv-why-panel>
          <jv-print-summary .scenario=${s.scenario} .language=${lang} .link=${viewLink(this)}></jv-print-summary>
        </section>
      </main>
      <jv-saved-dialog
        .entries=${this.saved}
        .language=${lang}
        .suggestedName=${s.scenario.name}
        @jv-saved-action=${(e: CustomEvent) => void onSavedAction(this, e.detail)}
        @jv-dialog-closed=${this.onDialogClosed}
      ></jv-saved-dialog>
      <jv-help-dialog .language=${lang} @jv-dialog-closed=${this.onDialogClosed}></jv-help-dialog>`;
  }

  /** The hash holds the state, so the skip link moves focus itself instead of navigating. */
  private skipToResults(e: Event): void {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#results')?.focus();
  }

  private readonly toVerdict = () => {
    const panel = this.renderRoot.querySelector<HTMLElement>('jv-jevons-panel');
    panel?.scrollIntoView({ block: 'start' });
    this.renderRoot.querySelector<HTMLElement>('#results')?.focus({ preventScroll: true });
  };

  /**
   * True once the element `tag` is defined. Its chunk follows the first render (deferred-chunks.ts);
   * a reader quicker than that sees "Loading…" in the status line until it is in.
   */
  private async defined(tag: string, load: () => Promise<unknown>): Promise<boolean> {
    if (customElements.get(tag)) return true;
    const { store } = this.model;
    store.say(t(store.state.lang, 'app.loading'));
    try {
      await load();
    } catch (error) {
      store.report([{ code: 'parse-error', field: tag, message: String(error) }]);
      return false;
    }
    await this.updateComplete;
    return true;
  }

  /** Opens the saved-scenarios dialog (from the header menu). */
  openSaved(): void {
    void this.defined('jv-saved-dialog', loadSavedDialog).then((ok) => ok && this.savedDialog.show());
  }

  /** Opens "How to read this model" or the glossary. */
  async openHelp(topic: HelpTopic): Promise<void> {
    if (await this.defined('jv-help-dialog', loadHelpDialog)) await this.helpDialog.show(topic);
  }

  /** Shows the first-visit guide again and puts the focus on it. */
  async showGuide(): Promise<void> {
    this.guideOpen = true;
    rememberGuide(false);
    await this.updateComplete;
    const guide = this.renderRoot.querySelector<HTMLElement>('jv-first-visit-guide');
    guide?.scrollIntoView({ block: 'nearest' });
    guide?.shadowRoot?.querySelector<HTMLButtonElement>('button.dismiss')?.focus();
  }

  /** Opens the comparison and moves to it. */
  async openCompare(): Promise<void> {
    await this.comparePanel.reveal();
  }

  /** Draws every chart, then opens the browser's print dialog (print or save as PDF). */
  async print(): Promise<void> {
    await this.defined('jv-print-summary', loadPrintSummary);
    await drawEveryChart(this.renderRoot);
    window.print();
  }

  /** Re-reads the saved scenarios (after save, rename, delete). */
  refreshSaved(): void {
    this.saved = listSaved();
    this.savedNames = readableNames(this.saved);
  }

  /** The latest view, for exports. */
  get currentView(): AppView | null {
    return this.view;
  }
}

function readableNames(entries: readonly SavedEntry[]): string[] {
  return entries.filter((e) => e.ok).map((e) => e.name);
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-app': JevonsApp;
  }
  interface HTMLElementEventMap {
    'jv-rendered': CustomEvent<RenderedDetail>;
  }
}
