import { html, nothing } from 'lit';
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
import { whyPanelStyles } from './jevons-panel.styles';
import { OffscreenLaterElement } from './offscreen-update';

/**
 * Why the verdict comes out as it does, for the basis the reader picks: the change against a world
 * without the shock split into the shock's channels (a waterfall that adds up to the total), the
 * total against the market elasticity with the break-even point, and — in the `tornado` slot — what
 * moves the verdict across the Monte Carlo samples. Fires `jv-basis` with a Basis.
 */
@customElement('jv-why-panel')
export class WhyPanel extends OffscreenLaterElement {
  static override styles = whyPanelStyles;

  @property({ attribute: false }) waterfall: WaterfallSpec | null = null;
  @property({ attribute: false }) curve: ElasticityChartSpec | null = null;
  @property({ attribute: false }) basis: Basis = 'servedCompute';
  /** The analysis (break-even, decomposition, curve) is still being worked out. */
  @property({ type: Boolean, attribute: false }) pending = false;
  /** The waterfall / curve shown belong to an earlier state (kept while the current one is worked out). */
  @property({ type: Boolean, attribute: false }) staleWaterfall = false;
  @property({ type: Boolean, attribute: false }) staleCurve = false;
  @property({ attribute: false }) language: Lang = 'en';
  /** What the analysis left out and why, in the engine's words (said in English in both languages). */
  @property({ attribute: false }) notices: readonly string[] = [];

  /** Resolves once the curve is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await chartUpdates(this.renderRoot);
    return done;
  }

  private exportChart(id: 'elasticity' | 'decomposition', format: 'svg' | 'png'): void {
    const tag = id === 'elasticity' ? 'jv-elasticity-chart' : 'jv-waterfall';
    const chart = this.renderRoot.querySelector<HTMLElement>(tag);
    if (!chart) return;
    const detail: ExportChartDetail = { chart, id, format };
    this.dispatchEvent(new CustomEvent('jv-export-chart', { detail, bubbles: true, composed: true }));
  }

  private tools(id: 'elasticity' | 'decomposition', title: string) {
    const lang = this.language;
    return html`<div class="tools">
      <button type="button" aria-label=${t(lang, 'chart.exportSvgLabel', { title })} @click=${() => this.exportChart(id, 'svg')}>
        ${t(lang, 'chart.exportSvg')}
      </button>
      <button type="button" aria-label=${t(lang, 'chart.exportPngLabel', { title })} @click=${() => this.exportChart(id, 'png')}>
        ${t(lang, 'chart.exportPng')}
      </button>
    </div>`;
  }

  private onBasis(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    const basis = BASES.find((b) => b === value);
    if (basis)
      this.dispatchEvent(new CustomEvent('jv-basis', { detail: basis, bubbles: true, composed: true }));
  }

  private renderCurve(spec: ElasticityChartSpec) {
    return html`<jv-elasticity-chart class=${this.staleCurve ? 'stale' : ''} aria-busy=${this.staleCurve ? 'true' : 'false'} .spec=${spec}></jv-elasticity-chart>
      ${this.tools('elasticity', spec.title)}`;
  }

  override render() {
    const lang = this.language;
    const waiting = html`<p class="waiting">${t(lang, this.pending ? 'decomposition.computing' : 'decomposition.none')}</p>`;
    const stale = (this.waterfall && this.staleWaterfall) || (this.curve && this.staleCurve);
    return html`<div class="why-head">
        <h2>${t(lang, 'decomposition.heading')}</h2>
        <label>
          <span>${t(lang, 'decomposition.basis')}</span>
          <select @change=${this.onBasis}>
            ${BASES.map((b) => html`<option value=${b} ?selected=${b === this.basis}>${BASIS_WORDS[lang][b]}</option>`)}
          </select>
        </label>
      </div>
      <p class="updating" role="status">${stale ? t(lang, 'decomposition.updating') : ''}</p>
      ${
        this.notices.length > 0
          ? html`<div class="left-out" role="note">
              <p>${t(lang, 'decomposition.leftOut')}</p>
              <ul>${this.notices.map((m) => html`<li lang="en">${m}</li>`)}</ul>
            </div>`
          : nothing
      }
      <div class="columns">
        ${
          this.waterfall
            ? html`<div><jv-waterfall class=${this.staleWaterfall ? 'stale' : ''} aria-busy=${this.staleWaterfall ? 'true' : 'false'} .spec=${this.waterfall}></jv-waterfall>
              ${this.tools('decomposition', this.waterfall.title)}</div>`
            : waiting
        }
        <div>${this.curve ? this.renderCurve(this.curve) : nothing}</div>
      </div>
      <slot name="tornado"></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-why-panel': WhyPanel;
  }
  interface HTMLElementEventMap {
    'jv-basis': CustomEvent<Basis>;
  }
}
