import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ParamId } from '../../models/schema';
import type { Scenario } from '../../src/model/types';
import { formatParam } from '../i18n/format-param';
import { type Lang, pick, t } from '../i18n/i18n';
import { vintageText } from '../i18n/vintage';
import { paramDef } from '../state/catalogue';
import { KEY_PARAMETERS, mainSource, sourceLine } from '../state/source-line';
import { changedLine } from './export-caption';
import { OffscreenLaterElement } from './offscreen-update';

/**
 * What a printed page needs besides the verdict and the charts, and the screen does not: the key
 * assumptions with their values (and what was changed from the preset), the first source of each,
 * the vintage, and the link that opens this view again. Shown only in print.
 */
@customElement('jv-print-summary')
export class PrintSummary extends OffscreenLaterElement {
  static override styles = css`
    :host {
      display: none;
    }
    @media print {
      :host {
        display: block;
        break-inside: auto;
        font-size: 10pt;
      }
    }
    h2 {
      font-size: 12pt;
      margin: 0 0 4pt;
    }
    p {
      margin: 2pt 0;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 2pt 4pt;
      border-top: 0.5pt solid #999;
    }
    ol {
      padding-left: 14pt;
      margin: 2pt 0;
    }
    .link {
      overflow-wrap: anywhere;
    }
  `;

  @property({ attribute: false }) scenario: Scenario | null = null;
  @property({ attribute: false }) language: Lang = 'en';
  /** The link that opens this view. */
  @property({ attribute: false }) link = '';
  private readonly print = window.matchMedia('print');
  /** Between `beforeprint` and `afterprint` (the print media may not match yet when it starts). */
  private printing = false;
  private readonly onBefore = () => {
    this.printing = true;
    this.requestUpdate();
  };
  private readonly onAfter = () => {
    this.printing = false;
  };
  private readonly onMedia = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.print.addEventListener('change', this.onMedia);
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.print.removeEventListener('change', this.onMedia);
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
  }

  /** Hidden on screen: it renders only for paper, so a slider step does not pay for it. */
  protected override shouldUpdate(): boolean {
    return this.printing || this.print.matches;
  }

  override render() {
    const s = this.scenario;
    const lang = this.language;
    if (!s) return html``;
    const value = (id: ParamId) => {
      const v = s.parameters[id];
      return typeof v === 'number' ? formatParam(paramDef(id), v, lang) : (v?.expression ?? '—');
    };
    return html`<section aria-labelledby="assumptions">
      <h2 id="assumptions">${t(lang, 'print.assumptions')}</h2>
      <p>${t(lang, 'caption.scenario', { name: s.name })} · ${t(lang, 'vintage.label', { vintage: vintageText(lang, s.asOf) })}</p>
      <p>${changedLine(s, lang)}</p>
      <table>
        <tbody>
          ${KEY_PARAMETERS.map(
            (id) => html`<tr>
              <th scope="row">${pick(paramDef(id).label, lang)}</th>
              <td>${value(id)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h2>${t(lang, 'print.sources')}</h2>
      <ol>
        ${KEY_PARAMETERS.map((id) => {
          const source = mainSource(paramDef(id));
          return html`<li>${pick(paramDef(id).label, lang)}: ${source ? sourceLine(source, lang) : '—'}</li>`;
        })}
      </ol>
      <p>${t(lang, 'print.allSources')}</p>
      <p class="link">${t(lang, 'caption.link', { link: this.link })}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-print-summary': PrintSummary;
  }
}
