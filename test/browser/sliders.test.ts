import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, afterRender, chartPath, openApp, slider, verdict } from './browser';

const ELASTICITY = 'Price elasticity of demand';
const TOKENS_CHART = 'figure[data-chart=tokens] jv-time-chart';

describe('moving a slider', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('with the keyboard (ArrowRight, PageUp) changes the value, the verdict and the charts', async () => {
    const { page } = app;
    const range = slider(page, ELASTICITY);
    const before = {
      value: await range.inputValue(),
      verdict: await verdict(page),
      path: await chartPath(page, TOKENS_CHART),
    };
    await range.focus();
    for (let i = 0; i < 3; i++) await afterRender(page, () => range.press('ArrowRight'));
    await afterRender(page, () => range.press('PageUp'));
    const after = {
      value: await range.inputValue(),
      verdict: await verdict(page),
      path: await chartPath(page, TOKENS_CHART),
    };
    expect(Number(after.value)).toBeGreaterThan(Number(before.value));
    expect(after.verdict).not.toBe(before.verdict);
    expect(after.path).not.toBe(before.path);
    const exact = page.getByRole('spinbutton', { name: /^Price elasticity of demand, exact value/ });
    expect(Number(await exact.inputValue())).toBeCloseTo(Number(after.value), 6);
  });

  it('with the pointer (drag the thumb) changes the value, the verdict and the charts', async () => {
    const { page } = app;
    const range = slider(page, ELASTICITY);
    const before = {
      value: await range.inputValue(),
      verdict: await verdict(page),
      path: await chartPath(page, TOKENS_CHART),
    };
    const box = (await range.boundingBox())!;
    const y = box.y + box.height / 2;
    await afterRender(page, async () => {
      await page.mouse.move(box.x + box.width * 0.45, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.2, y, { steps: 8 });
      await page.mouse.move(box.x + box.width * 0.1, y, { steps: 4 });
      await page.mouse.up();
    });
    const after = {
      value: await range.inputValue(),
      verdict: await verdict(page),
      path: await chartPath(page, TOKENS_CHART),
    };
    expect(Number(after.value)).toBeLessThan(Number(before.value));
    expect(after.verdict).not.toBe(before.verdict);
    expect(after.path).not.toBe(before.path);
  });

  it('takes an exact value typed in the number field, and refuses one out of range with a message', async () => {
    const { page } = app;
    const exact = page.getByRole('spinbutton', { name: /^Price elasticity of demand, exact value/ });
    await afterRender(page, async () => {
      await exact.fill('0.35');
      await exact.press('Enter');
    });
    expect(await exact.inputValue()).toBe('0.35');
    const shown = await verdict(page);
    await exact.fill('99');
    await exact.press('Enter');
    await page.getByRole('alert').filter({ hasText: '99 is outside 0.05 – 3' }).waitFor();
    expect(await verdict(page)).toBe(shown);
    expect(await exact.getAttribute('aria-invalid')).toBe('true');
  });

  it('reset returns to the preset value and disables itself', async () => {
    const { page } = app;
    const reset = page.getByRole('button', { name: /^Reset Price elasticity of demand to its default/ });
    await afterRender(page, () => reset.click());
    expect(await reset.isDisabled()).toBe(true);
    await page.waitForFunction(() => !location.hash.includes('elasticity='));
  });

  it('group the tier parameters per tier, and a tier slider moves the verdict and the decomposition', async () => {
    const { page } = app;
    const tiers = page.locator('details[data-group=tiers] h3');
    expect(await tiers.allTextContents()).toEqual(['Frontier', 'Mainstream', 'Commodity & open-weight']);
    expect(await page.locator('details[data-group=tiers] jv-param-slider').count()).toBe(18);
    const range = slider(page, 'Commodity & open-weight: list price at start');
    const before = {
      verdict: await verdict(page),
      waterfall: await page.locator('jv-waterfall g.row').allTextContents(),
    };
    await range.focus();
    await afterRender(page, () => range.press('PageUp'));
    expect(await verdict(page)).not.toBe(before.verdict);
    expect(await page.locator('jv-waterfall g.row').allTextContents()).not.toEqual(before.waterfall);
    await afterRender(page, () =>
      page.getByRole('button', { name: /^Reset Commodity & open-weight: list price at start/ }).click(),
    );
    expect(await verdict(page)).toBe(before.verdict);
  });

  it('opens the sources of a parameter with the original quote, its English and the article', async () => {
    const { page } = app;
    await page.getByRole('button', { name: `Sources for ${ELASTICITY}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toMatch(/[\u4e00-\u9fff]/); // a Chinese original
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}/); // an article date
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(app.problems).toEqual([]);
  });
});
