import { html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { type Lang, pick, t } from '../i18n/i18n';
import { type BaselineChoice, THEMES, type Theme } from '../state/app-state';
import { presets } from '../state/catalogue';
import { baselineText, parseBaseline } from '../state/baseline-choice';
import { appHeaderStyles } from './app-header.styles';

/** What the header asks the app to do (one typed event, `jv-action`). */
export type HeaderAction =
  | { type: 'preset'; id: string }
  | { type: 'language'; lang: Lang }
  | { type: 'theme'; theme: Theme }
  | { type: 'baseline'; choice: BaselineChoice }
  | { type: 'save' }
  | { type: 'open-saved' }
  | { type: 'export-json' }
  | { type: 'export-csv' }
  | { type: 'export-report' }
  | { type: 'copy-link' }
  | { type: 'import'; file: File };

/**
 * Title, preset picker, baseline picker, language and theme switches, and the scenario menu
 * (save, saved list, import/export, link). Holds no state of its own beyond the open menu.
 */
@customElement('jv-app-header')
export class AppHeader extends LitElement {
  static override styles = appHeaderStyles;

  @property({ attribute: false }) language: Lang = 'en';
  @property({ attribute: false }) theme: Theme = 'auto';
  @property({ attribute: false }) presetId = '';
  @property({ type: Boolean, attribute: false }) edited = false;
  @property({ attribute: false }) baseline: BaselineChoice = { kind: 'base' };
  /** Names of readable saved scenarios, offered as baselines. */
  @property({ attribute: false }) savedNames: readonly string[] = [];

  @query('input[type=file]') private fileInput!: HTMLInputElement;
  @query('details') private menu!: HTMLDetailsElement;

  private act(action: HeaderAction): void {
    if (this.menu?.open && action.type !== 'preset' && action.type !== 'baseline') this.menu.open = false;
    this.dispatchEvent(new CustomEvent('jv-action', { detail: action, bubbles: true, composed: true }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('click', this.closeMenuOutside);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('click', this.closeMenuOutside);
  }

  /** A click anywhere outside the open menu closes it, as a menu should. */
  private readonly closeMenuOutside = (e: MouseEvent) => {
    if (this.menu?.open && !e.composedPath().includes(this.menu)) this.menu.open = false;
  };

  private onMenuKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.menu.open) return;
    this.menu.open = false;
    this.menu.querySelector('summary')?.focus();
  }

  private onFile(): void {
    const file = this.fileInput.files?.[0];
    if (file) this.act({ type: 'import', file });
    this.fileInput.value = '';
  }

  private menuItem(label: string, action: () => void) {
    return html`<li><button type="button" @click=${action}>${label}</button></li>`;
  }

  override render() {
    const lang = this.language;
    const other: Lang = lang === 'en' ? 'zh' : 'en';
    return html`<header>
      <div class="brand">
        <h1>${t(lang, 'app.title')}</h1>
        <p>${t(lang, 'app.tagline')}</p>
      </div>
      <div class="controls">
        <div class="field">
          <label for="preset">${t(lang, 'header.preset')}</label>
          <select id="preset" @change=${(e: Event) => this.act({ type: 'preset', id: (e.target as HTMLSelectElement).value })}>
            ${presets.map(
              (p) => html`<option value=${p.id} ?selected=${p.id === this.presetId}>
                ${
                  this.edited && p.id === this.presetId
                    ? t(lang, 'header.presetCustom', { name: pick(p.label, lang) })
                    : pick(p.label, lang)
                }
              </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="baseline">${t(lang, 'header.baseline')}</label>
          <select
            id="baseline"
            @change=${(e: Event) => {
              const choice = parseBaseline((e.target as HTMLSelectElement).value);
              if (choice) this.act({ type: 'baseline', choice });
            }}
          >
            ${this.baselineOptions().map(
              ([
                value,
                label,
              ]) => html`<option value=${value} ?selected=${value === baselineText(this.baseline)}>
                ${label}
              </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="theme">${t(lang, 'header.theme')}</label>
          <select
            id="theme"
            @change=${(e: Event) => this.act({ type: 'theme', theme: (e.target as HTMLSelectElement).value as Theme })}
          >
            ${THEMES.map(
              (th) =>
                html`<option value=${th} ?selected=${th === this.theme}>${t(lang, `theme.${th}`)}</option>`,
            )}
          </select>
        </div>
        <button
          type="button"
          class="lang"
          lang=${other}
          aria-label=${t(lang, 'header.languageSwitchLabel')}
          @click=${() => this.act({ type: 'language', lang: other })}
        >
          ${t(lang, 'header.languageSwitch')}
        </button>
        <details class="menu" @keydown=${this.onMenuKey}>
          <summary aria-label=${t(lang, 'menu.label')}>${t(lang, 'menu.open')}</summary>
          <ul>
            ${this.menuItem(t(lang, 'menu.save'), () => this.act({ type: 'save' }))}
            ${this.menuItem(t(lang, 'menu.saved'), () => this.act({ type: 'open-saved' }))}
            ${this.menuItem(t(lang, 'menu.exportJson'), () => this.act({ type: 'export-json' }))}
            ${this.menuItem(t(lang, 'menu.importJson'), () => this.fileInput.click())}
            ${this.menuItem(t(lang, 'menu.exportCsv'), () => this.act({ type: 'export-csv' }))}
            ${this.menuItem(t(lang, 'menu.exportReport'), () => this.act({ type: 'export-report' }))}
            ${this.menuItem(t(lang, 'menu.copyLink'), () => this.act({ type: 'copy-link' }))}
          </ul>
        </details>
        <input
          type="file"
          hidden
          accept=".json,.yaml,.yml,application/json"
          aria-label=${t(lang, 'menu.importJson')}
          @change=${this.onFile}
        />
      </div>
    </header>`;
  }

  private baselineOptions(): [string, string][] {
    const lang = this.language;
    const options: [string, string][] = [['base', t(lang, 'baseline.base')]];
    for (const p of presets)
      options.push([`preset:${p.id}`, t(lang, 'baseline.preset', { name: pick(p.label, lang) })]);
    for (const name of this.savedNames) options.push([`saved:${name}`, t(lang, 'baseline.saved', { name })]);
    return options;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-app-header': AppHeader;
  }
  interface HTMLElementEventMap {
    'jv-action': CustomEvent<HeaderAction>;
  }
}
