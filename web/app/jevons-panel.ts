import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { BASES, type Basis } from '../../src/model/types';
import { BASIS_WORDS } from '../../src/report/verdict-text';
import type { ElasticityChartSpec } from '../charts/chart-spec';
import '../charts/elasticity-chart';
import '../charts/waterfall';
import type { WaterfallSpec } from '../charts/waterfall-vm';
import { type Lang, t } from '../i18n/i18n';
import type { ExportChartDetail } from './chart-grid';
import { chartUpdates } from './chart-updates';
import { jevonsPanelStyles } from './jevons-panel.styles';
import type { VerdictView } from './verdict-model';
import { verdictTable, warningsBox } from './verdict-templates';

/**
 * The Jevons panel: the headline in a sentence, any warnings, the verdict at every horizon and
 * basis, the break-even elasticity per basis, the demanded-compute diagnostic, and — for the basis
 * the reader picks — the decomposition of the change into the shock's channels and the curve of
 * the total against the market elasticity. Two named slots take the Monte Carlo results:
 * `backfire-probability` beside the verdict, `tornado` at the end. Fires `jv-basis` with a Basis.
 */
@customElement('jv-jevons-panel')
export class JevonsPanel extends LitElement {
  static override styles = jevonsPanelStyles;

  @property({ attribute: false }) verdict: VerdictView | null = null;
  @property({ attribute: false }) error: string | null = null;
  @property({ attribute: false }) waterfall: WaterfallSpec | null = null;
  @property({ attribute: false }) curve: ElasticityChartSpec | null = null;
  @property({ attribute: false }) basis: Basis = 'servedCompute';
  /** The analysis (break-even, decomposition, curve) is still being worked out. */
  @property({ type: Boolean, attribute: false }) pending = false;
  /** The waterfall / curve shown belong to an earlier state (kept while the current one is worked out). */
  @property({ type: Boolean, attribute: false }) staleWaterfall = false;
  @property({ type: Boolean, attribute: false }) staleCurve = false;
  @property({ attribute: false }) language: Lang = 'en';

  /** Resolves once the verdict and the curve are both drawn (the latency benchmark waits on it). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await chartUpdates(this.renderRoot);
    return done;
  }

  private exportChart(format: 'svg' | 'png'): void {
    const chart = this.renderRoot.querySelector<HTMLElement>('jv-elasticity-chart');
    if (!chart) return;
    const detail: ExportChartDetail = { chart, id: 'elasticity', format };
    this.dispatchEvent(new CustomEvent('jv-export-chart', { detail, bubbles: true, composed: true }));
  }

  private onBasis(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    const basis = BASES.find((b) => b === value);
    if (basis)
      this.dispatchEvent(new CustomEvent('jv-basis', { detail: basis, bubbles: true, composed: true }));
  }

  private renderCurve(spec: ElasticityChartSpec) {
    const lang = this.language;
    return html`<jv-elasticity-chart class=${this.staleCurve ? 'stale' : ''} aria-busy=${this.staleCurve ? 'true' : 'false'} .spec=${spec}></jv-elasticity-chart>
      <div class="tools">
        <button type="button" aria-label=${t(lang, 'chart.exportSvgLabel', { title: spec.title })} @click=${() => this.exportChart('svg')}>
          ${t(lang, 'chart.exportSvg')}
        </button>
        <button type="button" aria-label=${t(lang, 'chart.exportPngLabel', { title: spec.title })} @click=${() => this.exportChart('png')}>
          ${t(lang, 'chart.exportPng')}
        </button>
      </div>`;
  }

  private renderWhy() {
    const lang = this.language;
    const waiting = html`<p class="waiting">${t(lang, this.pending ? 'decomposition.computing' : 'decomposition.none')}</p>`;
    return html`<section class="why" aria-labelledby="why-title">
      <div class="why-head">
        <h3 id="why-title">${t(lang, 'decomposition.heading')}</h3>
        <label>
          <span>${t(lang, 'decomposition.basis')}</span>
          <select @change=${this.onBasis}>
            ${BASES.map((b) => html`<option value=${b} ?selected=${b === this.basis}>${BASIS_WORDS[lang][b]}</option>`)}
          </select>
        </label>
      </div>
      <p class="updating" role="status">
        ${(this.waterfall && this.staleWaterfall) || (this.curve && this.staleCurve) ? t(lang, 'decomposition.updating') : ''}
      </p>
      <div class="columns">
        ${
          this.waterfall
            ? html`<jv-waterfall class=${this.staleWaterfall ? 'stale' : ''} aria-busy=${this.staleWaterfall ? 'true' : 'false'} .spec=${this.waterfall}></jv-waterfall>`
            : waiting
        }
        <div>${this.curve ? this.renderCurve(this.curve) : nothing}</div>
      </div>
    </section>`;
  }

  override render() {
    const { verdict, language: lang } = this;
    const title = html`<h2>${t(lang, 'jevons.title')}</h2>`;
    if (this.error) {
      return html`${title}<p class="verdict error" id="verdict" role="alert">${t(lang, 'verdict.cannotRun', { reason: this.error })}</p>`;
    }
    if (!verdict) return title;
    return html`${title}
      <div class="verdict-row">
        <p class="verdict" id="verdict" data-verdict=${verdict.headline} aria-live="polite">${verdict.sentence}</p>
        <slot name="backfire-probability"></slot>
      </div>
      ${warningsBox(verdict, lang)} ${verdictTable(verdict, lang)}
      <p class="diagnostic">${verdict.diagnostic}</p>
      ${this.renderWhy()}
      <slot name="tornado"></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-jevons-panel': JevonsPanel;
  }
  interface HTMLElementEventMap {
    'jv-basis': CustomEvent<Basis>;
  }
}
