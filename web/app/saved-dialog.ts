import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { type Lang, localeOf, t } from '../i18n/i18n';
import type { SavedEntry } from '../state/saved-scenarios';
import { savedDialogStyles } from './saved-dialog.styles';

/** When an entry was saved, in the reader's language; the stored text as is if it is not a date. */
function savedDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** What the reader asked for in the saved-scenarios dialog. */
export type SavedAction =
  | { type: 'save'; name: string; replace: boolean }
  | { type: 'load'; name: string }
  | { type: 'rename'; from: string; to: string; replace: boolean }
  | { type: 'delete'; name: string };

/** A save or rename that would replace another saved scenario, waiting for the reader's answer. */
type Pending = { type: 'save'; name: string } | { type: 'rename'; from: string; to: string };

/**
 * Modal dialog to save the current scenario under a name and to list, load, rename and delete
 * saved ones. A damaged entry is listed with its reason and can only be deleted, never loaded.
 * Saving or renaming onto the name of another saved scenario asks first: nothing is replaced
 * without an explicit "Replace".
 */
@customElement('jv-saved-dialog')
export class SavedDialog extends LitElement {
  static override styles = savedDialogStyles;

  @property({ attribute: false }) entries: readonly SavedEntry[] = [];
  @property({ attribute: false }) language: Lang = 'en';
  /** Name proposed in the save field. */
  @property({ attribute: false }) suggestedName = '';
  @state() private renaming: string | null = null;
  @state() private pending: Pending | null = null;
  @query('dialog') private dialog!: HTMLDialogElement;

  /** Opens the dialog as a modal. */
  show(): void {
    this.renaming = null;
    this.pending = null;
    if (!this.dialog.open) this.dialog.showModal();
  }

  private act(action: SavedAction): void {
    this.dispatchEvent(new CustomEvent('jv-saved-action', { detail: action, bubbles: true, composed: true }));
  }

  private taken(name: string): boolean {
    return this.entries.some((e) => e.name === name);
  }

  private onSave(e: SubmitEvent): void {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim().slice(0, 120);
    if (!name) return;
    if (this.taken(name)) this.pending = { type: 'save', name };
    else this.act({ type: 'save', name, replace: false });
  }

  private onRename(e: SubmitEvent, from: string): void {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('rename') as HTMLInputElement;
    const to = input.value.trim().slice(0, 120);
    this.renaming = null;
    if (!to || to === from) return;
    if (this.taken(to)) this.pending = { type: 'rename', from, to };
    else this.act({ type: 'rename', from, to, replace: false });
  }

  private confirm(replace: boolean): void {
    const p = this.pending;
    this.pending = null;
    if (!p || !replace) return;
    this.act({ ...p, replace: true });
  }

  private renderConfirm(p: Pending) {
    const lang = this.language;
    const question =
      p.type === 'save'
        ? t(lang, 'saved.confirmSave', { name: p.name })
        : t(lang, 'saved.confirmRename', { from: p.from, to: p.to });
    return html`<div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
      <p id="confirm-text">${question}</p>
      <button type="button" class="replace" @click=${() => this.confirm(true)}>${t(lang, 'saved.replace')}</button>
      <button type="button" @click=${() => this.confirm(false)} autofocus>${t(lang, 'saved.cancel')}</button>
    </div>`;
  }

  private renderEntry(entry: SavedEntry) {
    const lang = this.language;
    const name = entry.name;
    if (this.renaming === name) {
      return html`<li>
        <form @submit=${(e: SubmitEvent) => this.onRename(e, name)}>
          <input name="rename" .value=${name} aria-label=${t(lang, 'saved.newName', { name })} autofocus />
          <button type="submit">${t(lang, 'saved.rename')}</button>
          <button type="button" @click=${() => (this.renaming = null)}>${t(lang, 'saved.cancel')}</button>
        </form>
      </li>`;
    }
    return html`<li class=${entry.ok ? '' : 'damaged'}>
      <span class="name">${name}</span>
      <span class="meta">
        ${entry.ok ? t(lang, 'saved.savedAt', { date: savedDate(entry.savedAt, lang) }) : t(lang, 'saved.corrupted', { reason: entry.reason })}
      </span>
      <span class="actions">
        ${
          entry.ok
            ? html`<button type="button" aria-label=${t(lang, 'saved.loadNamed', { name })} @click=${() => this.act({ type: 'load', name })}>
              ${t(lang, 'saved.load')}
            </button>`
            : nothing
        }
        <button type="button" aria-label=${t(lang, 'saved.renameNamed', { name })} @click=${() => (this.renaming = name)}>
          ${t(lang, 'saved.rename')}
        </button>
        <button type="button" aria-label=${t(lang, 'saved.deleteNamed', { name })} @click=${() => this.act({ type: 'delete', name })}>
          ${t(lang, 'saved.delete')}
        </button>
      </span>
    </li>`;
  }

  override render() {
    const lang = this.language;
    return html`<dialog
      aria-labelledby="saved-title"
      @close=${() => this.dispatchEvent(new CustomEvent('jv-dialog-closed', { bubbles: true, composed: true }))}
    >
      <h2 id="saved-title">${t(lang, 'saved.title')}</h2>
      <form class="save" @submit=${this.onSave}>
        <label for="name">${t(lang, 'saved.namePrompt')}</label>
        <input id="name" name="name" maxlength="120" required .value=${this.suggestedName} />
        <button type="submit">${t(lang, 'saved.save')}</button>
      </form>
      ${this.pending ? this.renderConfirm(this.pending) : nothing}
      ${
        this.entries.length === 0
          ? html`<p>${t(lang, 'saved.empty')}</p>`
          : html`<ul>
            ${this.entries.map((e) => this.renderEntry(e))}
          </ul>`
      }
      <button type="button" class="close" @click=${() => this.dialog.close()}>${t(lang, 'saved.close')}</button>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-saved-dialog': SavedDialog;
  }
  interface HTMLElementEventMap {
    'jv-saved-action': CustomEvent<SavedAction>;
  }
}
