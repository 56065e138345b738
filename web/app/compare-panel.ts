import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { JevonsResult, Scenario } from '../../src/model/types';
import { type Lang, pick, t } from '../i18n/i18n';
import type { StateProblem } from '../state/app-state';
import { DEFAULT_PRESET_ID, presets } from '../state/catalogue';
import { runVerdict, type VerdictRun } from '../state/verdict-run';
import { type CompareChoice, choiceLabel, choiceValue, parseChoice, resolveChoice } from './compare-choice';
import { type CompareView, compareView } from './compare-model';
import { comparePanelStyles } from './compare-panel.styles';
import { compareTables } from './compare-templates';
import { OffscreenLaterElement } from './offscreen-update';

type Side = 'a' | 'b';
type Resolved = { key: string; scenario: Scenario | null; problems: StateProblem[] };

/**
 * Two scenarios side by side — the one on screen, a preset, a saved scenario or a pasted link on
 * either side — with both verdicts, the headline figures and B's difference from A, and every
 * parameter that differs. Collapsed until opened (nothing is run while it is closed); the other
 * side's verdict is three engine runs, made once per scenario.
 */
@customElement('jv-compare-panel')
export class ComparePanel extends OffscreenLaterElement {
  static override styles = comparePanelStyles;

  /** The scenario on screen and its verdict (from the app's view). */
  @property({ attribute: false }) current: Scenario | null = null;
  @property({ attribute: false }) currentResult: JevonsResult | null = null;
  @property({ attribute: false }) currentError: string | null = null;
  @property({ attribute: false }) savedNames: readonly string[] = [];
  @property({ attribute: false }) language: Lang = 'en';

  @state() private open = false;
  @state() private choices: Record<Side, CompareChoice> = {
    a: { kind: 'preset', id: DEFAULT_PRESET_ID },
    b: { kind: 'current' },
  };
  @state() private resolved: Partial<Record<Side, Resolved>> = {};
  @query('details') private details!: HTMLDetailsElement;
  private readonly runs = new WeakMap<Scenario, VerdictRun>();
  private presetSet = false;

  /** Opens the panel, scrolls it into view and puts the focus on its first picker. */
  async reveal(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    this.scrollIntoView({ block: 'start' });
    this.renderRoot.querySelector<HTMLSelectElement>('select')?.focus();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Side A starts as the preset the scenario on screen extends: "the preset against my edits".
    if (!this.presetSet && changed.has('current') && this.current) {
      this.presetSet = true;
      this.choices = {
        ...this.choices,
        a: { kind: 'preset', id: this.current.extends ?? DEFAULT_PRESET_ID },
      };
    }
    if (this.open) for (const side of ['a', 'b'] as const) this.resolve(side);
  }

  private key(choice: CompareChoice): string {
    return choice.kind === 'link' ? `link:${choice.link}` : choiceValue(choice);
  }

  /** Reads the side's scenario once per choice (presets and links may need the reader, which is async). */
  private resolve(side: Side): void {
    const choice = this.choices[side];
    if (choice.kind === 'current' || !this.current) return;
    const key = this.key(choice);
    if (this.resolved[side]?.key === key) return;
    this.resolved = { ...this.resolved, [side]: { key, scenario: null, problems: [] } };
    void resolveChoice(choice, this.current).then(({ scenario, problems }) => {
      if (this.resolved[side]?.key !== key) return; // the reader picked something else meanwhile
      this.resolved = { ...this.resolved, [side]: { key, scenario, problems } };
    });
  }

  private side(side: Side): { scenario: Scenario | null; result: JevonsResult | null; error: string | null } {
    const choice = this.choices[side];
    if (choice.kind === 'current')
      return { scenario: this.current, result: this.currentResult, error: this.currentError };
    const scenario =
      this.resolved[side]?.key === this.key(choice) ? (this.resolved[side]?.scenario ?? null) : null;
    if (!scenario) return { scenario: null, result: null, error: null };
    let run = this.runs.get(scenario);
    if (!run) {
      // Once per scenario, so the break-even (the verdict's "because") is worth its ~40 runs here.
      run = runVerdict(scenario, true);
      this.runs.set(scenario, run);
    }
    return { scenario, result: run.result, error: run.error };
  }

  private pick(side: Side, e: Event): void {
    const select = e.target as HTMLSelectElement;
    const previous = this.choices[side];
    const link = previous.kind === 'link' ? previous.link : '';
    const choice = parseChoice(select.value, link);
    if (choice) this.choices = { ...this.choices, [side]: choice };
  }

  private paste(side: Side, e: Event): void {
    const link = (e.target as HTMLInputElement).value;
    this.choices = { ...this.choices, [side]: { kind: 'link', link } };
  }

  private renderPicker(side: Side) {
    const lang = this.language;
    const choice = this.choices[side];
    const value = choiceValue(choice);
    const option = (v: string, label: string) =>
      html`<option value=${v} ?selected=${v === value}>${label}</option>`;
    const name = side === 'a' ? t(lang, 'compare.sideA') : t(lang, 'compare.sideB');
    return html`<div>
      <label>
        <span>${name}</span>
        <select data-side=${side} @change=${(e: Event) => this.pick(side, e)}>
          ${option('current', t(lang, 'compare.current'))}
          ${presets.map((p) => option(`preset:${p.id}`, t(lang, 'baseline.preset', { name: pick(p.label, lang) })))}
          ${this.savedNames.map((n) => option(`saved:${n}`, t(lang, 'baseline.saved', { name: n })))}
          ${option('link', t(lang, 'compare.link'))}
        </select>
      </label>
      ${
        choice.kind === 'link'
          ? html`<label>
              <span>${t(lang, 'compare.pasteLabel', { side: name })}</span>
              <input type="url" data-side=${side} .value=${choice.link} placeholder=${t(lang, 'compare.pastePlaceholder')} @change=${(e: Event) => this.paste(side, e)} />
            </label>`
          : nothing
      }
      ${this.renderProblems(side)}
    </div>`;
  }

  private renderProblems(side: Side) {
    const problems = this.resolved[side]?.problems ?? [];
    if (problems.length === 0 || this.choices[side].kind === 'current') return nothing;
    return html`<ul class="problems" role="alert">
      ${problems.map((p) => html`<li>${p.field}: ${p.message ?? p.value ?? p.code}</li>`)}
    </ul>`;
  }

  private view(): CompareView | null {
    const a = this.side('a');
    const b = this.side('b');
    if (!a.scenario || !b.scenario) return null;
    const lang = this.language;
    return compareView(
      { label: choiceLabel(this.choices.a, lang), scenario: a.scenario, result: a.result, error: a.error },
      { label: choiceLabel(this.choices.b, lang), scenario: b.scenario, result: b.result, error: b.error },
      lang,
    );
  }

  override render() {
    const lang = this.language;
    const view = this.open ? this.view() : null;
    return html`<details
      id="compare"
      ?open=${this.open}
      @toggle=${() => {
        this.open = this.details.open;
      }}
    >
      <summary>${t(lang, 'compare.title')}</summary>
      <div class="pickers">${this.renderPicker('a')} ${this.renderPicker('b')}</div>
      ${this.open ? (view ? compareTables(view, lang) : html`<p class="muted">${t(lang, 'compare.waiting')}</p>`) : nothing}
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-compare-panel': ComparePanel;
  }
}
