import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID } from '../../models';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { parseScenario } from '../../src/scenario/parse';
import { type AppPage, afterRender, baseUrl, openApp, slider, verdict, waitForRenders } from './browser';
import { ROOT } from './chromium.mjs';

async function menu(page: Page, item: string): Promise<void> {
  await page.getByText('Scenario', { exact: true }).click();
  await page.getByRole('button', { name: item }).click();
}

describe('import and export', () => {
  let app: AppPage;
  const dir = mkdtempSync(join(tmpdir(), 'jevons-export-'));

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports the scenario JSON that the project parser and the CLI read, and imports it back', async () => {
    const { page } = app;
    const range = slider(page, 'Price elasticity of demand');
    await range.focus();
    for (let i = 0; i < 6; i++) await afterRender(page, () => range.press('ArrowRight'));
    await afterRender(page, () =>
      page.getByLabel('Demand curve', { exact: true }).selectOption('reservation'),
    );
    const shown = { value: await range.inputValue(), verdict: await verdict(page) };
    const verdictClass = await page.locator('#verdict').getAttribute('class');

    const [download] = await Promise.all([page.waitForEvent('download'), menu(page, 'Export scenario JSON')]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(file).toMatch(/\.json$/);

    // The project's parser, in Node, reads the same parameters.
    const parsed = parseScenario(readFileSync(file, 'utf8'), { source: file });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const preset = scenarioFromPreset(parsed.scenario.extends ?? DEFAULT_PRESET_ID);
    expect(parsed.scenario.parameters.elasticity).toBe(Number(shown.value));
    expect(parsed.scenario.demandCurve.kind).toBe('reservation');
    const { elasticity: _e, ...others } = parsed.scenario.parameters;
    const { elasticity: _p, ...presetOthers } = preset.parameters;
    expect(others).toEqual(presetOthers);

    // The CLI runs the file unchanged and reaches the same verdict.
    const cli = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'jevons.js'), 'run', file, '--format', 'json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(verdictClass).toContain(JSON.parse(cli.stdout).summary.verdict);

    // Back to a fresh default view, then import the file: the same state returns.
    await page.goto('about:blank');
    await page.goto(baseUrl());
    await waitForRenders(page, 1);
    expect(await slider(page, 'Price elasticity of demand').inputValue()).not.toBe(shown.value);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      menu(page, 'Import scenario JSON…'),
    ]);
    await afterRender(page, () => chooser.setFiles(file));
    expect(await slider(page, 'Price elasticity of demand').inputValue()).toBe(shown.value);
    expect(await verdict(page)).toBe(shown.verdict);
    expect(await page.getByLabel('Demand curve', { exact: true }).inputValue()).toBe('reservation');
  });

  it('exports the series as CSV with units in the header', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), menu(page, 'Export series as CSV')]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^month,priceIncumbent \(USD\/Mtok\),.*gpuSpend \(USD\/month\)/);
    expect(lines.length).toBeGreaterThan(12);
    expect(lines[1]).toMatch(/^\d{4}-\d{2},/);
    expect(lines.join('\n')).not.toMatch(/NaN|Infinity/);
  });

  it('exports a chart as SVG and PNG', async () => {
    const { page } = app;
    const figure = page.locator('figure[data-chart=price]');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /as SVG$/ }).click(),
    ]);
    const svgFile = join(dir, svg.suggestedFilename());
    await svg.saveAs(svgFile);
    expect(readFileSync(svgFile, 'utf8')).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /as PNG$/ }).click(),
    ]);
    const pngFile = join(dir, png.suggestedFilename());
    await png.saveAs(pngFile);
    expect(readFileSync(pngFile).subarray(1, 4).toString()).toBe('PNG');
    expect(app.problems).toEqual([]);
  });
});
