#!/usr/bin/env node
// `npm run screenshot`: the README's pictures, taken with the browser-test tooling from the built
// app (run `npm run build:web` first) at 1440 × 1000, light theme, English:
//   docs/screenshot.png — the first screen of the default preset;
//   docs/why.png        — the "why" panel: the waterfall of the decomposition and the elasticity curve;
//   docs/compare.png    — the comparison of the preset with an edited scenario;
//   docs/observed.png   — the capex chart with the observed figures and one figure's card open.
// The first-visit guide is marked as dismissed, so the pictures show the app a returning reader sees.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT, startPreview } from '../test/browser/chromium.mjs';

const DOCS = join(ROOT, 'docs');
const server = await startPreview(Number(process.env.SCREENSHOT_PORT ?? 4173));
const { context, close } = await launchChromium({
  viewport: { width: 1440, height: 1000 },
  colorScheme: 'light',
  deviceScaleFactor: 1,
});

/**
 * Waits for the render and the background work: the Monte Carlo bands and tornado, the Sobol
 * indices after them (why.png shows their chart, and compare.png must not catch the page mid-way),
 * the break-even, decomposition and curve, and the observed figures.
 */
async function settled(page) {
  await page.waitForFunction(() => window.__jvDone === true);
  await page.waitForFunction(() => {
    const app = document.querySelector('jv-app');
    return (
      app &&
      !app.hasAttribute('data-mc-busy') &&
      !app.hasAttribute('data-sobol-busy') &&
      !app.hasAttribute('data-analysis-busy') &&
      !app.hasAttribute('data-observed-loading')
    );
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.evaluate(() => document.fonts.ready);
}

/** Opens the app at `hash` with the guide dismissed, settled, the pointer out of the way. */
async function open(hash) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    localStorage.setItem('jevons.guide.dismissed', '1');
    document.addEventListener('jv-rendered', () => {
      window.__jvDone = true;
    });
  });
  await page.goto(`${server.url}${hash}`);
  await settled(page);
  await page.mouse.move(0, 0);
  return page;
}

try {
  mkdirSync(DOCS, { recursive: true });
  const main = await open('#lang=en&theme=light');
  await main.screenshot({ path: join(DOCS, 'screenshot.png') });
  console.log(`wrote ${join(DOCS, 'screenshot.png')}`);

  // The why: an elasticity above the break-even, so the curve and the waterfall both have a story.
  const why = await open('#lang=en&theme=light&elasticity=1.6');
  const panel = why.locator('jv-why-panel');
  // The Sobol chart drawn from the indices of this scenario, not dimmed as stale.
  await why.locator('jv-sobol-chart[aria-busy="false"] svg').waitFor();
  // A page tall enough to hold the panel without scrolling: scrolled, the verdict's one-line
  // summary would stay on top of the picture.
  await why.setViewportSize({ width: 1440, height: 2800 });
  await panel.scrollIntoViewIfNeeded();
  await panel.evaluate((el) => el.updateComplete);
  await why.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await why.mouse.move(0, 0);
  await panel.screenshot({ path: join(DOCS, 'why.png') });
  console.log(`wrote ${join(DOCS, 'why.png')}`);

  // Compare: the preset against the same scenario with two levers moved.
  const cmp = await open('#lang=en&theme=light&elasticity=1.6&qualityShock=0.5');
  await cmp.getByText('Scenario', { exact: true }).click();
  await cmp.getByRole('button', { name: 'Compare two scenarios…' }).click();
  const compare = cmp.locator('jv-compare-panel');
  await compare.locator('table.changed').waitFor();
  // The picker has the focus after "Compare…": the picture shows the panel, not a focus ring.
  await cmp.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    el?.blur();
  });
  await cmp.mouse.move(0, 0);
  await compare.screenshot({ path: join(DOCS, 'compare.png') });
  console.log(`wrote ${join(DOCS, 'compare.png')}`);

  // Observed figures: the capex chart, with the card of NVIDIA's fiscal 2025 open as on hover.
  const obs = await open('#lang=en&theme=light');
  const capex = obs.locator('jv-chart-grid figure[data-chart=capex]');
  await capex.scrollIntoViewIfNeeded();
  await capex.locator('jv-time-chart').evaluate(
    (el) =>
      new Promise((resolve) => {
        const check = () => (el.pendingDraw ? requestAnimationFrame(check) : resolve());
        requestAnimationFrame(check);
      }),
  );
  const dot = await capex.locator('g.obs[data-key="nvidia-dc-fy2025"] path.dot').boundingBox();
  if (!dot) throw new Error('no observed figure nvidia-dc-fy2025 on the capex chart');
  await obs.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
  await capex.locator('.obs-card').waitFor();
  await capex.screenshot({ path: join(DOCS, 'observed.png') });
  console.log(`wrote ${join(DOCS, 'observed.png')}`);
} finally {
  await close();
  server.stop();
}
