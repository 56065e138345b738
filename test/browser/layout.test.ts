import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, openApp, verdict } from './browser';

describe('on a phone (390 × 844)', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has no horizontal scroll', async () => {
    const widths = await app.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });

  it('stacks into one column with the verdict first', async () => {
    const results = (await app.page.locator('section.results').boundingBox())!;
    const params = (await app.page.locator('aside.params').boundingBox())!;
    expect(Math.abs(results.x - params.x)).toBeLessThan(2);
    expect(results.y).toBeLessThan(params.y);
    expect(results.width).toBeGreaterThan(330);
    expect(await verdict(app.page)).not.toBe('');
    expect(app.problems).toEqual([]);
  });
});

describe('theme', () => {
  it('follows a dark system setting and draws the charts in the dark palette', async () => {
    const app = await openApp('', { colorScheme: 'dark' });
    try {
      expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const stroke = await app.page
        .locator('figure[data-chart=price] jv-time-chart')
        .evaluate((el) => getComputedStyle(el).getPropertyValue('--jv-series-1').trim());
      expect(stroke).toBe('#7aa7f5');
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('on a laptop (1280 × 800)', () => {
  it('shows the whole verdict table, the capex column included, without scrolling it', async () => {
    const app = await openApp('', { viewport: { width: 1280, height: 800 } });
    try {
      const wrap = app.page.locator('jv-jevons-panel .table-wrap');
      await expect.poll(() => wrap.locator('tbody tr').count()).toBeGreaterThan(0);
      const widths = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      await expect.poll(() => wrap.locator('thead th').last().textContent()).toContain('GPU capex');
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
