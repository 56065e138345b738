import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ParameterDef, ParamId } from '../../models/schema';
import type { ParamValue } from '../../src/model/types';
import { formatParam } from '../i18n/format-param';
import { type Lang, pick, t } from '../i18n/i18n';
import { unitLabel } from '../i18n/units';
import type { InactiveReason } from '../state/relevance';
import { fieldScale, fieldText, fieldValue } from './exact-value';
import { paramSliderStyles } from './param-slider.styles';
import { fromPosition, inputAttributes, toPosition } from './slider-scale';

/** Detail of `jv-input` (every movement) and `jv-change` (committed value). */
export interface ParamEventDetail {
  id: ParamId;
  /** In the parameter's catalogue unit. */
  value: number;
  /** `Event.timeStamp` of the DOM event behind it, for the latency benchmark. */
  inputTime: number;
}

/** The words around a slider that depend only on its parameter and the language. */
interface SliderWords {
  label: string;
  about: string;
  sourcesLabel: string;
  sources: string;
  numberLabel: string;
  description: string;
}

const wordsCache = new WeakMap<ParameterDef, { lang: Lang; words: SliderWords }>();

/**
 * A slider's fixed words, made once per parameter and language: a slider step re-renders the
 * slider, and these six message templates need not be filled again on every step.
 */
function sliderWords(def: ParameterDef, lang: Lang): SliderWords {
  const cached = wordsCache.get(def);
  if (cached?.lang === lang) return cached.words;
  const label = pick(def.label, lang);
  const unit = unitLabel(def.unit, lang).replace(/^ \(|\)$/g, '') || '–';
  const words: SliderWords = {
    label,
    about: t(lang, 'slider.about', { label }),
    sourcesLabel: t(lang, 'slider.sourcesLabel', { label }),
    sources: t(lang, 'slider.sources', { count: def.sources.length }),
    numberLabel: t(lang, 'slider.number', { label, unit }),
    description: pick(def.description, lang),
  };
  wordsCache.set(def, { lang, words });
  return words;
}

/**
 * One catalogue parameter: label, value with unit, a range input (log-mapped for `scale: 'log'`),
 * an exact number input (in percent for shares), reset to the preset's value, an "about" toggle
 * that shows the plain-language description, and a badge opening every source. A value given as
 * an expression of time is shown read-only with a "reset to number" action. When the scenario's
 * other choices make the parameter do nothing (`inactive`), it says so under the slider.
 */
@customElement('jv-param-slider')
export class ParamSlider extends LitElement {
  static override styles = paramSliderStyles;

  @property({ attribute: false }) def!: ParameterDef;
  @property({ attribute: false }) value: ParamValue = 0;
  /** The value "reset" goes back to: the current preset's. */
  @property({ type: Number, attribute: false }) defaultValue = 0;
  @property({ attribute: false }) language: Lang = 'en';
  /** Why the parameter does nothing under the current choices, or null when it matters. */
  @property({ attribute: false }) inactive: InactiveReason | null = null;

  @state() private sourcesOpen = false;
  @state() private aboutOpen = false;
  @state() private invalidText = '';

  private emit(type: 'jv-input' | 'jv-change', value: number, inputTime: number): void {
    const detail: ParamEventDetail = { id: this.def.id, value, inputTime };
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private onRange(e: Event, type: 'jv-input' | 'jv-change'): void {
    const input = e.target as HTMLInputElement;
    this.invalidText = '';
    this.emit(type, fromPosition(Number(input.value), this.def), e.timeStamp);
  }

  private onExact(e: Event): void {
    const input = e.target as HTMLInputElement;
    const def = this.def;
    const value = fieldValue(input.value, def);
    if (!Number.isFinite(value) || value < def.min || value > def.max) {
      this.invalidText = t(this.language, 'slider.invalid', {
        value: input.value || '""',
        min: formatParam(def, def.min, this.language),
        max: formatParam(def, def.max, this.language),
      });
      return;
    }
    this.invalidText = '';
    const v = def.integer ? Math.round(value) : value;
    this.emit('jv-input', v, e.timeStamp);
    this.emit('jv-change', v, e.timeStamp);
  }

  private reset(e: Event): void {
    this.invalidText = '';
    this.emit('jv-input', this.defaultValue, e.timeStamp);
    this.emit('jv-change', this.defaultValue, e.timeStamp);
    // The reset button disables itself at the default: keep the keyboard on this parameter's slider.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#range')?.focus());
  }

  private closeSources(): void {
    this.sourcesOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.badge')?.focus());
  }

  override render() {
    const { def, language: lang } = this;
    if (!def) return nothing;
    const words = sliderWords(def, lang);
    const label = words.label;
    const isExpression = typeof this.value !== 'number';
    const numeric = typeof this.value === 'number' ? this.value : this.defaultValue;
    const shown = formatParam(def, numeric, lang);
    const changed = !isExpression && numeric !== this.defaultValue;
    const attrs = inputAttributes(def);
    return html`
      <div class="head ${changed ? 'changed' : ''} ${this.inactive ? 'dim' : ''}">
        <label for="range">${label}</label>
        <span class="value" aria-hidden="true">${isExpression ? '' : shown}</span>
        <button
          class="about"
          type="button"
          aria-expanded=${this.aboutOpen ? 'true' : 'false'}
          aria-controls="desc"
          @click=${() => {
            this.aboutOpen = !this.aboutOpen;
          }}
        >
          <span aria-hidden="true">i</span><span class="visually-hidden">${words.about}</span>
        </button>
        <button
          class="badge"
          type="button"
          aria-haspopup="dialog"
          aria-label=${words.sourcesLabel}
          @click=${() => {
            this.sourcesOpen = true;
            // The dialog's chunk follows the app's first render; a click before then waits for it.
            if (!customElements.get('jv-source-dialog'))
              void import('./source-dialog').then(
                () => this.requestUpdate(),
                () => {
                  this.sourcesOpen = false;
                },
              );
          }}
        >
          ${words.sources}
        </button>
      </div>
      ${
        isExpression
          ? html`<div class="expression">
              <span>${t(lang, 'slider.expression')}</span>
              <code>${typeof this.value === 'number' ? '' : this.value.expression}</code>
              <button type="button" @click=${this.reset}>${t(lang, 'slider.resetToNumber')}</button>
            </div>`
          : html`<div class="controls">
              <input
                id="range"
                type="range"
                min=${attrs.min}
                max=${attrs.max}
                step=${attrs.step}
                .value=${String(toPosition(numeric, def))}
                aria-valuetext=${shown}
                aria-describedby=${this.inactive ? 'inactive desc' : 'desc'}
                @input=${(e: Event) => this.onRange(e, 'jv-input')}
                @change=${(e: Event) => this.onRange(e, 'jv-change')}
              />
              <input
                type="number"
                min=${def.min * fieldScale(def)}
                max=${def.max * fieldScale(def)}
                step=${def.integer ? 1 : 'any'}
                .value=${fieldText(numeric, def)}
                aria-label=${words.numberLabel}
                aria-invalid=${this.invalidText ? 'true' : 'false'}
                @change=${this.onExact}
              />
              <button
                type="button"
                ?disabled=${!changed}
                aria-label=${t(lang, 'slider.resetLabel', {
                  label,
                  value: formatParam(def, this.defaultValue, lang),
                })}
                @click=${this.reset}
              >
                ${t(lang, 'slider.reset')}
              </button>
            </div>`
      }
      ${this.inactive ? html`<p class="inactive" id="inactive">${t(lang, this.inactive)}</p>` : nothing}
      <p id="desc" class=${this.aboutOpen ? 'about-text' : 'visually-hidden'}>${words.description}</p>
      ${this.invalidText ? html`<p class="error" role="alert">${this.invalidText}</p>` : nothing}
      ${
        !this.sourcesOpen
          ? nothing
          : customElements.get('jv-source-dialog')
            ? html`<jv-source-dialog
                .def=${def}
                .language=${lang}
                @jv-close=${this.closeSources}
              ></jv-source-dialog>`
            : html`<p role="status">${t(lang, 'app.loading')}</p>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-param-slider': ParamSlider;
  }
  interface HTMLElementEventMap {
    'jv-input': CustomEvent<ParamEventDetail>;
    'jv-change': CustomEvent<ParamEventDetail>;
  }
}
