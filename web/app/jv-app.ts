import { html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { Basis, DemandCurve } from '../../src/model/types';
import type { ParamEventDetail } from '../components/param-slider';
import { localeOf, t } from '../i18n/i18n';
import { DEFAULT_PRESET_ID, findPreset, presetValues } from '../state/catalogue';
import { listSaved, type SavedEntry } from '../state/saved-scenarios';
import { applyTheme } from '../state/theme';
import '../uncertainty/backfire-probability';
import '../uncertainty/uncertainty-panel';
import { onExportChart, onHeaderAction, onSavedAction } from './app-handlers';
import './app-header';
import type { HeaderAction } from './app-header';
import { AppModel, type AppView } from './app-model';
import { appStyles } from './app.styles';
import './chart-grid';
import './jevons-panel';
import './why-panel';
import './param-panel';
import type { SavedDialog } from './saved-dialog';
import './saved-dialog';
import './state-notice';

/** Detail of `jv-rendered`: when the input behind a redraw happened and when the redraw finished. */
export interface RenderedDetail {
  inputTime: number;
  renderedAt: number;
}

/** How long the URL waits after the last change before it is rewritten (browsers throttle history). */
const URL_DELAY_MS = 250;

/**
 * The application shell: it draws the views of its AppModel (which holds the state, the
 * schedulers and the caches, and knows nothing of the page) and turns DOM events into calls on it.
 * After the charts and the verdict have redrawn for an input it fires `jv-rendered` (bubbling) with
 * the timestamp of the input behind it.
 */
@customElement('jv-app')
export class JevonsApp extends LitElement {
  static override styles = appStyles;

  readonly model = new AppModel({ hash: location.hash, browserLanguage: navigator.language ?? '' });
  @state() private view: AppView | null = null;
  @state() private saved: SavedEntry[] = listSaved();
  /** Names of the readable saved scenarios, kept as one array so the header does not re-render per input. */
  private savedNames: string[] = readableNames(this.saved);
  @query('jv-saved-dialog') private savedDialog!: SavedDialog;
  private urlTimer = 0;
  private unsubscribe: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.unsubscribe = this.model.subscribe((view) => this.onView(view));
    this.model.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.unsubscribe?.();
    this.model.stop();
  }

  private readonly onHashChange = () => this.model.readLink(location.hash);

  private onView(view: AppView): void {
    const previous = this.view;
    this.view = view;
    const s = view.state;
    if (previous?.state.lang !== s.lang) {
      // Only on a change: rewriting <html lang> invalidates style for the whole page.
      document.documentElement.lang = localeOf(s.lang);
      document.title = `${t(s.lang, 'app.title')} — ${t(s.lang, 'app.tagline')}`;
    }
    if (previous?.state.theme !== s.theme) applyTheme(s.theme);
    for (const [name, on] of Object.entries(view.flags)) this.toggleAttribute(name, on);
    if (previous?.hash !== view.hash) {
      clearTimeout(this.urlTimer);
      this.urlTimer = window.setTimeout(() => this.writeUrl(), URL_DELAY_MS);
    }
    if (view.inputTime !== null) void this.announceRendered(view.inputTime);
  }

  private writeUrl(): void {
    const hash = this.view?.hash ?? '';
    if (location.hash.slice(1) !== hash)
      history.replaceState(null, '', hash ? `#${hash}` : location.pathname);
  }

  private async announceRendered(inputTime: number): Promise<void> {
    await this.updateComplete;
    const parts = this.renderRoot.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'jv-jevons-panel, jv-chart-grid, jv-why-panel',
    );
    await Promise.all([...parts].map((p) => p.updateComplete));
    const detail: RenderedDetail = { inputTime, renderedAt: performance.now() };
    // User Timing entry, read by scripts/bench-web.mjs.
    performance.measure('jv:render', { start: inputTime, end: detail.renderedAt });
    this.dispatchEvent(new CustomEvent('jv-rendered', { detail, bubbles: true, composed: true }));
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

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const s = view.state;
    const lang = s.lang;
    const presetId = s.scenario.extends ?? DEFAULT_PRESET_ID;
    const defaults = presetValues(findPreset(presetId));
    const edited = Object.entries(defaults).some(
      ([id, v]) => s.scenario.parameters[id as keyof typeof defaults] !== v,
    );
    const mc = view.mc;
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
            @jv-input=${this.onParam}
            @jv-curve=${this.onCurve}
          ></jv-param-panel>
        </aside>
        <section class="results" id="results" tabindex="-1" aria-label=${t(lang, 'jevons.title')}>
          <jv-jevons-panel .verdict=${view.verdict} .error=${view.error} .language=${lang}>
            <jv-backfire-probability
              slot="backfire-probability"
              .probability=${mc.result?.probabilityBackfire ?? null}
              .status=${mc.status}
              .language=${lang}
            ></jv-backfire-probability>
          </jv-jevons-panel>
          <jv-chart-grid
            .specs=${view.specs}
            .language=${lang}
            @jv-export-chart=${(e: CustomEvent) => void onExportChart(this, e.detail)}
          ></jv-chart-grid>
          <jv-why-panel
            .waterfall=${view.waterfall}
            .curve=${view.elasticity}
            .basis=${s.basis}
            .pending=${view.pending.analysis}
            .staleWaterfall=${view.stale.waterfall}
            .staleCurve=${view.stale.curve}
            .language=${lang}
            @jv-basis=${(e: CustomEvent<Basis>) => this.model.update({ basis: e.detail }, e.timeStamp)}
            @jv-export-chart=${(e: CustomEvent) => void onExportChart(this, e.detail)}
          >
            <jv-uncertainty-panel
              slot="tornado"
              .result=${mc.result}
              .tornado=${mc.tornado}
              .language=${lang}
            ></jv-uncertainty-panel>
          </jv-why-panel>
        </section>
      </main>
      <jv-saved-dialog
        .entries=${this.saved}
        .language=${lang}
        .suggestedName=${s.scenario.name}
        @jv-saved-action=${(e: CustomEvent) => void onSavedAction(this, e.detail)}
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
