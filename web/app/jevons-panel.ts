import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ElasticityChartSpec } from '../charts/chart-spec';
import type { Display } from '../i18n/format';
import { type Lang, t } from '../i18n/i18n';
import { paramDef } from '../state/catalogue';
import type { SimulationView } from '../state/simulation';
import type { ExportChartDetail } from './chart-grid';
import { chartUpdates } from './chart-updates';
import { breakEvenDisplay, reboundDisplay, verdictSentence } from './verdict';
import { chartToolsStyles } from '../styles/chart-tools.styles';

/**
 * The Jevons panel: the verdict in a sentence, the rebound on GPU spend and GPU-hours, the
 * break-even elasticity and the spend-against-elasticity curve. Two named slots are left for the
 * Monte Carlo results (issue 4): `backfire-probability` beside the verdict, `tornado` below the curve.
 */
@customElement('jv-jevons-panel')
export class JevonsPanel extends LitElement {
  static override styles = [
    chartToolsStyles,
    css`
    :host {
      display: block;
      background: var(--jv-surface);
      border: 1px solid var(--jv-rule);
      border-radius: 10px;
      padding: 0.9rem 1rem;
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.4rem;
    }
    .verdict-row {
      display: flex;
      gap: 1rem;
      align-items: flex-start;
      flex-wrap: wrap;
    }
    .verdict {
      flex: 1 1 22rem;
      font-size: 1.15rem;
      line-height: 1.4;
      margin: 0;
      font-weight: 600;
    }
    .verdict.backfire {
      color: var(--jv-backfire);
    }
    .verdict.partial-rebound,
    .verdict.super-conservation {
      color: var(--jv-partial);
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      gap: 0.5rem 1rem;
      margin: 0.8rem 0;
    }
    dt {
      font-size: 0.8rem;
      color: var(--jv-muted);
    }
    dd {
      margin: 0;
      font-size: 1.3rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .reason {
      display: block;
      font-size: 0.78rem;
      font-weight: 400;
      color: var(--jv-muted);
    }
    jv-elasticity-chart {
      display: block;
      min-height: 240px;
    }
  `,
  ];

  @property({ attribute: false }) view: SimulationView | null = null;
  @property({ attribute: false }) chartSpec: ElasticityChartSpec | null = null;
  @property({ attribute: false }) language: Lang = 'en';

  /** Resolves once the verdict and the curve are both drawn (the latency benchmark waits on it). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await chartUpdates(this.renderRoot);
    return done;
  }

  private figure(label: string, value: Display) {
    return html`<div>
      <dt>${label}</dt>
      <dd>
        ${value.text}${value.reason ? html`<span class="reason">${value.reason}</span>` : nothing}
      </dd>
    </div>`;
  }

  private exportChart(format: 'svg' | 'png'): void {
    const chart = this.renderRoot.querySelector<HTMLElement>('jv-elasticity-chart');
    if (!chart) return;
    const detail: ExportChartDetail = { chart, id: 'elasticity', format };
    this.dispatchEvent(new CustomEvent('jv-export-chart', { detail, bubbles: true, composed: true }));
  }

  private renderChart(spec: ElasticityChartSpec) {
    const lang = this.language;
    return html`<jv-elasticity-chart .spec=${spec}></jv-elasticity-chart>
      <div class="tools">
        <button
          type="button"
          aria-label=${t(lang, 'chart.exportSvgLabel', { title: spec.title })}
          @click=${() => this.exportChart('svg')}
        >
          ${t(lang, 'chart.exportSvg')}
        </button>
        <button
          type="button"
          aria-label=${t(lang, 'chart.exportPngLabel', { title: spec.title })}
          @click=${() => this.exportChart('png')}
        >
          ${t(lang, 'chart.exportPng')}
        </button>
      </div>`;
  }

  override render() {
    const { view, language: lang } = this;
    if (!view) return html`<h2>${t(lang, 'jevons.title')}</h2>`;
    const sentence = verdictSentence(view.jevons, lang);
    const { rebound, breakEvenElasticity } = view.jevons;
    const range = paramDef('elasticity');
    return html`<h2>${t(lang, 'jevons.title')}</h2>
      <div class="verdict-row">
        <p class="verdict ${sentence.verdict}" id="verdict" aria-live="polite">${sentence.text}</p>
        <slot name="backfire-probability"></slot>
      </div>
      <dl>
        ${this.figure(t(lang, 'jevons.reboundSpend'), reboundDisplay(rebound.gpuSpend, lang))}
        ${this.figure(t(lang, 'jevons.reboundHours'), reboundDisplay(rebound.gpuHours, lang))}
        ${this.figure(t(lang, 'jevons.breakEven'), breakEvenDisplay(breakEvenElasticity.value, range, lang))}
      </dl>
      ${this.chartSpec ? this.renderChart(this.chartSpec) : nothing}
      <slot name="tornado"></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-jevons-panel': JevonsPanel;
  }
}
