// Issue 8, point 5: the observations on the charts as a reader meets them — the in-sample figures
// on the capex, fleet and price charts, a figure's source and date on hover and from the keyboard,
// importing a hand-made CSV (drawn, listed, kept across a reload, removable), a bad CSV's row
// error, and the vintage beside the verdict in English and Chinese, or the scenario's own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, VINTAGE } from '../../models';
import { inSampleObservations } from '../../models/observations/in-sample';
import { supportingSources } from '../../models/vintage';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { scenarioToJSON } from '../../src/scenario/serialize';
import {
  type AppPage,
  afterRender,
  drawn,
  headerMenu,
  monteCarloSettled,
  openApp,
  waitForRenders,
} from './browser';

/** A chart's card in the grid, scrolled into view with its drawing done. */
async function chart(page: Page, id: string): Promise<Locator> {
  const figure = page.locator(`jv-chart-grid figure[data-chart=${id}]`);
  await drawn(figure.locator('jv-time-chart'));
  return figure;
}

/** The in-sample figures of the series a chart shows (the spec's mapping, read from the data). */
function inSample(test: (series: string) => boolean) {
  return inSampleObservations.filter((o) => test(o.series));
}

const hindsight = (o: (typeof inSampleObservations)[number]) =>
  supportingSources(o.sources, VINTAGE).length === 0;

/** Chooses `file` through the panel's "Import observations…" button, as a reader does. */
async function importObservations(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import observations…' }).click(),
  ]);
  await chooser.setFiles(file);
}

describe('observed figures on the charts', () => {
  let app: AppPage;
  const dir = mkdtempSync(join(tmpdir(), 'jevons-observed-'));

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws the in-sample figures on the capex, fleet and price charts, one mark each, apart from the announced diamonds', async () => {
    const { page } = app;
    const expected = {
      capex: inSample((s) => s === 'capex' || s === 'capexChips' || s === 'gpuPrice'),
      fleet: inSample((s) => s === 'fleetH100e'),
      price: inSample((s) => s.startsWith('listPriceByTier.')),
    };
    for (const [id, figures] of Object.entries(expected)) {
      const figure = await chart(page, id);
      expect(figures.length, id).toBeGreaterThan(0);
      const marks = figure.locator('g.obs');
      expect(await marks.count(), id).toBe(figures.length);
      expect((await marks.evaluateAll((g) => g.map((x) => x.getAttribute('data-key')))).sort()).toEqual(
        figures.map((o) => o.id).sort(),
      );
      // Published after the vintage: hollow, and the legend says what hollow means.
      expect(await figure.locator('g.obs.hollow').count(), id).toBe(figures.filter(hindsight).length);
      const legend = (await figure.locator('.legend').textContent()) ?? '';
      expect(legend).toContain('observed (published by 28 Feb 2025)');
      if (figures.some(hindsight)) expect(legend).toContain('hindsight: published later');
    }
    // The articles' announced capex stays a diamond of its own, not an observation.
    const capex = await chart(page, 'capex');
    expect(await capex.locator('g.marker path.diamond').count()).toBeGreaterThan(0);
    expect(await capex.locator('g.obs path.diamond').count()).toBe(0);
    // The big four's capex is a ceiling: a ▼ over its level.
    expect(await capex.locator('g.obs.atMost').count()).toBe(
      expected.capex.filter((o) => o.side === 'atMost').length,
    );
    expect(app.problems).toEqual([]);
  });

  it('shows a figure’s source with its publication date and the model’s value on hover, and from the keyboard', async () => {
    const { page } = app;
    const figure = await chart(page, 'capex');
    const target = inSampleObservations.find((o) => o.id === 'nvidia-dc-fy2025');
    expect(target).toBeDefined();
    const source = target?.sources[0];
    const dot = figure.locator('g.obs[data-key="nvidia-dc-fy2025"] path.dot');
    const box = await dot.boundingBox();
    expect(box).not.toBeNull();
    if (!box || !source) return;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const card = figure.locator('.obs-card');
    await card.waitFor();
    const text = ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('nvidia-dc-fy2025');
    expect(text).toContain(`${source.ref} · published ${source.date}`);
    expect(text).toContain('the sum over 2024-02 – 2025-01');
    expect(text).toMatch(/Model \$\d+(\.\d+)?B · model ÷ observed \d\.\d+×/);
    await page.mouse.move(0, 0);
    await card.waitFor({ state: 'detached' });

    // The keyboard: focus the plot, ↓ opens the first figure's card and the live region reads it.
    const fleet = await chart(page, 'fleet');
    await fleet.locator('.plot-wrap').focus();
    await page.keyboard.press('ArrowDown');
    const first = fleet.locator('.obs-card');
    await first.waitFor();
    const spoken = (await fleet.locator('.sr-only[aria-live]').textContent()) ?? '';
    expect(spoken).toMatch(/published \d{4}-\d{2}(-\d{2})?/);
    expect(spoken).toMatch(/Model .+ · model ÷ observed/);
    const firstKey = await first.getAttribute('data-key');
    await page.keyboard.press('ArrowDown');
    expect(await fleet.locator('.obs-card').getAttribute('data-key')).not.toBe(firstKey);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowLeft');
    expect(await fleet.locator('.obs-card').count()).toBe(0);
  });

  it('imports a hand-made CSV: its points are drawn and listed, kept across a reload, and removable', async () => {
    const { page } = app;
    const csv = join(dir, 'my-observations.csv');
    writeFileSync(
      csv,
      [
        'id,series,period,aggregation,value,low,high,source',
        'my-fleet,fleetH100e,2024-06,end,3000000,2500000,3500000,My own count',
        'my-rent,rentalPrice,2024-01/2024-03,mean,3.1,,,"Broker quotes, Q1"',
        'my-frontier-price,listPriceByTier.frontier,2025-06,mean,10,,,A price list',
      ].join('\n'),
    );
    await afterRender(page, () => importObservations(page, csv));
    const fleet = await chart(page, 'fleet');
    expect(await fleet.locator('g.obs.square').count()).toBe(1);
    expect(await fleet.locator('.legend').textContent()).toContain('imported by you');
    expect(await (await chart(page, 'market')).locator('g.obs.square[data-key]').count()).toBe(1);
    // June 2025 lies after the vintage: an imported figure about it is hindsight too.
    expect(await (await chart(page, 'price')).locator('g.obs.square.hollow').count()).toBe(1);
    const panel = page.locator('jv-observations-panel');
    for (const id of ['my-fleet', 'my-rent', 'my-frontier-price']) {
      await expect.poll(() => panel.getByText(id, { exact: true }).count()).toBe(1);
    }
    // Its source (no date in the file) is on its card.
    const square = (await chart(page, 'fleet')).locator('g.obs.square path.dot');
    const box = await square.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    expect(await fleet.locator('.obs-card').textContent()).toContain(
      'My own count · publication date not given',
    );
    await page.mouse.move(0, 0);

    // A reload keeps them: nothing the reader imported is lost.
    await page.reload();
    await waitForRenders(page, 1);
    await monteCarloSettled(page);
    expect(await (await chart(page, 'fleet')).locator('g.obs.square').count()).toBe(1);
    expect(await (await chart(page, 'market')).locator('g.obs.square').count()).toBe(1);

    // Removing one takes it off its chart and out of the list; the others stay.
    await afterRender(page, () => page.getByRole('button', { name: 'Remove observation my-rent' }).click());
    expect(await (await chart(page, 'market')).locator('g.obs.square').count()).toBe(0);
    expect(await (await chart(page, 'fleet')).locator('g.obs.square').count()).toBe(1);
    await afterRender(page, () =>
      page
        .getByRole('button', { name: 'Remove every observation imported from “my-observations.csv”' })
        .click(),
    );
    for (const id of ['fleet', 'market', 'price']) {
      expect(await (await chart(page, id)).locator('g.obs.square').count(), id).toBe(0);
    }
    expect(app.problems).toEqual([]);
  });

  it('refuses a bad CSV whole, naming the row, the field, the rule and the value', async () => {
    const { page } = app;
    const csv = join(dir, 'bad.csv');
    writeFileSync(
      csv,
      [
        'series,period,aggregation,value',
        'fleetH100e,2024-06,end,3000000',
        'fleetH100e,2024-07,end,lots',
      ].join('\n'),
    );
    await afterRender(page, () => importObservations(page, csv));
    const alert = page.locator('jv-observations-panel .refused[role=alert]');
    await alert.waitFor();
    const text = (await alert.textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Nothing was imported from “bad.csv”. Problems found: 1.');
    expect(text).toContain("row 2: value must be a number above 0; got 'lots'");
    // The good row was not drawn either: the file is refused whole, as the CLI refuses it.
    expect(await (await chart(page, 'fleet')).locator('g.obs.square').count()).toBe(0);
    // A reader of Chinese gets the same problem in Chinese, with the file's own row and value.
    await afterRender(page, () => page.getByRole('button', { name: 'Switch to Chinese' }).click());
    expect((await alert.textContent())?.replace(/\s+/g, ' ')).toContain(
      "第 2 行：value 必须是大于 0 的数；收到 'lots'",
    );
    await afterRender(page, () => page.getByRole('button', { name: '切换到英文' }).click());
    await afterRender(page, () => alert.getByRole('button', { name: 'Dismiss' }).click());
    expect(await alert.count()).toBe(0);
  });

  it('puts the vintage beside the verdict in English and in Chinese, and a scenario’s own asOf instead', async () => {
    const { page } = app;
    await page.evaluate(() => window.scrollTo(0, 0));
    const vintage = page.locator('jv-jevons-panel .vintage[data-vintage]');
    expect(((await vintage.textContent()) ?? '').trim()).toBe('Data as of 28 Feb 2025');
    // Beside the verdict: in the panel's title row, above the sentence.
    const [v, s] = await Promise.all([vintage.boundingBox(), page.locator('#verdict').boundingBox()]);
    expect(v && s && v.y < s.y).toBe(true);
    await afterRender(page, () => page.getByRole('button', { name: 'Switch to Chinese' }).click());
    expect(((await vintage.textContent()) ?? '').trim()).toBe('数据截至2025年2月28日');
    expect(await (await chart(page, 'fleet')).locator('.legend').textContent()).toContain(
      '观测值（2025年2月28日前发表）',
    );
    await afterRender(page, () => page.getByRole('button', { name: '切换到英文' }).click());

    // A scenario stood at an earlier day: every parameter set, so it rests on no later default.
    const file = join(dir, 'january.json');
    const scenario = { ...scenarioToJSON(scenarioFromPreset(DEFAULT_PRESET_ID)), asOf: '2025-01-31' };
    writeFileSync(file, JSON.stringify(scenario));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      headerMenu(page, 'Scenario', 'Import scenario JSON…'),
    ]);
    await afterRender(page, () => chooser.setFiles(file));
    expect(((await vintage.textContent()) ?? '').trim()).toBe('Data as of 31 Jan 2025');
    // NVIDIA's fiscal 2025 was published on 26 Feb 2025: hindsight for a 31 January user.
    const capex = await chart(page, 'capex');
    expect(await capex.locator('g.obs.hollow[data-key="nvidia-dc-fy2025"]').count()).toBe(1);
    // The frontier's 2024 prices were published by then: still solid, under the new day's legend.
    const price = await chart(page, 'price');
    expect(await price.locator('g.obs:not(.hollow)[data-key="price-frontier-2024-12"]').count()).toBe(1);
    expect(await price.locator('.legend').textContent()).toContain('observed (published by 31 Jan 2025)');
    expect(app.problems).toEqual([]);
  });
});
