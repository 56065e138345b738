import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, afterRender, noticeText, openApp, openPage, slider, verdict } from './browser';

const NOTICE = 'jv-state-notice section';
const ELASTICITY = 'Price elasticity of demand';

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
    const range = slider(page, ELASTICITY);
    await range.focus();
    await afterRender(page, () => range.press('PageUp'));
    await afterRender(page, () => page.getByLabel('Demand curve').selectOption('reservation'));
    await afterRender(page, () => page.getByLabel('Show').selectOption('capex'));
    const value = await range.inputValue();
    await afterRender(page, () => page.getByRole('button', { name: 'Switch to Chinese' }).click());
    await page.waitForFunction(
      () =>
        location.hash.includes('curve=reservation') &&
        location.hash.includes('lang=zh') &&
        location.hash.includes('basis=capex'),
    );
    const link = page.url();
    expect(link).toMatch(/elasticity=/);
    const shown = {
      value,
      verdict: await verdict(page),
      table: await page.locator('table.verdicts').textContent(),
      waterfall: await page.locator('jv-waterfall p.title').textContent(),
    };

    const problems: string[] = [];
    const fresh = await openPage(context, link.slice(link.indexOf('#')), problems);
    expect(await slider(fresh, '需求价格弹性').inputValue()).toBe(shown.value);
    expect(await verdict(fresh)).toBe(shown.verdict);
    expect(await fresh.locator('table.verdicts').textContent()).toBe(shown.table);
    expect(await fresh.locator('jv-waterfall p.title').textContent()).toBe(shown.waterfall);
    expect(await fresh.getByLabel('需求曲线', { exact: true }).inputValue()).toBe('reservation');
    expect(await noticeText(fresh)).toBe('');
    expect(problems).toEqual([]);
    await fresh.close();
  });

  it('carries the scenario’s vintage: a link with asOf shows it beside the verdict and keeps it through a change', async () => {
    const problems: string[] = [];
    const page = await openPage(app.context, '#asOf=2025-06-30&elasticity=1.2', problems);
    const vintage = page.locator('[data-vintage]');
    expect(await vintage.textContent()).toContain('as of 30 Jun 2025');
    const range = slider(page, ELASTICITY);
    await range.focus();
    await afterRender(page, () => range.press('PageUp'));
    await page.waitForFunction(
      () => !location.hash.includes('elasticity=1.2&') && location.hash.includes('asOf=2025-06-30'),
    );
    const link = page.url();
    const fresh = await openPage(app.context, link.slice(link.indexOf('#')), problems);
    expect(await fresh.locator('[data-vintage]').textContent()).toContain('as of 30 Jun 2025');
    expect(await slider(fresh, ELASTICITY).inputValue()).toBe(await range.inputValue());
    expect(await noticeText(fresh)).toBe('');
    expect(problems).toEqual([]);
    await fresh.close();
    await page.close();
  });

  it('survives a hostile link: reports each bad piece in the reader’s words and keeps the good ones', async () => {
    const hostile =
      '#state=%7Bbad&nosuchparam=3&elasticity=NaN&horizonMonths=1e9&' +
      `frontierListPrice=${encodeURIComponent('<script>window.__pwned=1</script>')}&` +
      `name=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}&demandLagMonths=3&lang=xx&x=${'A'.repeat(5000)}`;
    const problems: string[] = [];
    const page = await openPage(app.context, hostile, problems);
    const text = await noticeText(page);
    expect(text).toContain('“state” is not valid JSON');
    expect(text).toContain('lang = “xx” is not allowed; it was ignored.');
    // The project's reader names each refused parameter; the page says it was left out.
    expect(text).toMatch(/nosuchparam: unknown parameter id 'nosuchparam'/);
    expect(text).toMatch(/Price elasticity of demand \(elasticity\): .*elasticity/);
    expect(text).toMatch(/\(horizonMonths\): .*1e\+?9|\(horizonMonths\): .*1000000000/);
    expect(text).toContain('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The valid piece is kept; the page works.
    expect(
      await page.getByRole('spinbutton', { name: /^Demand adjustment lag, exact value/ }).inputValue(),
    ).toBe('3');
    expect(await verdict(page)).toMatch(/^Under these assumptions/);
    const range = slider(page, ELASTICITY);
    const before = await verdict(page);
    await range.focus();
    await afterRender(page, () => range.press('PageUp'));
    expect(await verdict(page)).not.toBe(before);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.locator(NOTICE).waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a version-1 link: names every id that no longer exists and what replaced it, keeps the rest', async () => {
    const problems: string[] = [];
    const page = await openPage(
      app.context,
      '#pricePerMTok=26&startMonth=2025-01&gpuHourCost=2&maxFleetGrowthPerYear=3&elasticity=1.4',
      problems,
    );
    const text = await noticeText(page);
    for (const id of ['pricePerMTok', 'startMonth', 'gpuHourCost', 'maxFleetGrowthPerYear']) {
      expect(text).toContain(`${id} is gone`);
    }
    expect(text).toContain('frontierListPrice');
    expect(await slider(page, ELASTICITY).inputValue()).toBe('1.4');
    expect(await verdict(page)).toMatch(/^Under these assumptions/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives a link with the shock after the end the notice the CLI gives, and runs without it', async () => {
    const problems: string[] = [];
    const page = await openPage(app.context, '#horizonMonths=12&shockMonth=30', problems);
    expect(await noticeText(page)).toContain(
      'shockMonth must be below horizonMonths (12 months); got 30 months: the shock must arrive before the run ends',
    );
    expect(await page.getByRole('spinbutton', { name: /^Shock month, exact value/ }).inputValue()).toBe('0');
    expect(await verdict(page)).toMatch(
      /^Under these assumptions the DeepSeek shock .* from 2025-01 to 2025-12/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
