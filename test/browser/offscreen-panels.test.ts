import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, monteCarloSettled, openApp, slider, verdict } from './browser';

interface StepTiming {
  /** `renderedAt` of the step's `jv-rendered`: the parts on screen were redrawn. */
  renderedAt: number;
  /** When the verdict panel's first change for the step was seen (a MutationObserver callback). */
  panelChanged: number;
  /** The panel's verdict sentence when `jv-rendered` fired. */
  sentenceAtEvent: string;
}

/**
 * Presses → on the elasticity slider and records when the verdict panel changed against the
 * `renderedAt` of the step's `jv-rendered`, and the panel's sentence as the event fires.
 */
async function step(page: Page): Promise<StepTiming> {
  await page.evaluate(() => {
    const panel = document.querySelector('jv-app')?.shadowRoot?.querySelector('jv-jevons-panel');
    const root = panel?.shadowRoot;
    if (!root) throw new Error('no verdict panel');
    const w = window as unknown as { __step: Promise<StepTiming> };
    w.__step = new Promise((resolve) => {
      let panelChanged = Number.NaN;
      const seen = new MutationObserver(() => {
        if (Number.isNaN(panelChanged)) panelChanged = performance.now();
      });
      seen.observe(root, { subtree: true, characterData: true, childList: true, attributes: true });
      document.addEventListener(
        'jv-rendered',
        (e) => {
          const sentenceAtEvent = root.querySelector('#verdict')?.textContent?.trim() ?? '';
          // The observer's callback for a change made in this task has run by now (microtasks).
          queueMicrotask(() => {
            seen.disconnect();
            resolve({ renderedAt: (e as CustomEvent).detail.renderedAt, panelChanged, sentenceAtEvent });
          });
        },
        { once: true },
      );
    });
  });
  await slider(page, 'Price elasticity of demand').press('ArrowRight');
  return page.evaluate(() => (window as unknown as { __step: Promise<StepTiming> }).__step);
}

describe('the panels scrolled away on a slider step', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('redraw a task after the parts on screen, and are current when jv-rendered fires', async () => {
    const { page } = app;
    const before = await verdict(page);
    await page.evaluate(() =>
      document.querySelector('jv-app')?.shadowRoot?.querySelector('jv-chart-grid')?.scrollIntoView(),
    );
    // The panel's visibility reaches it through an IntersectionObserver: a frame or two.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const away = await step(page);
    // The verdict bar and the charts in view were redrawn first; the panel changed afterwards …
    expect(away.panelChanged).toBeGreaterThan(away.renderedAt);
    // … but before the event, which carries the step's new sentence to whoever listens.
    expect(away.sentenceAtEvent).not.toBe(before);
    expect(away.sentenceAtEvent).toBe(await verdict(page));
    await monteCarloSettled(page);

    // At the top the panel is on screen: it is redrawn with the rest, before `renderedAt`.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shown = await step(page);
    expect(shown.panelChanged).toBeLessThanOrEqual(shown.renderedAt);
    expect(shown.sentenceAtEvent).not.toBe(away.sentenceAtEvent);
    expect(app.problems).toEqual([]);
  });
});
