import { html } from 'lit';
import { type Lang, t } from '../i18n/i18n';

/** Fired by the parameter panel's toolbar: `jv-undo` and `jv-reset-all` (no detail). */
function fire(host: HTMLElement, type: 'jv-undo' | 'jv-reset-all'): void {
  host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
}

/**
 * Undo and reset-all above the sliders. They stay focusable when there is nothing to do
 * (aria-disabled, not disabled), so the keyboard is never dropped on the page's body after one.
 */
export function paramToolbar(host: HTMLElement, lang: Lang, canUndo: boolean, edited: boolean) {
  const click = (type: 'jv-undo' | 'jv-reset-all', enabled: boolean) => () => {
    if (enabled) fire(host, type);
  };
  return html`<div class="toolbar" role="group" aria-label=${t(lang, 'params.toolbar')}>
    <button type="button" class="undo" aria-disabled=${canUndo ? 'false' : 'true'} @click=${click('jv-undo', canUndo)}>
      ${t(lang, 'params.undo')}
    </button>
    <button type="button" class="reset" aria-disabled=${edited ? 'false' : 'true'} @click=${click('jv-reset-all', edited)}>
      ${t(lang, 'params.resetAll')}
    </button>
  </div>`;
}

declare global {
  interface HTMLElementEventMap {
    'jv-undo': CustomEvent<undefined>;
    'jv-reset-all': CustomEvent<undefined>;
  }
}
