import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type Lang, t } from '../i18n/i18n';
import { plainButtonStyles } from '../styles/buttons.styles';
import { guideTexts } from './guide-texts';

const KEY = 'jevons.guide.dismissed';

/** True when the reader has dismissed the guide in this browser (storage refused counts as not). */
export function guideDismissed(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers (or forgets) that the guide was dismissed; a browser that refuses storage just shows it again. */
export function rememberGuide(dismissed: boolean): void {
  try {
    if (dismissed) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode or storage full: the guide comes back next time, nothing is lost.
  }
}

/**
 * A short first-visit guide above the results: four sentences on what the page answers and where
 * things are, a link to "How to read this model", and a dismiss button. Fires `jv-guide-dismissed`
 * and `jv-open-help` (detail 'howto'); the app reopens it from the Help menu.
 */
@customElement('jv-first-visit-guide')
export class FirstVisitGuide extends LitElement {
  static override styles = [
    plainButtonStyles,
    css`
    :host {
      display: block;
    }
    section {
      border: 1px solid var(--jv-accent);
      border-left-width: 5px;
      border-radius: 10px;
      background: var(--jv-surface);
      padding: 0.7rem 1rem;
    }
    h2 {
      font-size: 0.98rem;
      margin: 0 0 0.3rem;
    }
    ol {
      margin: 0;
      padding-left: 1.2rem;
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
      gap: 0.15rem 2rem;
      font-size: 0.84rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      margin-top: 0.5rem;
      flex-wrap: wrap;
    }
  `,
  ];

  @property({ attribute: false }) language: Lang = 'en';

  private fire(type: 'jv-guide-dismissed' | 'jv-open-help'): void {
    this.dispatchEvent(new CustomEvent(type, { detail: 'howto', bubbles: true, composed: true }));
  }

  override render() {
    const lang = this.language;
    const h = guideTexts(lang);
    return html`<section aria-labelledby="guide-title">
      <h2 id="guide-title">${h.guideTitle}</h2>
      <ol>
        ${h.guideSteps.map((step) => html`<li>${step}</li>`)}
      </ol>
      <div class="actions">
        <button type="button" @click=${() => this.fire('jv-open-help')}>${t(lang, 'guide.readMore')}</button>
        <button type="button" class="dismiss" @click=${() => this.fire('jv-guide-dismissed')}>${t(lang, 'guide.dismiss')}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-first-visit-guide': FirstVisitGuide;
  }
  interface HTMLElementEventMap {
    'jv-guide-dismissed': CustomEvent<'howto'>;
    'jv-open-help': CustomEvent<'howto' | 'glossary'>;
  }
}
