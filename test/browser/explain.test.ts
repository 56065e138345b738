import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppPage,
  afterRender,
  deepFocus,
  headerMenu,
  monteCarloSettled,
  openApp,
  openPage,
  typeExact,
  verdict,
} from './browser';

const ELASTICITY = 'Price elasticity of demand';

describe('the why', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the because-clause names the elasticity and the break-even, and turns over when the elasticity crosses it', async () => {
    const { page } = app;
    const breakEvenText = await page.locator('dl.break-even div[data-basis=servedCompute] dd').textContent();
    const breakEven = Number(/^\d+\.\d+/.exec(breakEvenText ?? '')?.[0]);
    expect(breakEven).toBeGreaterThan(0.1);
    expect(breakEven).toBeLessThan(2.9);
    const below = Math.max(0.05, breakEven - 0.2);
    const above = breakEven + 0.2;
    await typeExact(page, ELASTICITY, String(below));
    await monteCarloSettled(page);
    expect(await verdict(page)).toContain(
      `because your market elasticity of ${below.toFixed(2)} is below the break-even ${breakEven.toFixed(2)}, so the extra use does not make up the saving`,
    );
    await typeExact(page, ELASTICITY, String(above));
    await monteCarloSettled(page);
    expect(await verdict(page)).toContain(
      `because your market elasticity of ${above.toFixed(2)} is above the break-even ${breakEven.toFixed(2)}, so the extra use outruns the saving`,
    );
    // The table and the waterfall stay: seven rows (six channels and the total) that add up.
    expect(await page.locator('table.verdicts tbody tr').count()).toBe(3);
    expect(await page.locator('jv-waterfall g.row').count()).toBe(7);
  });

  it('draws the elasticity chart as the change against no shock, with a zero line and labels above the plot', async () => {
    const { page } = app;
    const chart = page.locator('jv-elasticity-chart');
    await chart.scrollIntoViewIfNeeded();
    await monteCarloSettled(page);
    const geometry = await chart.evaluate((el) => {
      const root = el.shadowRoot!;
      const box = (q: string) => root.querySelector(q)?.getBoundingClientRect() ?? null;
      // The y axis line runs from the plot's top to its bottom.
      const plotTop = root.querySelector('.axis-y path.domain')?.getBoundingClientRect().top ?? Number.NaN;
      return {
        zero: root.querySelectorAll('g.y-rule line').length,
        legend: [...root.querySelectorAll('.legend li')].map((li) => li.textContent?.trim() ?? ''),
        ticks: [...root.querySelectorAll('.axis-y .tick text')].map((t) => t.textContent ?? ''),
        rule: box('g.rule text'),
        point: box('g.point text'),
        plotTop,
      };
    });
    expect(Number.isFinite(geometry.plotTop)).toBe(true);
    expect(geometry.zero).toBe(1);
    expect(geometry.legend).toContain('Zero: no change (break-even)');
    expect(geometry.ticks).toContain('0%');
    expect(geometry.ticks.some((t) => /^[+−]\d/.test(t))).toBe(true);
    // The labels sit above the plot, where no curve runs, and do not overprint each other.
    for (const label of [geometry.rule, geometry.point]) {
      if (label) expect(label.bottom).toBeLessThanOrEqual(geometry.plotTop + 1);
    }
    if (geometry.rule && geometry.point) {
      const overlap = geometry.rule.bottom > geometry.point.top && geometry.point.bottom > geometry.rule.top;
      const apart = geometry.rule.right < geometry.point.left || geometry.point.right < geometry.rule.left;
      expect(overlap && !apart).toBe(false);
    }
  });
});

describe('help where it is needed', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens a lever’s plain-language description from the keyboard, and closes it again', async () => {
    const { page } = app;
    const lever = 'Efficiency lever: share of tokens';
    await page.getByRole('slider', { name: lever, exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    const about = page.getByRole('button', { name: `About ${lever}` });
    expect(await about.evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(await about.getAttribute('aria-expanded')).toBe('false');
    const text = page.locator('jv-param-slider').filter({ has: about }).locator('p#desc');
    // Hidden text for screen readers only is clipped to a pixel; shown, it takes lines of its own.
    const height = async () => (await text.boundingBox())?.height ?? 0;
    expect(await height()).toBeLessThan(2);
    await page.keyboard.press('Enter');
    expect(await about.getAttribute('aria-expanded')).toBe('true');
    expect(await height()).toBeGreaterThan(30);
    expect(await text.textContent()).toMatch(/DeepSeek-style efficient models/);
    await page.keyboard.press('Space');
    expect(await height()).toBeLessThan(2);
  });

  it('shows a first-visit guide that can be dismissed and opened again from Help', async () => {
    const { page } = app;
    const guide = page.locator('jv-first-visit-guide');
    expect(await guide.getByRole('heading').textContent()).toMatch(/First time here/);
    await guide.getByRole('button', { name: 'Close the guide' }).click();
    await guide.waitFor({ state: 'detached' });
    expect(await deepFocus(page)).toBe('summary');
    // Dismissed stays dismissed in this browser.
    const again = await openPage(app.context);
    expect(await again.locator('jv-first-visit-guide').count()).toBe(0);
    await again.close();
    await headerMenu(page, 'Help', 'Show the first-visit guide');
    await guide.waitFor();
    expect(await deepFocus(page)).toBe('button.dismiss');
  });

  it('opens “How to read this model” and the glossary, and puts the focus back on Help when closed', async () => {
    const { page } = app;
    await headerMenu(page, 'Help', 'How to read this model');
    const dialog = page.getByRole('dialog', { name: 'How to read this model' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    for (const heading of [
      'A conditional forecast, not a prediction',
      'The three levers of the shock',
      'The verdict, the rebound and the three bases',
      'Cautions',
      'Where the defaults come from',
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}/); // the table of defaults dates its sources
    await dialog.getByRole('button', { name: 'Glossary' }).click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    for (const term of ['Backfire (the Jevons paradox)', 'Break-even elasticity η*', 'Mechanical saving'])
      expect(await glossary.textContent()).toContain(term);
    await page.keyboard.press('Escape');
    await glossary.waitFor({ state: 'hidden' });
    expect(await deepFocus(page)).toBe('summary');
  });

  it('has the same help in Chinese', async () => {
    const { page } = app;
    await afterRender(page, () => page.getByRole('button', { name: /Switch to Chinese/ }).click());
    await headerMenu(page, '帮助', '如何阅读本模型');
    const dialog = page.getByRole('dialog', { name: '如何阅读本模型' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('冲击的三个杠杆');
    await page.keyboard.press('Escape');
    await afterRender(page, () => page.getByRole('button', { name: /切换到英文/ }).click());
    expect(app.problems).toEqual([]);
  });
});
