import { localeOf, t } from '../i18n/i18n';
import { DeadlineTimer } from '../state/deadline-timer';
import { applyTheme } from '../state/theme';
import type { AppView } from './app-model';
import type { MayUpdateLater } from './offscreen-update';

/** Detail of `jv-rendered`: when the input behind a redraw happened and when the redraw finished. */
export interface RenderedDetail {
  inputTime: number;
  /** When every redrawn part on screen had finished (parts off screen may finish a task later). */
  renderedAt: number;
}

/** How long the URL waits after the last change before it is rewritten (browsers throttle history). */
const URL_DELAY_MS = 250;

/**
 * The parts whose redraw a `jv-rendered` waits for: the verdict (the panel, and the bar that keeps
 * it in view while the panel is scrolled away), the charts and the why.
 */
const REDRAWN = 'jv-jevons-panel, jv-verdict-summary, jv-chart-grid, jv-why-panel';

type Redrawn = HTMLElement & MayUpdateLater & { readonly updateComplete: Promise<unknown> };

type Host = HTMLElement & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<boolean> };

/**
 * What a view changes on the page outside the app's own template: `<html lang>` and the title,
 * the theme, the app element's `data-*` flags, the URL hash (once changes pause), and, after the
 * verdict, the charts and the why have redrawn for an input, `jv-rendered` (bubbling) with the
 * input's timestamp and when the parts on screen were done — what the latency benchmark and the
 * browser tests wait for.
 */
export class PageSync {
  private readonly urlTimer = new DeadlineTimer(() => this.writeUrl());
  private hash = '';

  constructor(private readonly host: Host) {}

  apply(previous: AppView | null, view: AppView): void {
    const s = view.state;
    if (previous?.state.lang !== s.lang) {
      // Only on a change: rewriting <html lang> invalidates style for the whole page.
      document.documentElement.lang = localeOf(s.lang);
      document.title = `${t(s.lang, 'app.title')} — ${t(s.lang, 'app.tagline')}`;
    }
    if (previous?.state.theme !== s.theme) applyTheme(s.theme);
    for (const [name, on] of Object.entries(view.flags)) this.host.toggleAttribute(name, on);
    if (previous?.hash !== view.hash) {
      this.hash = view.hash;
      this.urlTimer.after(URL_DELAY_MS);
    }
    if (view.inputTime !== null) void this.announceRendered(view.inputTime);
  }

  stop(): void {
    this.urlTimer.cancel();
  }

  private writeUrl(): void {
    const hash = this.hash;
    if (location.hash.slice(1) !== hash)
      history.replaceState(null, '', hash ? `#${hash}` : location.pathname);
  }

  private async announceRendered(inputTime: number): Promise<void> {
    await this.host.updateComplete;
    const parts = [...this.host.renderRoot.querySelectorAll<Redrawn>(REDRAWN)];
    // What the reader sees is redrawn when the parts on screen are; a panel scrolled away redraws a
    // task later (offscreen-update.ts), and the event waits for it too, so whoever listens finds
    // every part current.
    await Promise.all(parts.filter((p) => !p.updatesLater).map((p) => p.updateComplete));
    const renderedAt = performance.now();
    await Promise.all(parts.map((p) => p.updateComplete));
    const detail: RenderedDetail = { inputTime, renderedAt };
    // User Timing entry, read by scripts/bench-web.mjs.
    performance.measure('jv:render', { start: inputTime, end: detail.renderedAt });
    this.host.dispatchEvent(new CustomEvent('jv-rendered', { detail, bubbles: true, composed: true }));
  }
}
