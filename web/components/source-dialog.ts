import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { ParameterDef, Source } from '../../models/schema';
import { formatParam } from '../i18n/format-param';
import { type Lang, pick, t } from '../i18n/i18n';
import { describeArticle } from '../state/catalogue';

/**
 * A modal dialog listing every source of a parameter: the Chinese original quote and its English,
 * the article's title, publisher and date; derived arithmetic; assumptions. Native `<dialog>` gives
 * focus trapping and Escape; closing fires `jv-close` so the opener can drop the element.
 */
@customElement('jv-source-dialog')
export class SourceDialog extends LitElement {
  static override styles = css`
    dialog {
      max-width: min(40rem, calc(100vw - 2rem));
      max-height: calc(100vh - 4rem);
      color: var(--jv-text);
      background: var(--jv-surface);
      border: 1px solid var(--jv-border);
      border-radius: 8px;
      padding: 1rem 1.25rem;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 45%);
    }
    .top {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: 1rem;
    }
    h2 {
      font-size: 1.05rem;
      margin: 0 0 0.4rem;
    }
    .desc,
    .meta {
      color: var(--jv-muted);
      font-size: 0.88rem;
    }
    ol {
      padding-left: 1.2rem;
    }
    li {
      margin: 0 0 0.9rem;
    }
    .kind {
      font-weight: 700;
      font-size: 0.8rem;
      text-transform: uppercase;
      letter-spacing: 0.03em;
    }
    blockquote {
      margin: 0.3rem 0;
      padding-left: 0.7rem;
      border-left: 3px solid var(--jv-accent);
    }
    code {
      font-family: ui-monospace, monospace;
      white-space: pre-wrap;
    }
    button {
      font: inherit;
      color: var(--jv-text);
      background: var(--jv-surface-2);
      border: 1px solid var(--jv-border);
      border-radius: 4px;
      padding: 0.3rem 0.8rem;
      cursor: pointer;
    }
    :focus-visible {
      outline: 3px solid var(--jv-focus);
      outline-offset: 2px;
    }
  `;

  @property({ attribute: false }) def!: ParameterDef;
  @property({ attribute: false }) language: Lang = 'en';
  @query('dialog') private dialog!: HTMLDialogElement;

  override firstUpdated(): void {
    this.dialog.showModal();
  }

  private close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  private renderSource(source: Source) {
    const { language: lang } = this;
    // Every source says when it was published (vintages leave out what came later), and whether
    // it only gives context rather than supporting the default.
    const published = [
      t(lang, 'sources.published', { date: source.date }),
      ...(source.contextOnly ? [t(lang, 'sources.contextOnly')] : []),
    ].join(' · ');
    const kindLabel = html`${t(lang, `sources.${source.kind}`)} · <span class="date">${published}</span>`;
    if (source.kind === 'article') {
      const article = describeArticle(source.ref, lang);
      return html`<li>
        <div class="kind">${kindLabel}</div>
        <blockquote lang="zh">${source.quote}</blockquote>
        <blockquote lang="en">${source.quoteEn}</blockquote>
        <div class="meta">
          ${article ? `${article.title} · ${article.publisher} · ${article.date}` : source.ref}
        </div>
        ${source.note ? html`<div class="meta">${t(lang, 'sources.note')}: ${source.note}</div>` : nothing}
      </li>`;
    }
    if (source.kind === 'external') {
      return html`<li>
        <div class="kind">
          ${kindLabel}${source.uncertain ? html` · ${t(lang, 'sources.uncertain')}` : nothing}
        </div>
        ${source.quote ? html`<blockquote>${source.quote}</blockquote>` : nothing}
        <div class="meta">${source.ref}</div>
        ${source.note ? html`<div class="meta">${source.note}</div>` : nothing}
      </li>`;
    }
    if (source.kind === 'derived') {
      return html`<li>
        <div class="kind">${kindLabel}</div>
        <div>${source.ref}</div>
        <div>${t(lang, 'sources.arithmetic')}: <code>${source.arithmetic}</code></div>
        ${source.note ? html`<div class="meta">${source.note}</div>` : nothing}
      </li>`;
    }
    return html`<li>
      <div class="kind">${kindLabel}</div>
      <div>${source.ref}</div>
      ${source.note ? html`<div class="meta">${source.note}</div>` : nothing}
    </li>`;
  }

  override render() {
    const { def, language: lang } = this;
    const label = pick(def.label, lang);
    return html`<dialog
      aria-labelledby="title"
      @close=${() => this.dispatchEvent(new Event('jv-close'))}
    >
      <div class="top">
        <h2 id="title">${t(lang, 'sources.title', { label })}</h2>
        <button type="button" autofocus @click=${this.close}>${t(lang, 'sources.close')}</button>
      </div>
      <p class="desc">${pick(def.description, lang)}</p>
      <p class="meta">${t(lang, 'sources.default', { value: formatParam(def, def.value, lang) })}</p>
      <ol>
        ${def.sources.map((s) => this.renderSource(s))}
      </ol>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-source-dialog': SourceDialog;
  }
}
