import { defineConfig } from 'vitest/config';

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
  },
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
