import { html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { formatParam } from '../i18n/format-param';
import { type Lang, pick, t } from '../i18n/i18n';
import { keyParameterDefs, mainSource, sourceLine } from '../state/source-line';
import { helpDialogStyles } from './help-dialog.styles';
import { helpTexts } from './help-texts';

export type HelpTopic = 'howto' | 'glossary';

/**
 * "How to read this model" and the glossary, in one modal dialog with a switch between them.
 * The page's sections are written out in help-en.ts / help-zh.ts; the table of defaults is built
 * from the catalogue, so it always shows the defaults and sources the app runs on. Closing fires
 * `jv-dialog-closed` so the app can put the focus back where the reader opened it.
 */
@customElement('jv-help-dialog')
export class HelpDialog extends LitElement {
  static override styles = helpDialogStyles;

  @property({ attribute: false }) language: Lang = 'en';
  @state() private topic: HelpTopic = 'howto';
  @query('dialog') private dialog!: HTMLDialogElement;

  /** Opens the dialog on a topic. */
  async show(topic: HelpTopic): Promise<void> {
    this.topic = topic;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.body')?.scrollTo(0, 0);
    this.renderRoot.querySelector<HTMLButtonElement>('button.close')?.focus();
  }

  private renderHowTo() {
    const lang = this.language;
    const h = helpTexts(lang);
    return html`${h.howTo.map(
      (s) => html`<section data-section=${s.id}>
          <h3>${s.heading}</h3>
          ${s.paragraphs.map((p) => html`<p>${p}</p>`)}
        </section>`,
    )}
      <section data-section="defaults">
        <h3>${h.defaultsHeading}</h3>
        <p>${h.defaultsLead}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">${t(lang, 'help.parameter')}</th>
              <th scope="col">${t(lang, 'help.default')}</th>
              <th scope="col">${t(lang, 'help.source')}</th>
            </tr>
          </thead>
          <tbody>
            ${keyParameterDefs().map((def) => {
              const source = mainSource(def);
              return html`<tr>
                <th scope="row">${pick(def.label, lang)}</th>
                <td class="value">${formatParam(def, def.value, lang)}</td>
                <td>${source ? sourceLine(source, lang) : ''}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </section>`;
  }

  private renderGlossary() {
    return html`<dl>
      ${helpTexts(this.language).glossary.map(
        (g) => html`<dt id=${`term-${g.id}`}>${g.term}</dt>
          <dd>${g.definition}</dd>`,
      )}
    </dl>`;
  }

  override render() {
    const lang = this.language;
    const h = helpTexts(lang);
    const title = this.topic === 'howto' ? h.howToTitle : h.glossaryTitle;
    const tab = (topic: HelpTopic, label: string) =>
      html`<button type="button" aria-pressed=${this.topic === topic ? 'true' : 'false'} @click=${() => {
        this.topic = topic;
      }}>${label}</button>`;
    return html`<dialog
      aria-labelledby="help-title"
      @close=${() => this.dispatchEvent(new CustomEvent('jv-dialog-closed', { bubbles: true, composed: true }))}
    >
      <div class="top">
        <h2 id="help-title">${title}</h2>
        <div class="tabs">
          ${tab('howto', h.howToTitle)} ${tab('glossary', h.glossaryTitle)}
          <button type="button" class="close" @click=${() => this.dialog.close()}>${t(lang, 'help.close')}</button>
        </div>
      </div>
      <div class="body">${this.topic === 'howto' ? this.renderHowTo() : this.renderGlossary()}</div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-help-dialog': HelpDialog;
  }
  interface HTMLElementEventMap {
    'jv-dialog-closed': CustomEvent<undefined>;
  }
}
