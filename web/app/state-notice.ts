import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatParam } from '../i18n/format-param';
import { type Lang, type MessageKey, pick, t } from '../i18n/i18n';
import type { StateProblem } from '../state/app-state';
import { findParameter } from '../state/catalogue';

const MESSAGE: Record<StateProblem['code'], MessageKey> = {
  'bad-json': 'notice.badJson',
  'unknown-id': 'notice.unknownId',
  'not-a-number': 'notice.notANumber',
  'out-of-range': 'notice.outOfRange',
  'not-integer': 'notice.notInteger',
  'too-long': 'notice.tooLong',
  'unknown-preset': 'notice.unknownPreset',
  'bad-value': 'notice.badValue',
  'parse-error': 'notice.parseError',
  'corrupted-saved': 'notice.corruptedSaved',
  'import-failed': 'notice.importFailed',
  'export-failed': 'notice.exportFailed',
};

/** One problem in words; numbers of a known parameter are written with its unit. */
export function problemText(p: StateProblem, lang: Lang): string {
  const def = findParameter(p.field);
  const num = (v: number | string | undefined) =>
    v === undefined ? '' : typeof v === 'number' && def ? formatParam(def, v, lang) : String(v);
  const key = p.code === 'bad-value' && p.kept === undefined ? 'notice.badSetting' : MESSAGE[p.code];
  return t(lang, key, {
    // A parameter is named as the reader sees it, with the id a link or file uses.
    field: def ? `${pick(def.label, lang)} (${def.id})` : p.field,
    value: p.value ?? '',
    min: num(p.min),
    max: num(p.max),
    kept: num(p.kept),
    length: p.value ?? '',
    message: p.message ?? '',
  });
}

/**
 * The notice for state that could not be used (bad link, damaged saved scenario, refused file):
 * each problem in a sentence, the page working with the rest, and a button to dismiss it.
 * Untrusted text is bound as text, never as HTML.
 */
@customElement('jv-state-notice')
export class StateNotice extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    section {
      margin: 0.75rem 1.25rem 0;
      padding: 0.6rem 0.9rem;
      border: 1px solid var(--jv-notice-border);
      border-left-width: 5px;
      border-radius: 6px;
      background: var(--jv-notice-bg);
      color: var(--jv-text);
    }
    h2 {
      font-size: 0.95rem;
      margin: 0 0 0.3rem;
    }
    ul {
      margin: 0 0 0.4rem;
      padding-left: 1.2rem;
      font-size: 0.88rem;
      overflow-wrap: anywhere;
    }
    button {
      font: inherit;
      font-size: 0.85rem;
      color: var(--jv-text);
      background: var(--jv-surface);
      border: 1px solid var(--jv-border);
      border-radius: 4px;
      padding: 0.2rem 0.6rem;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid var(--jv-focus);
      outline-offset: 2px;
    }
  `;

  @property({ attribute: false }) problems: readonly StateProblem[] = [];
  @property({ attribute: false }) language: Lang = 'en';

  override render() {
    if (this.problems.length === 0) return nothing;
    const lang = this.language;
    return html`<section role="alert" aria-labelledby="notice-title">
      <h2 id="notice-title">${t(lang, 'notice.title')}</h2>
      <ul>
        ${this.problems.map((p) => html`<li>${problemText(p, lang)}</li>`)}
      </ul>
      <button type="button" @click=${() => this.dispatchEvent(new Event('jv-dismiss'))}>
        ${t(lang, 'notice.dismiss')}
      </button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-state-notice': StateNotice;
  }
}
