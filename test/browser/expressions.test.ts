import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.mjs';
import { afterRender, openPage, verdict } from './browser';

const PARSER_CHUNK = /\/assets\/parse-[\w-]+\.js$/;

describe('parameters given as expressions', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('load the parser (mathjs) only when a link needs it, and show the expression read-only', async () => {
    const problems: string[] = [];
    const requests: string[] = [];
    browser.context.on('request', (r) => requests.push(r.url()));
    const plain = await openPage(browser.context, '', problems);
    expect(requests.filter((u) => PARSER_CHUNK.test(u))).toEqual([]);
    await plain.close();

    const expression = '1.2 + 0.1 * year';
    const page = await openPage(browser.context, `#elasticity=${encodeURIComponent(expression)}`, problems);
    const code = page.locator('jv-param-slider code', { hasText: expression });
    await code.waitFor();
    expect(requests.filter((u) => PARSER_CHUNK.test(u))).toHaveLength(1);
    expect(await page.getByRole('slider', { name: 'Price elasticity of demand', exact: true }).count()).toBe(
      0,
    );
    const withExpression = await verdict(page);
    expect(withExpression).toMatch(/^Under these assumptions/);
    await page.waitForFunction(() => location.hash.includes('elasticity=1.2'));

    await afterRender(page, () => page.getByRole('button', { name: 'Reset to number' }).click());
    expect(await page.getByRole('slider', { name: 'Price elasticity of demand', exact: true }).count()).toBe(
      1,
    );
    expect(await verdict(page)).not.toBe(withExpression);
    expect(problems).toEqual([]);
  });

  it('report an expression the parser refuses and keep the number', async () => {
    const problems: string[] = [];
    const page = await openPage(
      browser.context,
      `#elasticity=${encodeURIComponent('import(x)')}&demandLagMonths=4`,
      problems,
    );
    const notice = page.locator('jv-state-notice section');
    await notice.waitFor();
    expect((await notice.textContent()) ?? '').toMatch(/elasticity/);
    expect(await page.getByRole('slider', { name: 'Price elasticity of demand', exact: true }).count()).toBe(
      1,
    );
    expect(
      await page.getByRole('spinbutton', { name: /^Demand adjustment lag, exact value/ }).inputValue(),
    ).toBe('4');
    expect(problems).toEqual([]);
  });
});
