import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { JevonsResult } from '../../src/model/types';
import { BASIS_WORDS } from '../../src/report/verdict-text';
import { formatPercent } from '../i18n/format';
import { type Lang, t } from '../i18n/i18n';
import { verdictWord } from './verdict-model';

/**
 * The verdict in one line — class, change and rebound of the headline — kept at the top of the
 * screen while the full verdict panel is scrolled away (on a phone, while the sliders below it
 * move). Not a live region: the panel's sentence already is one. Fires `jv-to-verdict`.
 */
@customElement('jv-verdict-summary')
export class VerdictSummary extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .bar {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      flex-wrap: wrap;
      padding: 0.4rem 0.75rem;
      background: var(--jv-surface);
      border-bottom: 1px solid var(--jv-border);
      box-shadow: 0 2px 6px rgb(0 0 0 / 12%);
      font-size: 0.85rem;
    }
    .pill {
      display: inline-block;
      padding: 0 0.45rem;
      border-radius: 999px;
      color: var(--jv-on-verdict);
      background: var(--verdict, var(--jv-verdict-undefined));
      font-weight: 600;
    }
    [data-verdict='backfire'] { --verdict: var(--jv-verdict-backfire); }
    [data-verdict='full-rebound'] { --verdict: var(--jv-verdict-full); }
    [data-verdict='partial-rebound'] { --verdict: var(--jv-verdict-partial); }
    [data-verdict='super-conservation'] { --verdict: var(--jv-verdict-super); }
    .figures {
      flex: 1 1 auto;
      font-variant-numeric: tabular-nums;
    }
    button {
      font: inherit;
      font-size: 0.8rem;
      color: var(--jv-accent-text);
      background: none;
      border: 1px solid var(--jv-accent);
      border-radius: 4px;
      padding: 0.15rem 0.45rem;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid var(--jv-focus);
      outline-offset: 2px;
    }
  `;

  @property({ attribute: false }) result: JevonsResult | null = null;
  @property({ attribute: false }) language: Lang = 'en';

  override render() {
    const r = this.result;
    const lang = this.language;
    if (!r) return nothing;
    const h = r.headline;
    const rebound = h.value !== null && Number.isFinite(h.value) ? h.value.toFixed(2) : '—';
    return html`<div class="bar" data-verdict=${h.verdict} aria-label=${t(lang, 'summary.label')} role="group">
      <span class="pill">${verdictWord(h.verdict, lang)}</span>
      <span class="figures">${t(lang, 'summary.figures', {
        basis: BASIS_WORDS[lang][h.basis],
        change: formatPercent(h.changeVsBase, lang, true, 2),
        rebound,
      })}</span>
      <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('jv-to-verdict', { bubbles: true, composed: true }))}>
        ${t(lang, 'summary.toVerdict')}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-verdict-summary': VerdictSummary;
  }
  interface HTMLElementEventMap {
    'jv-to-verdict': CustomEvent<undefined>;
  }
}
