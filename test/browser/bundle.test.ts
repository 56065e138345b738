import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from './bundle-sizes.mjs';
import { ROOT } from './chromium.mjs';

/**
 * The project's target for the JavaScript the page loads before it can render is < 120 KB gzip;
 * the build is over it (175 KB at a053338: the parameter catalogue with its descriptions and every
 * source's quote is a third of it; then the app, d3, the charts, the engine, both languages'
 * messages). This ceiling is where the build stands, with a little room, so the first chunk can
 * shrink but not grow back: lower it when it shrinks.
 */
const INITIAL_CEILING_KB = 178;

/** Chunks the first render does without, each a part of the app loaded on demand. */
const LOADED_ON_DEMAND = [
  'mc-runner', // the Monte Carlo, tornado and Sobol runner (lazy-runner.ts)
  'uncertainty-panel', // the tornado and the Sobol indices
  'in-process-transport', // the analysis without module workers
  'help-dialog', // "How to read this model" and the glossary
  'saved-dialog',
  'source-dialog',
  'print-summary',
  'report-exports', // CSV and the run report
  'export', // a chart as SVG or PNG
];

// Reads the build the browser tests run against (dist-web/, built by `npm test` before them).
describe('the built app’s JavaScript', () => {
  const sizes = bundleSizes(join(ROOT, 'dist-web'));
  const chunk = (file: string) => /^assets\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1];

  it(`loads at most ${INITIAL_CEILING_KB} KB (gzip -9) before the first render, in one file, without mathjs`, () => {
    const total = sizes.initialFiles.reduce((sum, f) => sum + f.gzip, 0);
    expect(total / 1024).toBeLessThan(INITIAL_CEILING_KB);
    // Not an empty measure: the entry and the engine are in it.
    expect(total / 1024).toBeGreaterThan(50);
    expect(sizes.mathjsInitial).toBe(false);
    // One file: split into many, the page fetched them in waves (vite.config.ts, firstRenderChunk).
    expect(sizes.initialFiles.map((f) => f.file)).toHaveLength(1);
  });

  it('keeps the parts the first render does not need in chunks of their own', () => {
    const lazy = sizes.lazyFiles.map((f) => chunk(f.file));
    const initial = sizes.initialFiles.map((f) => chunk(f.file));
    for (const name of LOADED_ON_DEMAND) {
      expect(lazy, name).toContain(name);
      expect(initial, name).not.toContain(name);
    }
  });
});
