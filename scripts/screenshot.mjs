#!/usr/bin/env node
// `npm run screenshot`: docs/screenshot.png for the README — the built app (run `npm run build:web`
// first) at 1440 × 1000, light theme, default preset, English, taken with the browser-test tooling.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT, startPreview } from '../test/browser/chromium.mjs';

const OUT = join(ROOT, 'docs', 'screenshot.png');
const server = await startPreview(Number(process.env.SCREENSHOT_PORT ?? 4173));
const { context, close } = await launchChromium({
  viewport: { width: 1440, height: 1000 },
  colorScheme: 'light',
  deviceScaleFactor: 1,
});
try {
  const page = await context.newPage();
  await page.addInitScript(`document.addEventListener('jv-rendered', () => { window.__jvDone = true; });`);
  await page.goto(`${server.url}#lang=en&theme=light`);
  await page.waitForFunction(() => window.__jvDone === true);
  // Wait for the background work too: the Monte Carlo bands and probability, the break-even
  // elasticity (the verdict's reason), the decomposition and the elasticity curve.
  await page.waitForFunction(() => {
    const app = document.querySelector('jv-app');
    return app && !app.hasAttribute('data-mc-busy') && !app.hasAttribute('data-analysis-busy');
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // Let fonts settle and any hover read-out stay closed.
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await close();
  server.stop();
}
