import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, afterRender, monteCarloSettled, openApp } from './browser';

/** An A4 page's width in CSS pixels (210 mm at 96 px per inch). */
const A4_WIDTH = 794;

/** As a reader printing: every chart drawn first (`beforeprint`), then the page laid out for paper. */
async function onPaper<T>(page: Page, read: () => Promise<T>): Promise<T> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  try {
    // The charts that follow their element's width redraw for the paper's (ResizeObserver, then a frame).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return await read();
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

/** Each time chart's legend as drawn: its visible buttons and the texts of its visible entries. */
function legends(page: Page) {
  return page.evaluate(() => {
    const grid = document.querySelector('jv-app')!.shadowRoot!.querySelector('jv-chart-grid')!.shadowRoot!;
    const shown = (el: Element) => (el as HTMLElement).getClientRects().length > 0;
    return [...grid.querySelectorAll('jv-time-chart')].map((chart) => {
      const legend = chart.shadowRoot!.querySelector('.legend')!;
      const entries = [...legend.querySelectorAll('li > *')].filter(shown);
      return {
        id: (chart as HTMLElement & { spec: { id: string } }).spec.id,
        buttons: [...legend.querySelectorAll('button')].filter(shown).length,
        labels: entries.map((e) => e.textContent?.trim() ?? ''),
        struck: entries.filter((e) => getComputedStyle(e).textDecorationLine !== 'none').length,
      };
    });
  });
}

/** The waterfall's tick labels: text and box in the SVG's own units (the same on screen and on paper). */
function waterfallTicks(page: Page) {
  return page.locator('jv-waterfall').evaluate((el) =>
    [...el.shadowRoot!.querySelectorAll<SVGTextElement>('g.tick text')].map((t) => {
      const box = t.getBBox();
      return { text: t.textContent ?? '', left: box.x, right: box.x + box.width };
    }),
  );
}

function overprinted(ticks: { text: string; left: number; right: number }[]): string[] {
  const sorted = [...ticks].sort((a, b) => a.left - b.left);
  return sorted
    .slice(1)
    .flatMap((t, i) => (t.left < sorted[i].right ? [`${sorted[i].text} / ${t.text}`] : []));
}

describe('charts on paper', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('', { viewport: { width: A4_WIDTH, height: 1123 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('prints each time chart’s legend as a plain key: no toggle buttons, no series that is switched off', async () => {
    const { page } = app;
    const toggle = page.getByRole('button', { name: 'Mainstream list price', exact: true });
    await toggle.scrollIntoViewIfNeeded();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');

    const screen = await legends(page);
    expect(screen.every((l) => l.buttons > 0)).toBe(true);

    const paper = await onPaper(page, () => legends(page));
    expect(paper.length).toBe(screen.length);
    for (const legend of paper) {
      expect(legend.buttons, legend.id).toBe(0);
      expect(legend.struck, legend.id).toBe(0);
      expect(legend.labels.length, legend.id).toBeGreaterThan(0);
    }
    const price = paper.find((l) => l.id === 'price')!;
    expect(price.labels).toContain('Frontier list price');
    expect(price.labels).not.toContain('Mainstream list price');

    // Back on screen the toggles are there again, the switched-off series still off.
    expect((await legends(page)).map((l) => l.buttons > 0)).toEqual(screen.map(() => true));
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps the waterfall’s tick labels apart at A4 width, in English and in Chinese', async () => {
    const { page } = app;
    await monteCarloSettled(page);
    const english = await onPaper(page, () => waterfallTicks(page));
    expect(english.length).toBeGreaterThanOrEqual(2);
    expect(overprinted(english)).toEqual([]);

    await afterRender(page, () => page.getByRole('button', { name: 'Switch to Chinese' }).click());
    await monteCarloSettled(page);
    const chinese = await onPaper(page, () => waterfallTicks(page));
    expect(chinese.length).toBeGreaterThanOrEqual(2);
    expect(overprinted(chinese)).toEqual([]);
  });
});
