import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ParamId } from '../../models/schema';
import type { DemandCurveKind, Scenario } from '../../src/model/types';
import '../components/param-slider';
import { type Lang, pick, t } from '../i18n/i18n';
import { parametersByGroup } from '../state/catalogue';

const GROUPS = parametersByGroup();

/** Detail of `jv-curve`: the demand curve the reader picked. */
export interface CurveEventDetail {
  kind: Exclude<DemandCurveKind, 'expression'>;
}

/**
 * The left column: one fieldset per catalogue group with a slider per parameter, and the
 * demand-curve selector in the demand group. Slider events bubble through unchanged.
 */
@customElement('jv-param-panel')
export class ParamPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    details {
      border: 1px solid var(--jv-rule);
      border-radius: 8px;
      background: var(--jv-surface);
      padding: 0 0.75rem;
      margin-bottom: 0.6rem;
    }
    summary {
      cursor: pointer;
      font-weight: 700;
      padding: 0.55rem 0;
      list-style-position: inside;
    }
    summary:focus-visible,
    select:focus-visible {
      outline: 3px solid var(--jv-focus);
      outline-offset: 2px;
    }
    .curve {
      display: grid;
      gap: 0.25rem;
      padding: 0.45rem 0 0.6rem;
      border-bottom: 1px solid var(--jv-rule);
      font-size: 0.9rem;
    }
    .curve label {
      font-weight: 600;
    }
    select {
      font: inherit;
      color: var(--jv-text);
      background: var(--jv-surface);
      border: 1px solid var(--jv-border);
      border-radius: 4px;
      padding: 0.25rem;
    }
  `;

  @property({ attribute: false }) scenario!: Scenario;
  /** The preset's values, where "reset" goes back to. */
  @property({ attribute: false }) defaults!: Record<ParamId, number>;
  @property({ attribute: false }) language: Lang = 'en';

  private onCurve(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    if (value !== 'constant' && value !== 'reservation') return;
    const detail: CurveEventDetail = { kind: value };
    this.dispatchEvent(new CustomEvent('jv-curve', { detail, bubbles: true, composed: true }));
  }

  private renderCurve() {
    const lang = this.language;
    const curve = this.scenario.demandCurve;
    return html`<div class="curve">
      <label for="curve">${t(lang, 'params.curve')}</label>
      <select id="curve" .value=${curve.kind} @change=${this.onCurve}>
        <option value="constant" ?selected=${curve.kind === 'constant'}>${t(lang, 'params.curveConstant')}</option>
        <option value="reservation" ?selected=${curve.kind === 'reservation'}>
          ${t(lang, 'params.curveReservation')}
        </option>
        ${
          curve.kind === 'expression'
            ? html`<option value="expression" selected disabled>
                ${t(lang, 'params.curveExpression', { expression: curve.expression })}
              </option>`
            : ''
        }
      </select>
    </div>`;
  }

  override render() {
    const lang = this.language;
    const { parameters } = this.scenario;
    return html`<h2>${t(lang, 'params.title')}</h2>
      ${GROUPS.map(
        ({ group, params }) => html`<details open>
          <summary>${pick(group.label, lang)}</summary>
          ${group.id === 'demand' ? this.renderCurve() : ''}
          ${params.map(
            (def) => html`<jv-param-slider
              .def=${def}
              .value=${parameters[def.id]}
              .defaultValue=${this.defaults[def.id]}
              .language=${lang}
            ></jv-param-slider>`,
          )}
        </details>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-param-panel': ParamPanel;
  }
  interface HTMLElementEventMap {
    'jv-curve': CustomEvent<CurveEventDetail>;
  }
}
