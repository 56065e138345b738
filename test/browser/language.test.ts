import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, afterRender, allText, openApp, verdict } from './browser';

describe('the language switch', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('turns labels, verdict and numbers into Chinese with 万/亿, and back', async () => {
    const { page } = app;
    await afterRender(page, () => page.getByRole('button', { name: 'Switch to Chinese' }).click());
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await verdict(page)).toMatch(
      /^在这些假设下，DeepSeek 的降价使 \d{4}–\d{4} 年累计 GPU 支出(增加|减少) [\d.]+%——/,
    );
    expect(await page.getByRole('slider', { name: '需求价格弹性' }).count()).toBe(1);
    const text = await allText(page);
    expect(text).toContain('杰文斯判定');
    expect(text).toMatch(/\d(\.\d+)?(万|亿|万亿)/);
    expect(text).not.toMatch(/Rebound on GPU spend|Tokens per month/);
    await page.waitForFunction(() => location.hash.includes('lang=zh'));
    await afterRender(page, () => page.getByRole('button', { name: '切换到英文' }).click());
    expect(await verdict(page)).toMatch(/^Under these assumptions/);
    expect(app.problems).toEqual([]);
  });
});
