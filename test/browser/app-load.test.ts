import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastFailures, countControls, unnamedControls } from './audit';
import { type AppPage, afterRender, allText, openApp, verdict } from './browser';

describe('the app on load', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('names every control (accessibility tree, shadow DOM included)', async () => {
    expect(await countControls(app.page)).toBeGreaterThan(60);
    expect(await unnamedControls(app.page)).toEqual([]);
  });

  it('has text contrast of at least 4.5:1 in the light theme', async () => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await contrastFailures(app.page)).toEqual([]);
    // The audit does look at the text: against an impossible bar every element fails.
    expect((await contrastFailures(app.page, 21.5)).length).toBeGreaterThan(100);
  });

  it('has text contrast of at least 4.5:1 in the dark theme, and renders dark', async () => {
    await afterRender(app.page, () => app.page.getByLabel('Theme').selectOption('dark'));
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await app.page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(120);
    expect(await contrastFailures(app.page)).toEqual([]);
  });

  it('is keyboard operable from the first Tab: the skip link moves focus to the results', async () => {
    const { page } = app;
    const deepFocus = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el
          ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${el.className}` : ''}`
          : '';
      });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await deepFocus()).toBe('a.skip');
    const outline = await page.evaluate(() => {
      const app = document.querySelector('jv-app')!;
      return getComputedStyle(app.shadowRoot!.querySelector('a.skip')!).outlineStyle;
    });
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await deepFocus()).toBe('section#results.results');
    expect(await page.locator('jv-state-notice section').count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await deepFocus()).not.toBe('section#results.results');
  });

  it('shows the version-2 verdict, the table, the decomposition and every chart, with no console error, warning or failed request', async () => {
    const { page } = app;
    expect(await verdict(page)).toMatch(
      /^Under these assumptions the DeepSeek shock (raises|cuts|leaves unchanged) compute served from 2025-01 to \d{4}-\d{2}/,
    );
    // The verdict at 12 and 24 months and at the end, on compute served, its value and capex.
    const table = page.locator('table.verdicts');
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await table.locator('thead th').allTextContents()).toEqual([
      expect.stringMatching(/^Window/),
      expect.stringMatching(/^compute served/),
      expect.stringMatching(/^the value of compute/),
      expect.stringMatching(/^GPU capex/),
    ]);
    expect(await page.locator('dl.break-even > div').count()).toBe(2);
    expect(await page.locator('p.diagnostic').textContent()).toMatch(/^Diagnostic only, not the verdict/);
    // The decomposition: six channels and the total, for the basis picked.
    const rows = page.locator('jv-waterfall g.row');
    expect(await rows.count()).toBe(7);
    expect(await page.locator('jv-elasticity-chart svg').count()).toBeGreaterThan(0);
    const charts = await page
      .locator('figure[data-chart]')
      .evaluateAll((f) => f.map((x) => x.getAttribute('data-chart')));
    expect(charts).toEqual(['price', 'tokens', 'compute', 'market', 'fleet', 'revenue', 'capex']);
    // Every time chart marks the shock month.
    const shockRules = await page
      .locator('figure[data-chart] jv-time-chart')
      .evaluateAll((els) => els.map((el) => el.shadowRoot?.querySelector('g.rule text')?.textContent ?? ''));
    expect(shockRules.every((text) => text === 'DeepSeek shock')).toBe(true);
    const text = await allText(page);
    expect(text).not.toMatch(/NaN|Infinity/);
    // Stargate's marker says it is a multi-year plan, on the chart itself.
    expect(text).toMatch(/Stargate[^:]*: a multi-year plan, not one year/);
    expect(app.problems).toEqual([]);
  });
});
