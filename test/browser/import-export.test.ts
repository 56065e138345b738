import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID } from '../../models';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { parseScenario } from '../../src/scenario/parse';
import {
  type AppPage,
  afterRender,
  baseUrl,
  monteCarloSettled,
  noticeText,
  openApp,
  slider,
  verdict,
  verdictClass,
  waitForRenders,
} from './browser';
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
    await afterRender(page, () => range.press('PageUp'));
    await afterRender(page, () =>
      page.getByLabel('Demand curve', { exact: true }).selectOption('reservation'),
    );
    const shown = { value: await range.inputValue(), verdict: await verdict(page) };
    const headline = await verdictClass(page);

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
    const report = JSON.parse(cli.stdout);
    expect(report.summary.headline.verdict).toBe(headline);
    expect(report.summary.headline.sentence).toBe(shown.verdict);

    // The page's run report is the CLI's, number for number: one engine, one report layer.
    const [reportDownload] = await Promise.all([
      page.waitForEvent('download'),
      menu(page, 'Export run report (JSON, as the CLI prints it)'),
    ]);
    const reportFile = join(dir, reportDownload.suggestedFilename());
    await reportDownload.saveAs(reportFile);
    const fromPage = JSON.parse(readFileSync(reportFile, 'utf8'));
    for (const key of [
      'headline',
      'verdicts',
      'breakEvenElasticity',
      'decomposition',
      'warnings',
      'demandedDiagnostic',
    ]) {
      expect(fromPage.summary[key], key).toEqual(report.summary[key]);
    }
    expect(fromPage.series.capex).toEqual(report.series.capex);

    // Back to a fresh default view, then import the file: the same state returns.
    await page.goto('about:blank');
    await page.goto(baseUrl());
    await waitForRenders(page, 1);
    await monteCarloSettled(page);
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

  it('exports the series as CSV with units in the header, after the scenario and parameter blocks', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), menu(page, 'Export series as CSV')]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const series = readFileSync(file, 'utf8').trim().split('\n\n').at(-1)!;
    const lines = series.split('\n');
    expect(lines[0]).toBe('[series]');
    expect(lines[1]).toMatch(
      /^month \(YYYY-MM\),tokensDemanded \(tokens\/month\),.*rentalPrice \(USD\/H100e-hour\),/,
    );
    expect(lines[1]).toContain('tokensByTier.frontier (tokens/month)');
    expect(lines[1]).toContain('baseline_capex (USD/month)');
    expect(lines[2]).toMatch(/^2023-01,/);
    expect(lines.length).toBeGreaterThan(12);
    expect(lines.join('\n')).not.toMatch(/NaN|Infinity/);
  });

  it('imports a file with a description, distributions and units, keeps them, and exports them again', async () => {
    const { page } = app;
    const file = join(dir, 'with-fields.yaml');
    writeFileSync(
      file,
      [
        'name: With fields',
        'extends: deepseek-shock',
        'description: Every field survives import and export.',
        'parameters:',
        '  elasticity: 1.3',
        '  rentalPriceFloor: "0.6 USD/GPUh"',
        'distributions:',
        '  elasticity: { dist: triangular, min: 0.6, mode: 1.3, max: 2.4 }',
        '',
      ].join('\n'),
    );
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      menu(page, 'Import scenario JSON…'),
    ]);
    await afterRender(page, () => chooser.setFiles(file));
    expect(await slider(page, 'Price elasticity of demand').inputValue()).toBe('1.3');
    expect(await noticeText(page)).toBe('');
    const [download] = await Promise.all([page.waitForEvent('download'), menu(page, 'Export scenario JSON')]);
    const out = join(dir, download.suggestedFilename());
    await download.saveAs(out);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.description).toBe('Every field survives import and export.');
    expect(json.distributions).toEqual({ elasticity: { dist: 'triangular', min: 0.6, mode: 1.3, max: 2.4 } });
    expect(json.parameters.rentalPriceFloor).toBeCloseTo(0.6, 12);
  });

  it('imports a version-1 file: names the ids that no longer exist and opens the rest', async () => {
    const { page } = app;
    const file = join(dir, 'v1.json');
    writeFileSync(file, JSON.stringify({ name: 'v1', parameters: { pricePerMTok: 26, elasticity: 0.9 } }));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      menu(page, 'Import scenario JSON…'),
    ]);
    await afterRender(page, () => chooser.setFiles(file));
    expect(await noticeText(page)).toContain('pricePerMTok is gone');
    expect(await slider(page, 'Price elasticity of demand').inputValue()).toBe('0.9');
    await page.getByRole('button', { name: 'Dismiss' }).click();
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
