// `npm run bench`: bundles scripts/bench/main.ts with esbuild (so TypeScript runs on plain Node)
// and runs it. Figures are printed side by side with their naive baselines in the same run.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const outfile = 'node_modules/.cache/jevons-bench/bench.mjs';
await build({
  entryPoints: ['scripts/bench/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  // yaml ships CommonJS that calls require('process'); give the ESM bundle a real require.
  banner: {
    js: "import { createRequire as __jevonsRequire } from 'node:module'; const require = __jevonsRequire(import.meta.url);",
  },
  // playwright-core and esbuild stay external: they are only loaded by optional sections.
  external: ['playwright-core', 'esbuild'],
});
await import(pathToFileURL(outfile).href);
