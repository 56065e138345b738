import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Proportion } from '../../src/uncertainty/stats';
import { formatNumber, formatPercent } from '../i18n/format';
import { type Lang, t } from '../i18n/i18n';
import type { McStatus } from './mc-scheduler';
import { mcText } from './mc-text';

/**
 * The probability that the verdict is backfire, beside the verdict: the share of Monte Carlo
 * samples with rebound above the full-rebound band, with its 95 % Wilson interval. While a newer
 * run is computing, the last figure stays and a progress note says so.
 */
@customElement('jv-backfire-probability')
export class BackfireProbability extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-width: 12rem;
      font-variant-numeric: tabular-nums;
    }
    .label {
      font-size: 0.8rem;
      color: var(--jv-muted);
      margin: 0;
    }
    .value {
      font-size: 1.3rem;
      font-weight: 700;
      margin: 0;
    }
    .detail {
      font-size: 0.78rem;
      color: var(--jv-muted);
      margin: 0;
    }
  `;

  @property({ attribute: false }) probability: Proportion | null = null;
  @property({ attribute: false }) status: McStatus = { state: 'idle' };
  @property({ attribute: false }) language: Lang = 'en';

  private statusText(): string {
    const lang = this.language;
    const s = this.status;
    if (s.state === 'running') {
      return mcText(lang, 'running', {
        count: formatNumber(s.total, lang),
        percent: formatPercent(s.total > 0 ? s.done / s.total : 0, lang, false, 0),
      });
    }
    if (s.state === 'error') return mcText(lang, 'failed', { message: s.message });
    return '';
  }

  override render() {
    const lang = this.language;
    const p = this.probability;
    const status = this.statusText();
    return html`<p class="label">${t(lang, 'jevons.backfireProbability')}</p>
      <p class="value">${p ? formatPercent(p.value, lang, false, 0) : '—'}</p>
      ${
        p
          ? html`<p class="detail">
              ${mcText(lang, 'interval', { low: formatPercent(p.low, lang, false, 0), high: formatPercent(p.high, lang, false, 0) })}
              · ${mcText(lang, 'samples', { count: formatNumber(p.n, lang) })}
            </p>`
          : html`<p class="detail">${status ? nothing : mcText(lang, 'waiting')}</p>`
      }
      <p class="detail" aria-live="polite">${status}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-backfire-probability': BackfireProbability;
  }
}
