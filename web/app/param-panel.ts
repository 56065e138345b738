import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { ParamId } from '../../models/schema';
import type { DemandCurveKind, Scenario } from '../../src/model/types';
import { NAMED_CURVES } from '../../src/scenario/demand-curves';
import '../components/param-slider';
import { type Lang, pick, t } from '../i18n/i18n';
import { type SliderSection, slidersByGroup } from '../state/catalogue';
import { inactiveParameters } from '../state/relevance';
import { paramToolbar } from './param-toolbar';

const GROUPS = slidersByGroup();

/** Detail of `jv-curve`: the named demand curve the reader picked. */
interface CurveEventDetail {
  kind: Exclude<DemandCurveKind, 'expression'>;
}

/**
 * The left column: one collapsible section per catalogue group with a slider per parameter — the
 * tiers group one sub-section per tier — and the demand-curve picker (from the scenario module's
 * registry of named curves) in the demand group. Slider events bubble through unchanged.
 */
@customElement('jv-param-panel')
export class ParamPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h2 {
      font-size: 1rem;
      margin: 0;
    }
    .top {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      flex-wrap: wrap;
      margin: 0 0 0.5rem;
    }
    .toolbar {
      display: flex;
      gap: 0.4rem;
    }
    .toolbar button {
      font: inherit;
      font-size: 0.82rem;
      color: var(--jv-text);
      background: var(--jv-surface);
      border: 1px solid var(--jv-border);
      border-radius: 6px;
      padding: 0.2rem 0.55rem;
      min-height: 1.9rem;
      cursor: pointer;
    }
    .toolbar button[aria-disabled='true'] {
      cursor: default;
      color: var(--jv-muted);
      border-style: dashed;
    }
    .toolbar button:focus-visible {
      outline: 3px solid var(--jv-focus);
      outline-offset: 2px;
    }
    details {
      border: 1px solid var(--jv-rule);
      border-radius: 8px;
      background: var(--jv-surface);
      padding: 0 0.75rem;
      margin-bottom: 0.6rem;
      /* A group scrolled out of the column is neither laid out nor painted on each step. */
      content-visibility: auto;
      contain-intrinsic-size: auto 600px;
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
    h3 {
      font-size: 0.88rem;
      margin: 0.6rem 0 0;
      padding-top: 0.5rem;
      border-top: 1px solid var(--jv-rule);
    }
    .tier-note {
      margin: 0.1rem 0 0;
      font-size: 0.78rem;
      color: var(--jv-muted);
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
    .curve p {
      margin: 0;
      font-size: 0.78rem;
      color: var(--jv-muted);
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
  /** Some scenario change can be undone. */
  @property({ type: Boolean, attribute: false }) canUndo = false;
  /** Some parameter differs from the preset (reset-all has something to do). */
  @property({ type: Boolean, attribute: false }) edited = false;
  private inactive: ReturnType<typeof inactiveParameters> = new Map();
  private inactiveFor: Scenario | null = null;

  /** Focuses the undo button, or reset-all when there is nothing left to undo (after either acts). */
  focusToolbar(which: 'undo' | 'reset'): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`button.${which}`)?.focus(),
    );
  }

  private onCurve(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    const named = NAMED_CURVES.find((c) => c.id === value);
    if (!named) return;
    const detail: CurveEventDetail = { kind: named.id };
    this.dispatchEvent(new CustomEvent('jv-curve', { detail, bubbles: true, composed: true }));
  }

  private renderCurve() {
    const lang = this.language;
    const curve = this.scenario.demandCurve;
    const named = NAMED_CURVES.find((c) => c.id === curve.kind);
    return html`<div class="curve">
      <label for="curve">${t(lang, 'params.curve')}</label>
      <select id="curve" .value=${curve.kind} @change=${this.onCurve} aria-describedby="curve-note">
        ${NAMED_CURVES.map((c) => html`<option value=${c.id} ?selected=${c.id === curve.kind}>${pick(c.label, lang)}</option>`)}
        ${
          curve.kind === 'expression'
            ? html`<option value="expression" selected disabled>
                ${t(lang, 'params.curveExpression', { expression: curve.expression })}
              </option>`
            : nothing
        }
      </select>
      <p id="curve-note">${named ? pick(named.description, lang) : ''}</p>
    </div>`;
  }

  private renderSliders(section: SliderSection) {
    const lang = this.language;
    const { parameters } = this.scenario;
    // A step moves one parameter: the other sliders' bindings are not even compared (guard), which
    // was most of this panel's part of a slider step (dozens of sliders, five bindings each).
    return section.params.map((def) => {
      const value = parameters[def.id];
      const defaultValue = this.defaults[def.id];
      const inactive = this.inactive.get(def.id) ?? null;
      return guard(
        [value, defaultValue, lang, inactive],
        () => html`<jv-param-slider
          .def=${def}
          .value=${value}
          .defaultValue=${defaultValue}
          .language=${lang}
          .inactive=${inactive}
        ></jv-param-slider>`,
      );
    });
  }

  override render() {
    const lang = this.language;
    if (this.inactiveFor !== this.scenario) {
      this.inactiveFor = this.scenario;
      this.inactive = inactiveParameters(this.scenario);
    }
    return html`<div class="top"><h2>${t(lang, 'params.title')}</h2>${paramToolbar(this, lang, this.canUndo, this.edited)}</div>
      ${GROUPS.map(
        ({ group, sections }) => html`<details open data-group=${group.id}>
          <summary>${pick(group.label, lang)}</summary>
          ${group.id === 'demand' ? this.renderCurve() : nothing}
          ${sections.map((section) =>
            section.key === group.id
              ? this.renderSliders(section)
              : html`<h3>${pick(section.label, lang)}</h3>
                  ${section.description ? html`<p class="tier-note">${pick(section.description, lang)}</p>` : nothing}
                  ${this.renderSliders(section)}`,
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
