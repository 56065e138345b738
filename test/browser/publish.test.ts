import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppPage,
  afterRender,
  headerMenu,
  monteCarloSettled,
  openApp,
  typeExact,
  verdict,
} from './browser';

/** Pages in a PDF file: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

async function download(page: Page, dir: string, click: () => Promise<unknown>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** What the page shows on paper, and the PDF of it: a few A4 pages. */
async function printed(page: Page, dir: string): Promise<void> {
  // Charts off screen put off their redraws; before printing the app draws every one.
  await page.waitForFunction(() => {
    const root = document.querySelector('jv-app')!.shadowRoot!;
    const grid = root.querySelector('jv-chart-grid')!.shadowRoot!;
    const charts = [
      ...grid.querySelectorAll('jv-time-chart'),
      ...root.querySelector('jv-why-panel')!.shadowRoot!.querySelectorAll('jv-elasticity-chart'),
    ];
    return (
      charts.length > 0 && charts.every((c) => !(c as HTMLElement & { pendingDraw: boolean }).pendingDraw)
    );
  });
  const onPaper = await page.evaluate(() => {
    const root = document.querySelector('jv-app')!.shadowRoot!;
    const visible = (el: Element | null | undefined) =>
      !!el && (el as HTMLElement).getClientRects().length > 0;
    const sliders = [...root.querySelectorAll('jv-param-slider')].flatMap((s) => [
      ...s.shadowRoot!.querySelectorAll('input'),
    ]);
    const charts = [...root.querySelectorAll('jv-chart-grid')].flatMap((g) => [
      ...g.shadowRoot!.querySelectorAll('jv-time-chart'),
    ]);
    // The tornado, the waterfall and the Sobol chart, wherever they sit in the shadow trees.
    const rowCharts: Element[] = [];
    const panels: Element[] = [];
    const collect = (node: ParentNode) => {
      for (const el of node.querySelectorAll('*')) {
        if (['jv-tornado', 'jv-waterfall', 'jv-sobol-chart'].includes(el.localName)) rowCharts.push(el);
        if (el.localName === 'jv-uncertainty-panel') panels.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    collect(root);
    const buttons = [...root.querySelectorAll('jv-chart-grid')].flatMap((g) => [
      ...g.shadowRoot!.querySelectorAll('button'),
    ]);
    return {
      verdict: visible(root.querySelector('jv-jevons-panel')?.shadowRoot?.querySelector('#verdict')),
      sliders: sliders.filter(visible).length,
      selects: [...root.querySelectorAll('jv-app-header')]
        .flatMap((h) => [...h.shadowRoot!.querySelectorAll('select')])
        .filter(visible).length,
      exportButtons: buttons.filter(visible).length,
      charts: charts.length,
      drawn: charts.filter((c) => (c.shadowRoot?.querySelectorAll('path.line, .bars rect').length ?? 0) > 0)
        .length,
      assumptions: root.querySelector('jv-print-summary')?.shadowRoot?.textContent ?? '',
      rowCharts: rowCharts.length,
      // What only a pointer or the keyboard makes sense of: the read-out line and the active row's band.
      // The uncertainty panel's disclosure of the sampled distributions: a control, not a finding.
      disclosures: panels.flatMap((p) => [...p.shadowRoot!.querySelectorAll('summary')]).filter(visible)
        .length,
      interactive: rowCharts.flatMap((c) => [
        ...[...c.shadowRoot!.querySelectorAll('.readout')]
          .filter(visible)
          .map(() => `${c.localName} read-out`),
        ...[...c.shadowRoot!.querySelectorAll('.row.active .focus-ring')]
          .filter((r) => getComputedStyle(r).fill !== 'none')
          .map(() => `${c.localName} active band`),
      ]),
    };
  });
  expect(onPaper.verdict).toBe(true);
  expect(onPaper.sliders).toBe(0);
  expect(onPaper.selects).toBe(0);
  expect(onPaper.exportButtons).toBe(0);
  expect(onPaper.drawn).toBe(onPaper.charts);
  expect(onPaper.rowCharts).toBe(3);
  expect(onPaper.interactive).toEqual([]);
  expect(onPaper.disclosures).toBe(0);
  expect(onPaper.assumptions).toContain('Key assumptions');
  expect(onPaper.assumptions).toContain('Price elasticity of demand 1 → 1.4');
  expect(onPaper.assumptions).toMatch(/Sources of the defaults[\s\S]*\d{4}-\d{2}-\d{2}/);
  const pdf = await page.pdf({ format: 'A4', path: join(dir, 'jevons.pdf') });
  const pages = pdfPages(pdf);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(7);
}

describe('publishing', () => {
  let app: AppPage;
  const dir = mkdtempSync(join(tmpdir(), 'jevons-publish-'));

  beforeAll(async () => {
    app = await openApp();
    const { page } = app;
    await typeExact(page, 'Price elasticity of demand', '1.4');
    await headerMenu(page, 'Scenario', 'Save as named scenario…');
    await page.getByLabel('Name of the scenario').fill('Analyst view');
    await afterRender(page, () => page.getByRole('button', { name: 'Save', exact: true }).click());
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints to a few A4 pages: the verdict, the assumptions and every chart, and no slider', async () => {
    const { page } = app;
    await monteCarloSettled(page);
    // The Sobol indices come last: the printout has them too.
    await page.waitForFunction(() => !document.querySelector('jv-app')?.hasAttribute('data-sobol-busy'));
    const shown = await verdict(page);
    // As a reader printing: the page is laid out for paper (every chart drawn first), then the PDF.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    try {
      await printed(page, dir);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await verdict(page)).toBe(shown);
  });

  it('exports a chart as SVG with a caption naming the scenario, the changes, the vintage, the date, the link and the source', async () => {
    const { page } = app;
    const file = await download(page, dir, () =>
      page.getByRole('button', { name: 'Download “Tokens served per month, by tier” as SVG' }).click(),
    );
    expect(file).toMatch(/Analyst-view-tokens\.svg$/);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('Scenario: Analyst view');
    expect(svg).toContain(
      'Changed from the preset “The DeepSeek shock”: Price elasticity of demand 1 → 1.4.',
    );
    expect(svg).toMatch(/Data vintage: as of 28 Feb 2025 · exported \d{4}-\d{2}-\d{2}/);
    expect(svg).toMatch(/Open this view: http:\/\/127\.0\.0\.1:\d+\/#[^<]*elasticity=1\.4/);
    expect(svg).toContain('Source: Jevons');
  });

  it('exports the waterfall as PNG with the caption drawn under it', async () => {
    const { page } = app;
    const svgFile = await download(page, dir, () =>
      page.getByRole('button', { name: /^Download “Change in compute served .*” as SVG$/ }).click(),
    );
    const svg = readFileSync(svgFile, 'utf8');
    expect(svg).toContain('Scenario: Analyst view');
    expect(svg).toContain('as of 28 Feb 2025');
    const [, width, height] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(
      svg.slice(svg.indexOf('<svg')),
    )!;
    const pngFile = await download(page, dir, () =>
      page.getByRole('button', { name: /^Download “Change in compute served .*” as PNG$/ }).click(),
    );
    const png = readFileSync(pngFile);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height at twice the SVG's size, caption included.
    expect(png.readUInt32BE(16)).toBe(Math.round(Number(width) * 2));
    expect(png.readUInt32BE(20)).toBe(Math.round(Number(height) * 2));
    // The caption is drawn: the bottom band of the image has ink, not only background.
    const ink = await page.evaluate(async (b64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const band = ctx.getImageData(0, image.height - 120, image.width, 100).data;
      let dark = 0;
      for (let i = 0; i < band.length; i += 4) if (band[i] + band[i + 1] + band[i + 2] < 300) dark++;
      return dark;
    }, png.toString('base64'));
    expect(ink).toBeGreaterThan(200);
  });

  it('exports a CSV with the scenario, every parameter and the Monte Carlo bands beside the series', async () => {
    const { page } = app;
    await monteCarloSettled(page);
    const file = await download(page, dir, () => headerMenu(page, 'Scenario', 'Export series as CSV'));
    const blocks = readFileSync(file, 'utf8').trim().split('\n\n');
    expect(blocks.map((b) => b.split('\n')[0])).toEqual(['[scenario]', '[parameters]', '[series]']);
    expect(blocks[0]).toContain('name,Analyst view');
    expect(blocks[0]).toMatch(/monte carlo,"\d[\d,]* samples, seed \d+"/);
    expect(blocks[1]).toMatch(/\nelasticity,Price elasticity of demand,1\.4,–,1,yes\n/);
    const header = blocks[2].split('\n')[1];
    expect(header).toMatch(/^month \(YYYY-MM\),tokensDemanded \(tokens\/month\),/);
    expect(header).toContain('tokensServed p5 (tokens/month)');
    expect(header).toContain('capex p95 (USD/month)');
    expect(header).toContain('baseline_capex (USD/month)');
    expect(blocks.join('\n')).not.toMatch(/NaN|Infinity/);
    expect(app.problems).toEqual([]);
  });
});
