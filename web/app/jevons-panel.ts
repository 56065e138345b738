import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type Lang, t } from '../i18n/i18n';
import { vintageText } from '../i18n/vintage';
import type { BaselineView } from './baseline-figures';
import { jevonsPanelStyles } from './jevons-panel.styles';
import type { VerdictView } from './verdict-model';
import { baselineTable, breakEvenList, verdictTable, warningsBox } from './verdict-templates';
import { OffscreenLaterElement } from './offscreen-update';

/**
 * The Jevons panel: the headline in a sentence, any warnings, the verdict at every horizon and
 * basis, the break-even elasticity per basis, the demanded-compute diagnostic and the dashed
 * baseline's totals beside the current ones. The title carries the data vintage ("as of 28 Feb
 * 2025", or the scenario's own `asOf`) beside the verdict. The `backfire-probability` slot beside the
 * sentence takes the Monte Carlo's probability of backfire.
 */
@customElement('jv-jevons-panel')
export class JevonsPanel extends OffscreenLaterElement {
  static override styles = jevonsPanelStyles;

  @property({ attribute: false }) verdict: VerdictView | null = null;
  @property({ attribute: false }) error: string | null = null;
  @property({ attribute: false }) language: Lang = 'en';
  /** The dashed baseline's totals, or null while there is no result. */
  @property({ attribute: false }) baseline: BaselineView | null = null;
  /** The scenario's own vintage (`asOf`, YYYY-MM-DD), shown instead of the catalogue's when set. */
  @property({ attribute: false }) asOf: string | undefined = undefined;

  override render() {
    const { verdict, language: lang } = this;
    const title = html`<div class="title-row">
      <h2>${t(lang, 'jevons.title')}</h2>
      <p class="vintage" data-vintage title=${t(lang, 'vintage.title')}>${t(lang, 'vintage.label', { vintage: vintageText(lang, this.asOf) })}</p>
    </div>`;
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
      </div>
      ${this.baseline ? baselineTable(this.baseline, lang) : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-jevons-panel': JevonsPanel;
  }
}
