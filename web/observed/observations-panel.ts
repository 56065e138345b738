import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Lang } from '../i18n/i18n';
import { observedT } from '../i18n/observed-messages';
import { dayText } from '../i18n/vintage';
import { type ImportProblem, importProblemText } from './import-problems';
import type { ImportedFile } from './imported-store';
import type { ObservedView } from './observed-layer';
import type { ObservedRow } from './observed-rows';
import { observationsPanelStyles } from './observations-panel.styles';

/** What the panel asks of the app: import a file, remove a figure or a file, hide a refusal. */
export type ObservedAction =
  | { action: 'import'; file: File }
  | { action: 'remove'; fileId: string; index?: number; what: string }
  | { action: 'dismiss' };

/** At most this many of a refused file's problems are listed (the count says how many more). */
const SHOWN_ERRORS = 20;

/**
 * The observed figures under the charts: what the dots mean, the button that imports a file of
 * observations, the reader's problems with a refused file (row, field, rule and value), the
 * imported figures with a remove button each, and the in-sample set — each figure with its months,
 * value, publication dates and the chart it is drawn on, or why it is drawn on none.
 */
@customElement('jv-observations-panel')
export class ObservationsPanel extends LitElement {
  static override styles = observationsPanelStyles;

  @property({ attribute: false }) view: ObservedView | null = null;
  @property({ attribute: false }) refused: { file: string; problems: ImportProblem[] } | null = null;
  @property({ attribute: false }) storageError = '';
  @property({ attribute: false }) language: Lang = 'en';
  @query('input[type=file]') private input!: HTMLInputElement;

  private send(detail: ObservedAction): void {
    this.dispatchEvent(new CustomEvent('jv-observations', { detail, bubbles: true, composed: true }));
  }

  private onFile(): void {
    const file = this.input.files?.[0];
    // Cleared so the same file can be chosen again after it is corrected.
    this.input.value = '';
    if (file) this.send({ action: 'import', file });
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const lang = this.language;
    const date = dayText(view.asOf, lang);
    const inSample = view.rows.filter((r) => r.origin === 'in-sample');
    const drawn = inSample.filter((r) => r.chart !== null).length;
    return html`<section aria-labelledby="observed-title">
      <h2 id="observed-title">${observedT(lang, 'observed.title')}</h2>
      <p class="intro">${observedT(lang, 'observed.intro', { date })}</p>
      <div class="import">
        <button type="button" class="import-button" @click=${() => this.input.click()}>
          ${observedT(lang, 'observed.import')}
        </button>
        <input type="file" hidden accept=".csv,.json,text/csv,application/json" @change=${this.onFile} />
        <p class="help">${observedT(lang, 'observed.importHelp')}</p>
      </div>
      ${this.refusedBox(lang)}
      ${this.storageError ? html`<p class="storage" role="alert">${observedT(lang, 'observed.storageFailed', { reason: this.storageError })}</p>` : nothing}
      ${view.files.length > 0 ? this.importedList(view, lang) : nothing}
      <details>
        <summary>${observedT(lang, 'observed.inSample', { count: inSample.length, drawn })}</summary>
        ${this.table(inSample, lang, false)}
      </details>
    </section>`;
  }

  private refusedBox(lang: Lang) {
    const refused = this.refused;
    if (!refused) return nothing;
    const more = refused.problems.length - SHOWN_ERRORS;
    return html`<div class="refused" role="alert">
      <p>${observedT(lang, 'observed.importFailed', { file: refused.file, count: refused.problems.length })}</p>
      <ul>
        ${refused.problems.slice(0, SHOWN_ERRORS).map((p) => html`<li>${importProblemText(p, lang)}</li>`)}
        ${more > 0 ? html`<li>${observedT(lang, 'observed.moreErrors', { count: more })}</li>` : nothing}
      </ul>
      <button type="button" @click=${() => this.send({ action: 'dismiss' })}>${observedT(lang, 'observed.dismiss')}</button>
    </div>`;
  }

  private importedList(view: ObservedView, lang: Lang) {
    return html`<h3>${observedT(lang, 'observed.yours')}</h3>
      ${view.files.map((f) => this.importedFile(f, view.rows, lang))}`;
  }

  private importedFile(file: ImportedFile, rows: readonly ObservedRow[], lang: Lang) {
    const mine = rows.filter((r) => r.fileId === file.id);
    const when = file.importedAt.slice(0, 10);
    return html`<div class="file" data-file=${file.id}>
      <p class="file-head">
        <span>${observedT(lang, 'observed.fileHeading', { file: file.name, date: when, count: file.observations.length })}</span>
        <button
          type="button"
          class="remove"
          aria-label=${observedT(lang, 'observed.removeFileLabel', { file: file.name })}
          @click=${() => this.send({ action: 'remove', fileId: file.id, what: `“${file.name}”` })}
        >
          ${observedT(lang, 'observed.removeFile')}
        </button>
      </p>
      ${file.damaged ? html`<p class="storage" role="alert">${observedT(lang, 'observed.damaged', { file: file.name, reason: file.damaged })}</p>` : this.table(mine, lang, true)}
    </div>`;
  }

  private table(rows: readonly ObservedRow[], lang: Lang, removable: boolean) {
    return html`<div class="table-wrap"><table>
      <thead>
        <tr>
          <th scope="col">${observedT(lang, 'observed.colFigure')}</th>
          <th scope="col">${observedT(lang, 'observed.colMonths')}</th>
          <th scope="col">${observedT(lang, 'observed.colValue')}</th>
          <th scope="col">${observedT(lang, 'observed.colPublished')}</th>
          <th scope="col">${observedT(lang, 'observed.colChart')}</th>
          ${removable ? html`<th scope="col"><span class="sr-only">${observedT(lang, 'observed.remove')}</span></th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr data-observation=${r.key}>
            <td>
              <div class="id">${r.id}</div>
              ${r.definition ? html`<div class="definition">${r.definition}</div>` : nothing}
            </td>
            <td class="months">${r.months}</td>
            <td class="value">${r.value}</td>
            <td class="published">${r.published}</td>
            <td>
              ${r.chart ? html`<span>${r.chart}</span>` : html`<span class="not-drawn">${r.notDrawn}</span>`}
              ${r.tags.length > 0 ? html`<div>${r.tags.map((tag) => html`<span class="tag">${tag}</span>`)}</div>` : nothing}
            </td>
            ${
              removable
                ? html`<td>
                  <button
                    type="button"
                    class="remove"
                    aria-label=${observedT(lang, 'observed.removeLabel', { id: r.id })}
                    @click=${() => this.send({ action: 'remove', fileId: r.fileId ?? '', index: r.index, what: r.id })}
                  >
                    ${observedT(lang, 'observed.remove')}
                  </button>
                </td>`
                : nothing
            }
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-observations-panel': ObservationsPanel;
  }
  interface HTMLElementEventMap {
    'jv-observations': CustomEvent<ObservedAction>;
  }
}
