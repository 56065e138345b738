import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.mjs';
import { engineFingerprint } from './engine-fingerprint';

// DESIGN.md promises that the browser app and headless scripts get bit-identical numbers. Chromium
// and Node disagree in the last bit on ~10% of Math.exp arguments, so the engine uses its own
// deterministic exp/log; this test runs the same engine in both and compares every double.
describe('the engine gives bit-identical numbers in Node and in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('for presets (the textbook too), a reservation curve, time expressions, the decomposition, a sweep and a seeded Monte Carlo', async () => {
    const bundle = await build({
      stdin: {
        contents:
          "import { engineFingerprint } from './test/browser/engine-fingerprint'; globalThis.engineFingerprint = engineFingerprint;",
        resolveDir: '.',
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const page = await browser.context.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const inBrowser = (await page.evaluate('globalThis.engineFingerprint()')) as number[];
    const inNode = engineFingerprint();
    expect(inBrowser.length).toBe(inNode.length);
    const differing = inNode.flatMap((v, i) => (Object.is(v, inBrowser[i]) ? [] : [i]));
    expect(
      differing,
      `first differing index ${differing[0]}: ${inNode[differing[0]]} vs ${inBrowser[differing[0]]}`,
    ).toEqual([]);
    await page.close();
  });
});
