import { localeOf, t } from '../i18n/i18n';
import { DeadlineTimer } from '../state/deadline-timer';
import { applyTheme } from '../state/theme';
import type { AppView } from './app-model';

/** Detail of `jv-rendered`: when the input behind a redraw happened and when the redraw finished. */
export interface RenderedDetail {
  inputTime: number;
  renderedAt: number;
}

/** How long the URL waits after the last change before it is rewritten (browsers throttle history). */
const URL_DELAY_MS = 250;

/** The parts whose redraw a `jv-rendered` waits for: the verdict, the charts and the why. */
const REDRAWN = 'jv-jevons-panel, jv-chart-grid, jv-why-panel';

type Host = HTMLElement & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<boolean> };

/**
 * What a view changes on the page outside the app's own template: `<html lang>` and the title,
 * the theme, the app element's `data-*` flags, the URL hash (once changes pause), and, after the
 * verdict, the charts and the why have redrawn for an input, `jv-rendered` (bubbling) with the
 * input's timestamp — what the latency benchmark and the browser tests wait for.
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
    const parts = this.host.renderRoot.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      REDRAWN,
    );
    await Promise.all([...parts].map((p) => p.updateComplete));
    const detail: RenderedDetail = { inputTime, renderedAt: performance.now() };
    // User Timing entry, read by scripts/bench-web.mjs.
    performance.measure('jv:render', { start: inputTime, end: detail.renderedAt });
    this.host.dispatchEvent(new CustomEvent('jv-rendered', { detail, bubbles: true, composed: true }));
  }
}
