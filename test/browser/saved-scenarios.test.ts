import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, afterRender, baseUrl, openApp, slider, verdict, waitForRenders } from './browser';

const ELASTICITY = 'Price elasticity of demand';

async function openMenuItem(page: Page, item: string): Promise<void> {
  await page.getByText('Scenario', { exact: true }).click();
  await page.getByRole('button', { name: item }).click();
}

async function reloadFresh(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.goto(baseUrl());
  await waitForRenders(page, 1);
}

describe('named scenarios saved in the browser', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('are kept across a reload, found in the list and loaded back', async () => {
    const { page } = app;
    const range = slider(page, ELASTICITY);
    await range.focus();
    for (let i = 0; i < 5; i++) await afterRender(page, () => range.press('ArrowLeft'));
    const saved = { value: await range.inputValue(), verdict: await verdict(page) };
    await openMenuItem(page, 'Save as named scenario…');
    await page.getByLabel('Name of the scenario').fill('Low elasticity');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').getByText('Scenario “Low elasticity” saved').waitFor();
    await page.keyboard.press('Escape');

    await reloadFresh(page);
    expect(await slider(page, ELASTICITY).inputValue()).not.toBe(saved.value);
    await openMenuItem(page, 'Saved scenarios');
    await afterRender(page, () => page.getByRole('button', { name: 'Load scenario Low elasticity' }).click());
    expect(await slider(page, ELASTICITY).inputValue()).toBe(saved.value);
    expect(await verdict(page)).toBe(saved.verdict);
    await page.keyboard.press('Escape');
  });

  it('can be renamed and deleted', async () => {
    const { page } = app;
    await openMenuItem(page, 'Saved scenarios');
    await page.getByRole('button', { name: 'Rename scenario Low elasticity' }).click();
    await page.getByLabel('New name for Low elasticity').fill('Inelastic');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await page.getByRole('button', { name: 'Load scenario Inelastic' }).waitFor();
    expect(await page.getByRole('button', { name: 'Load scenario Low elasticity' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Delete scenario Inelastic' }).click();
    await page.getByText('No saved scenarios yet.').waitFor();
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jevons.'))),
    ).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('report a damaged entry in the page, keep it stored, and keep working', async () => {
    const { page } = app;
    await page.evaluate(() => {
      localStorage.setItem('jevons.v1.scenario:broken', '{"version":1,"scenario":');
      localStorage.setItem(
        'jevons.v1.scenario:good',
        JSON.stringify({
          version: 1,
          savedAt: '2026-01-01T00:00:00Z',
          scenario: { name: 'good', parameters: { elasticity: 0.5 } },
        }),
      );
    });
    await reloadFresh(page);
    const notice = (await page.locator('jv-state-notice section').textContent()) ?? '';
    expect(notice).toContain('Saved scenario “broken” is damaged');
    expect(await page.evaluate(() => localStorage.getItem('jevons.v1.scenario:broken'))).toBe(
      '{"version":1,"scenario":',
    );
    await openMenuItem(page, 'Saved scenarios');
    expect(await page.getByRole('button', { name: 'Load scenario broken' }).count()).toBe(0);
    await afterRender(page, () => page.getByRole('button', { name: 'Load scenario good' }).click());
    expect(
      await page.getByRole('spinbutton', { name: /^Price elasticity of demand, exact value/ }).inputValue(),
    ).toBe('0.5');
    expect(app.problems).toEqual([]);
  });
});
