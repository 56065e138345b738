import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Every module the page imports statically from its entry, kept in one chunk. Left to itself the
 * bundler splits the modules that the entry shares with chunks loaded on demand (the Monte Carlo
 * runner, help, dialogs) into a dozen small chunks, although the entry has loaded them all before
 * any of those chunks can run (rolldown issue 10731); over HTTP/1.1's six connections per host the
 * page then fetches them in waves and starts later. A plugin records the import graph as modules are
 * parsed; the chunk group's test asks it, once the graph is complete, what the entry reaches.
 */
function firstRenderChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const imports = new Map<string, readonly string[]>();
  const entries: string[] = [];
  let reached: Set<string> | null = null;
  const plugin: Plugin = {
    name: 'jevons:first-render-chunk',
    apply: 'build',
    moduleParsed(info) {
      imports.set(info.id, info.importedIds);
      if (info.isEntry) entries.push(info.id);
    },
  };
  const test = (id: string) => {
    if (!reached) {
      const seen = new Set<string>();
      const visit = (m: string) => {
        if (seen.has(m)) return;
        seen.add(m);
        for (const next of imports.get(m) ?? []) visit(next);
      };
      for (const entry of entries) visit(entry);
      reached = seen;
    }
    return reached.has(id) && !id.endsWith('.css');
  };
  return { plugin, test };
}

const firstRender = firstRenderChunk();

// One config for the app (root: web/) and the tests. Two test projects: `unit` runs in Node
// (core, catalogue, CLI in-process); `browser` drives the built app in Debian's Chromium through
// playwright-core, against `vite preview` started by its global setup.
export default defineConfig({
  root: 'web',
  base: './',
  publicDir: 'public',
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', test: firstRender.test, priority: 10 }] } },
    },
  },
  plugins: [firstRender.plugin],
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'node_modules/**'],
          environment: 'node',
          env: { TZ: 'UTC' },
          // A hang guard, not a speed test: property tests that take 3–4 s alone must not fail when
          // the 2-core CI machine is busy with other test files (vitest's default is 5 s).
          testTimeout: 30_000,
          // fast-check's seed, once for the suite (JEVONS_FC_SEED overrides it).
          setupFiles: ['test/setup/fast-check-seed.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root: '.',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
