import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, afterRender, allText, drawAllCharts, openApp, verdict } from './browser';

describe('the language switch', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('turns labels, the verdict, the table, the charts and numbers into Chinese with 万/亿, and back', async () => {
    const { page } = app;
    await afterRender(page, () => page.getByRole('button', { name: 'Switch to Chinese' }).click());
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // The report layer's Chinese sentence, the same one the CLI prints with --lang zh.
    expect(await verdict(page)).toMatch(
      /^在这些假设下.与没有DeepSeek冲击的世界相比.2025-01至\d{4}-\d{2}实际使用的算力/,
    );
    expect(await page.getByRole('slider', { name: '需求价格弹性' }).count()).toBe(1);
    expect(await page.locator('table.verdicts thead th').first().textContent()).toBe('自冲击起的区间');
    expect(await page.locator('jv-waterfall g.row').count()).toBe(7);
    await drawAllCharts(page);
    const text = await allText(page);
    expect(text).toContain('杰文斯判定');
    expect(text).toContain('DeepSeek 冲击');
    expect(text).toContain('多年计划');
    expect(text).toMatch(/\d(\.\d+)?(万|亿|万亿)/);
    expect(text).not.toMatch(/Tokens served per month|Rental price|Read with care|Efficiency \(compute/);
    // Warnings, when the default shows any, are in Chinese too (the catalogue's text per id).
    const warnings = page.locator('section.warnings li');
    for (const w of await warnings.allTextContents()) expect(w).toMatch(/[\u4e00-\u9fff]/);
    await page.waitForFunction(() => location.hash.includes('lang=zh'));
    await afterRender(page, () => page.getByRole('button', { name: '切换到英文' }).click());
    expect(await verdict(page)).toMatch(/^Under these assumptions/);
    expect(app.problems).toEqual([]);
  });
});
