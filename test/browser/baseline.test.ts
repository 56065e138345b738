import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, presets } from '../../models';
import { type AppPage, afterRender, chartPath, openApp, verdict } from './browser';

const TOKENS_CHART = 'figure[data-chart=tokens] jv-time-chart';

describe('the dashed baseline', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('switches from the run without the shock to a preset, in every chart and in the link', async () => {
    const { page } = app;
    // A preset with another elasticity: its demanded tokens differ from the base run's.
    const other = presets.find((p) => p.id !== DEFAULT_PRESET_ID && p.parameters.elasticity !== undefined)!;
    const before = { path: await chartPath(page, TOKENS_CHART), verdict: await verdict(page) };
    const dashed = () =>
      page
        .locator('figure jv-time-chart')
        .evaluateAll((charts) => charts.map((c) => c.shadowRoot?.querySelectorAll('.dash').length ?? 0));
    expect((await dashed()).every((n) => n > 0)).toBe(true);
    await afterRender(page, () => page.getByLabel('Dashed baseline').selectOption(`preset:${other.id}`));
    await page.waitForFunction((id) => location.hash.includes(`baseline=preset%3A${id}`), other.id);
    expect(await chartPath(page, TOKENS_CHART)).not.toBe(before.path);
    // The verdict compares with the run without the shock whatever the overlay shows.
    expect(await verdict(page)).toBe(before.verdict);
    await afterRender(page, () => page.getByLabel('Dashed baseline').selectOption('base'));
    expect(await chartPath(page, TOKENS_CHART)).toBe(before.path);
    expect(app.problems).toEqual([]);
  });
});
