import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppPage,
  afterRender,
  baseUrl,
  monteCarloSettled,
  noticeText,
  openApp,
  slider,
  verdict,
  waitForRenders,
} from './browser';

const ELASTICITY = 'Price elasticity of demand';
const PREFIX = 'jevons.v1.scenario:';

async function openMenuItem(page: Page, item: string): Promise<void> {
  await page.getByText('Scenario', { exact: true }).click();
  await page.getByRole('button', { name: item }).click();
}

async function reloadFresh(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.goto(baseUrl());
  await waitForRenders(page, 1);
  await monteCarloSettled(page);
}

function stored(page: Page, name: string): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), PREFIX + name);
}

async function saveAs(page: Page, name: string): Promise<void> {
  await openMenuItem(page, 'Save as named scenario…');
  await page.getByLabel('Name of the scenario').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
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
    await afterRender(page, () => range.press('PageDown'));
    const saved = { value: await range.inputValue(), verdict: await verdict(page) };
    await saveAs(page, 'Low elasticity');
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

  it('ask before saving over a name, and replace it only when told to', async () => {
    const { page } = app;
    const before = await stored(page, 'Low elasticity');
    const range = slider(page, ELASTICITY);
    await range.focus();
    await afterRender(page, () => range.press('PageUp'));
    await saveAs(page, 'Low elasticity');
    const question = page.getByRole('alertdialog');
    await question.getByText('A saved scenario named “Low elasticity” already exists').waitFor();
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(await stored(page, 'Low elasticity')).toBe(before);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
    await page.getByRole('status').getByText('Scenario “Low elasticity” replaced').waitFor();
    const after = JSON.parse((await stored(page, 'Low elasticity')) ?? 'null');
    expect(after.scenario.parameters.elasticity).toBe(Number(await range.inputValue()));
    await page.keyboard.press('Escape');
  });

  it('ask before renaming onto another saved scenario; rename and delete otherwise', async () => {
    const { page } = app;
    await saveAs(page, 'Other');
    await page.getByRole('status').getByText('Scenario “Other” saved').waitFor();
    const other = await stored(page, 'Other');
    const low = await stored(page, 'Low elasticity');
    // Renaming "Low elasticity" to "Other" would destroy "Other": the dialog asks, Cancel keeps both.
    await page.getByRole('button', { name: 'Rename scenario Low elasticity' }).click();
    await page.getByLabel('New name for Low elasticity').fill('Other');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    const question = page.getByRole('alertdialog');
    await question
      .getByText('A saved scenario named “Other” already exists. Replace it with “Low elasticity”?')
      .waitFor();
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(await stored(page, 'Other')).toBe(other);
    expect(await stored(page, 'Low elasticity')).toBe(low);
    // A free name: renamed at once, the stored text moved unchanged.
    await page.getByRole('button', { name: 'Rename scenario Low elasticity' }).click();
    await page.getByLabel('New name for Low elasticity').fill('Inelastic');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await page.getByRole('button', { name: 'Load scenario Inelastic' }).waitFor();
    expect(await stored(page, 'Inelastic')).toBe(low);
    expect(await stored(page, 'Low elasticity')).toBeNull();
    for (const name of ['Inelastic', 'Other'])
      await page.getByRole('button', { name: `Delete scenario ${name}` }).click();
    await page.getByText('No saved scenarios yet.').waitFor();
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jevons.'))),
    ).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('keep every field — distributions, description, demand curve — through reload, load and re-save', async () => {
    const { page } = app;
    const scenario = {
      name: 'full',
      extends: 'deepseek-shock',
      description: 'Kept whole: a description, distributions and a curve.',
      demandCurve: 'reservation',
      parameters: { elasticity: 1.7, reservationSigma: 1.2 },
      distributions: {
        elasticity: { dist: 'triangular', min: 0.8, mode: 1.7, max: 2.6 },
        leadTimeMonths: { dist: 'uniform', min: 6, max: 18 },
      },
    };
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      PREFIX + 'full',
      JSON.stringify({ version: 1, savedAt: '2026-01-01T00:00:00Z', scenario }),
    ] as const);
    await reloadFresh(page);
    await openMenuItem(page, 'Saved scenarios');
    await afterRender(page, () => page.getByRole('button', { name: 'Load scenario full' }).click());
    await page.keyboard.press('Escape');
    expect(await slider(page, ELASTICITY).inputValue()).toBe('1.7');
    expect(await page.getByLabel('Demand curve', { exact: true }).inputValue()).toBe('reservation');
    // Re-save under the same name (the dialog asks; replace), then read back what is stored.
    await saveAs(page, 'full');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
    await page.getByRole('status').getByText('Scenario “full” replaced').waitFor();
    await page.keyboard.press('Escape');
    const resaved = JSON.parse((await stored(page, 'full')) ?? 'null').scenario;
    expect(resaved.description).toBe(scenario.description);
    expect(resaved.distributions).toEqual(scenario.distributions);
    expect(resaved.demandCurve).toBe('reservation');
    expect(resaved.extends).toBe('deepseek-shock');
    expect(resaved.parameters.elasticity).toBe(1.7);
    expect(resaved.parameters.reservationSigma).toBe(1.2);
    await page.evaluate((key) => localStorage.removeItem(key), PREFIX + 'full');
  });

  it('open a version-1 saved scenario with a notice naming the ids that no longer exist, the entry unchanged', async () => {
    const { page } = app;
    const v1 = JSON.stringify({
      version: 1,
      savedAt: '2025-03-01T00:00:00Z',
      scenario: {
        name: 'old',
        extends: 'deepseek-shock',
        parameters: { startMonth: '2025-01', pricePerMTok: 26, gpuHourCost: 2, elasticity: 0.6 },
      },
    });
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PREFIX + 'old', v1] as const);
    await reloadFresh(page);
    await openMenuItem(page, 'Saved scenarios');
    await afterRender(page, () => page.getByRole('button', { name: 'Load scenario old' }).click());
    await page.keyboard.press('Escape');
    const text = await noticeText(page);
    for (const id of ['startMonth', 'pricePerMTok', 'gpuHourCost']) expect(text).toContain(`${id} is gone`);
    expect(await slider(page, ELASTICITY).inputValue()).toBe('0.6');
    expect(await stored(page, 'old')).toBe(v1);
    await page.evaluate((key) => localStorage.removeItem(key), PREFIX + 'old');
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
    expect(await noticeText(page)).toContain('Saved scenario “broken” is damaged');
    expect(await stored(page, 'broken')).toBe('{"version":1,"scenario":');
    await openMenuItem(page, 'Saved scenarios');
    expect(await page.getByRole('button', { name: 'Load scenario broken' }).count()).toBe(0);
    await afterRender(page, () => page.getByRole('button', { name: 'Load scenario good' }).click());
    expect(
      await page.getByRole('spinbutton', { name: /^Price elasticity of demand, exact value/ }).inputValue(),
    ).toBe('0.5');
    expect(app.problems).toEqual([]);
  });
});
