import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { removedV1Id } from '../../src/scenario/v1-ids';
import { type Lang, type MessageKey, pick, t } from '../i18n/i18n';
import type { StateProblem } from '../state/app-state';
import { findParameter } from '../state/catalogue';
import { pathKeys } from '../state/read-scenario';

const MESSAGE: Record<StateProblem['code'], MessageKey> = {
  'bad-json': 'notice.badJson',
  'too-long': 'notice.tooLong',
  'bad-value': 'notice.badSetting',
  'parse-error': 'notice.parseError',
  'corrupted-saved': 'notice.corruptedSaved',
  'import-failed': 'notice.importFailed',
  'export-failed': 'notice.exportFailed',
};

/**
 * The field a problem is about, as the reader sees it: a parameter by its label with the id a link
 * or file uses ("Market elasticity of demand (elasticity)"), anything else by its key or JSONPath.
 */
function fieldText(field: string, lang: Lang): { text: string; id?: string } {
  const keys = field.startsWith('$') ? pathKeys(field) : null;
  const id = keys && (keys[0] === 'parameters' || keys[0] === 'distributions') ? keys[1] : undefined;
  if (id === undefined) return { text: field };
  const def = findParameter(id);
  return { text: def ? `${pick(def.label, lang)} (${def.id})` : id, id };
}

/**
 * One problem in words. The reader's own sentence comes in English; a version-1 id it refused is
 * explained in the reader's language from the catalogue of retired ids.
 */
function problemText(p: StateProblem, lang: Lang): string {
  const field = fieldText(p.field, lang);
  const retired = field.id !== undefined ? removedV1Id(field.id, lang) : undefined;
  if (retired) return t(lang, 'notice.retired', { message: retired });
  return t(lang, MESSAGE[p.code], {
    field: field.text,
    value: p.value ?? '',
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
