import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type Lang, t } from '../i18n/i18n';
import { jevonsPanelStyles } from './jevons-panel.styles';
import type { VerdictView } from './verdict-model';
import { breakEvenList, verdictTable, warningsBox } from './verdict-templates';

/**
 * The Jevons panel: the headline in a sentence, any warnings, the verdict at every horizon and
 * basis, the break-even elasticity per basis and the demanded-compute diagnostic. The
 * `backfire-probability` slot beside the sentence takes the Monte Carlo's probability of backfire.
 */
@customElement('jv-jevons-panel')
export class JevonsPanel extends LitElement {
  static override styles = jevonsPanelStyles;

  @property({ attribute: false }) verdict: VerdictView | null = null;
  @property({ attribute: false }) error: string | null = null;
  @property({ attribute: false }) language: Lang = 'en';

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
      ${warningsBox(verdict, lang)}
      <div class="facts">
        ${verdictTable(verdict, lang)}
        <div class="aside">
          ${breakEvenList(verdict, lang)}
          <p class="diagnostic">${verdict.diagnostic}</p>
        </div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-jevons-panel': JevonsPanel;
  }
}
