import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, afterRender, openApp, openPage, slider, verdict } from './browser';

const NOTICE = 'jv-state-notice section';

describe('state in the URL', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reproduces the view from a copied link in a fresh page', async () => {
    const { page, context } = app;
    const range = slider(page, 'Price elasticity of demand');
    await range.focus();
    for (let i = 0; i < 4; i++) await afterRender(page, () => range.press('ArrowRight'));
    await afterRender(page, () => page.getByLabel('Demand curve').selectOption('reservation'));
    const value = await range.inputValue();
    await afterRender(page, () => page.getByRole('button', { name: 'Switch to Chinese' }).click());
    await page.waitForFunction(
      () => location.hash.includes('curve=reservation') && location.hash.includes('lang=zh'),
    );
    const link = page.url();
    expect(link).toMatch(/elasticity=/);
    const shown = { value, verdict: await verdict(page) };

    const problems: string[] = [];
    const fresh = await openPage(context, link.slice(link.indexOf('#')), problems);
    expect(await slider(fresh, '需求价格弹性').inputValue()).toBe(shown.value);
    expect(await verdict(fresh)).toBe(shown.verdict);
    expect(await fresh.getByLabel('需求曲线', { exact: true }).inputValue()).toBe('reservation');
    expect(problems).toEqual([]);
    await fresh.close();
  });

  it('survives a hostile link: reports each bad piece in the page and keeps the good ones', async () => {
    const hostile =
      '#state=%7Bbad&nosuchparam=3&elasticity=NaN&horizonMonths=1e9&' +
      `adoptionCeiling=${encodeURIComponent('<script>window.__pwned=1</script>')}&` +
      `name=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}&demandLagMonths=3&lang=xx&x=${'A'.repeat(5000)}`;
    const problems: string[] = [];
    const page = await openPage(app.context, hostile, problems);
    const notice = page.locator(NOTICE);
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('“state” is not valid JSON');
    expect(text).toContain('Unknown setting “nosuchparam”');
    expect(text).toMatch(/Price elasticity of demand \(elasticity\) = “NaN” is not a number/);
    expect(text).toMatch(/\(horizonMonths\) = 1000000000 is outside 12 months – 240 months; kept 60 months/);
    expect(text).toMatch(/\(adoptionCeiling\) = “<script>/);
    expect(text).toContain('lang = “xx” is not allowed; it was ignored.');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The valid piece is kept; the page works.
    expect(
      await page.getByRole('spinbutton', { name: /^Demand adjustment lag, exact value/ }).inputValue(),
    ).toBe('3');
    expect(await verdict(page)).toMatch(/^Under these assumptions/);
    const range = slider(page, 'Price elasticity of demand');
    const before = await verdict(page);
    await range.focus();
    await afterRender(page, () => range.press('PageUp'));
    expect(await verdict(page)).not.toBe(before);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });
});
