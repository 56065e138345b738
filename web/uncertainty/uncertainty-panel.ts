import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Distribution, ParamId } from '../../src/model/types';
import '../charts/tornado';
import type { TornadoSpec } from '../charts/tornado-vm';
import { formatNumber } from '../i18n/format';
import { formatParam } from '../i18n/format-param';
import { type Lang, pick } from '../i18n/i18n';
import { paramDef } from '../state/catalogue';
import type { McResult } from './mc-protocol';
import { mcText } from './mc-text';

/** A distribution in words, its bounds in the parameter's unit ("triangular: 0.5 – 1 – 2"). */
export function describeDistribution(id: ParamId, d: Distribution, lang: Lang): string {
  const def = paramDef(id);
  const v = (x: number) => formatParam(def, x, lang);
  switch (d.dist) {
    case 'fixed':
      return mcText(lang, 'fixed', { value: v(d.value) });
    case 'uniform':
      return mcText(lang, 'uniform', { min: v(d.min), max: v(d.max) });
    case 'triangular':
      return mcText(lang, 'triangular', { min: v(d.min), mode: v(d.mode), max: v(d.max) });
    case 'normal':
      return mcText(lang, 'normal', { mean: v(d.mean), sd: formatNumber(d.sd, lang) });
    case 'lognormal':
      return mcText(lang, 'lognormal', { median: v(d.median), sigma: formatNumber(d.sigma, lang) });
  }
}

/**
 * The uncertainty panel under the Jevons curve: the tornado of what moves the verdict, and the
 * list of uncertain parameters with the distributions that were sampled.
 */
@customElement('jv-uncertainty-panel')
export class UncertaintyPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-top: 0.8rem;
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
  `;

  @property({ attribute: false }) result: McResult | null = null;
  @property({ attribute: false }) tornado: TornadoSpec | null = null;
  @property({ attribute: false }) language: Lang = 'en';

  override render() {
    const lang = this.language;
    const result = this.result;
    if (!result) return nothing;
    const entries = Object.entries(result.distributions) as [ParamId, Distribution][];
    return html`<jv-tornado .spec=${this.tornado}></jv-tornado>
      <details>
        <summary>${mcText(lang, 'distributionsTitle', { count: entries.length })}</summary>
        <p class="note">${mcText(lang, 'distributionsNote')}</p>
        <ul>
          ${entries.map(([id, d]) => html`<li>${pick(paramDef(id).label, lang)}: ${describeDistribution(id, d, lang)}</li>`)}
        </ul>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-uncertainty-panel': UncertaintyPanel;
  }
}
