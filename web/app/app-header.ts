import { html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { chineseFontMissing } from '../i18n/cjk-font';
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
  | { type: 'import'; file: File }
  | { type: 'compare' }
  | { type: 'print' }
  | { type: 'help'; topic: 'howto' | 'glossary' }
  | { type: 'guide' };

/**
 * Title, preset picker, baseline picker, language and theme switches, the scenario menu (save,
 * saved list, compare, import/export, print, link) and the help menu (how to read the model,
 * glossary, the first-visit guide). Holds no state of its own beyond the open menus.
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

  private menus(): HTMLDetailsElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details.menu')];
  }

  private act(action: HeaderAction): void {
    if (action.type !== 'preset' && action.type !== 'baseline') for (const m of this.menus()) m.open = false;
    this.dispatchEvent(new CustomEvent('jv-action', { detail: action, bubbles: true, composed: true }));
  }

  /** Puts the focus on a menu's button: where a dialog opened from it returns the reader. */
  focusMenu(which: 'scenario' | 'help'): void {
    this.renderRoot.querySelector<HTMLElement>(`details.${which} summary`)?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('click', this.closeMenuOutside);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('click', this.closeMenuOutside);
  }

  /** A click anywhere outside an open menu closes it, as a menu should. */
  private readonly closeMenuOutside = (e: MouseEvent) => {
    for (const m of this.menus()) if (m.open && !e.composedPath().includes(m)) m.open = false;
  };

  private onMenuKey(e: KeyboardEvent): void {
    const menu = e.currentTarget as HTMLDetailsElement;
    if (e.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
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
        ${this.languageButton(other)}
        <details class="menu scenario" @keydown=${this.onMenuKey}>
          <summary aria-label=${`${t(lang, 'menu.open')} — ${t(lang, 'menu.label')}`}>${t(lang, 'menu.open')}</summary>
          <ul>
            ${this.menuItem(t(lang, 'menu.save'), () => this.act({ type: 'save' }))}
            ${this.menuItem(t(lang, 'menu.saved'), () => this.act({ type: 'open-saved' }))}
            ${this.menuItem(t(lang, 'menu.compare'), () => this.act({ type: 'compare' }))}
            ${this.menuItem(t(lang, 'menu.exportJson'), () => this.act({ type: 'export-json' }))}
            ${this.menuItem(t(lang, 'menu.importJson'), () => this.fileInput.click())}
            ${this.menuItem(t(lang, 'menu.exportCsv'), () => this.act({ type: 'export-csv' }))}
            ${this.menuItem(t(lang, 'menu.exportReport'), () => this.act({ type: 'export-report' }))}
            ${this.menuItem(t(lang, 'menu.print'), () => this.act({ type: 'print' }))}
            ${this.menuItem(t(lang, 'menu.copyLink'), () => this.act({ type: 'copy-link' }))}
          </ul>
        </details>
        <details class="menu help" @keydown=${this.onMenuKey}>
          <summary aria-label=${`${t(lang, 'help.menu')} — ${t(lang, 'help.menuLabel')}`}>${t(lang, 'help.menu')}</summary>
          <ul>
            ${this.menuItem(t(lang, 'help.howTo'), () => this.act({ type: 'help', topic: 'howto' }))}
            ${this.menuItem(t(lang, 'help.glossary'), () => this.act({ type: 'help', topic: 'glossary' }))}
            ${this.menuItem(t(lang, 'help.guide'), () => this.act({ type: 'guide' }))}
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

  /**
   * The switch to the other language. Its accessible name starts with the words on it (WCAG 2.5.3),
   * and without a Chinese font "中文" would be two empty boxes: then it reads "Chinese" in Latin.
   */
  private languageButton(other: Lang) {
    const lang = this.language;
    const fallback = other === 'zh' && chineseFontMissing();
    const visible = t(lang, fallback ? 'header.languageSwitchFallback' : 'header.languageSwitch');
    return html`<button
      type="button"
      class="lang"
      lang=${fallback ? lang : other}
      aria-label=${`${visible} — ${t(lang, 'header.languageSwitchLabel')}`}
      @click=${() => this.act({ type: 'language', lang: other })}
    >
      ${visible}
    </button>`;
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
