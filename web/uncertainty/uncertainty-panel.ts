import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Distribution, ParamId } from '../../src/model/types';
import { type DistributionNumbers, describeDistribution } from '../../src/report/distribution-text';
import '../charts/sobol-chart';
import type { SobolChartSpec } from '../charts/sobol-chart-vm';
import '../charts/tornado';
import { formatNumber } from '../i18n/format';
import { formatParam } from '../i18n/format-param';
import { type Lang, pick } from '../i18n/i18n';
import { paramDef } from '../state/catalogue';
import type { McResult } from './mc-protocol';
import { sensitivityText } from './sensitivity-text';
import { sobolSpec } from './sobol-model';
import { LastTornado } from './tornado-model';

/** The app's numbers for a distribution's words: bounds in the parameter's unit ("40%", "Mar 2025"). */
export function distributionNumbers(id: ParamId, lang: Lang): DistributionNumbers {
  const def = paramDef(id);
  return { value: (x) => formatParam(def, x, lang), plain: (x) => formatNumber(x, lang) };
}

/**
 * The uncertainty panel under the Jevons curve: the tornado of what moves the verdict (one
 * parameter at a time) beside the Sobol indices (every parameter at once: what acts alone and what
 * together), and the list of uncertain parameters with the distributions that were sampled.
 */
@customElement('jv-uncertainty-panel')
export class UncertaintyPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-top: 0.8rem;
    }
    .stale {
      opacity: 0.55;
    }
    .charts {
      display: grid;
      /* Side by side when each gets 32rem (the tornado's long labels need it), else one above the other. */
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 32rem), 1fr));
      gap: 0.8rem 1.6rem;
      align-items: start;
    }
    details {
      margin-top: 0.5rem;
      font-size: 0.85rem;
    }
    summary {
      cursor: pointer;
    }
    summary:focus-visible {
      outline: 3px solid var(--jv-focus);
      outline-offset: 2px;
    }
    ul {
      margin: 0.4rem 0;
      padding-left: 1.2rem;
    }
    .note {
      color: var(--jv-muted);
      margin: 0.2rem 0;
    }
    /* On paper the disclosure is a control that does nothing; the charts carry the finding. */
    @media print {
      details {
        display: none;
      }
    }
  `;

  @property({ attribute: false }) result: McResult | null = null;
  @property({ attribute: false }) language: Lang = 'en';
  private readonly tornado = new LastTornado();
  /** The Sobol chart's spec, rebuilt only when the indices or the language change. */
  private sobolCache: { sobol: NonNullable<McResult['sobol']>; lang: Lang; spec: SobolChartSpec } | null =
    null;

  private sobolChart(result: McResult, lang: Lang) {
    const sobol = result.sobol;
    if (sobol && (this.sobolCache?.sobol !== sobol || this.sobolCache.lang !== lang)) {
      this.sobolCache = { sobol, lang, spec: sobolSpec(sobol, lang) };
    }
    if (result.parameterIds.length === 0)
      return html`<p class="note">${sensitivityText(lang, 'sobolNoData')}</p>`;
    if (result.sobolError) {
      return html`<p class="note" role="status">${sensitivityText(lang, 'sobolFailed', { message: result.sobolError })}</p>`;
    }
    const cached = this.sobolCache?.lang === lang ? this.sobolCache : null;
    const waiting = html`<p class="note" role="status">${sensitivityText(lang, 'sobolWaiting')}</p>`;
    if (!cached) return waiting;
    // While new indices are computed, the last chart stays, dimmed (a drag changes them little).
    const stale = cached.sobol !== sobol;
    return html`<jv-sobol-chart class=${stale ? 'stale' : ''} aria-busy=${stale ? 'true' : 'false'} .spec=${cached.spec}></jv-sobol-chart>
      ${stale ? waiting : nothing}`;
  }

  override render() {
    const lang = this.language;
    const result = this.result;
    if (!result) return nothing;
    const entries = Object.entries(result.distributions) as [ParamId, Distribution][];
    return html`<div class="charts">
        <jv-tornado .spec=${this.tornado.spec(result.sensitivity, lang)}></jv-tornado>
        <div>${this.sobolChart(result, lang)}</div>
      </div>
      <details>
        <summary>${sensitivityText(lang, 'distributionsTitle', { count: entries.length })}</summary>
        <p class="note">${sensitivityText(lang, 'distributionsNote')}</p>
        <ul>
          ${entries.map(([id, d]) => html`<li>${pick(paramDef(id).label, lang)}: ${describeDistribution(d, lang, distributionNumbers(id, lang))}</li>`)}
        </ul>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-uncertainty-panel': UncertaintyPanel;
  }
}
