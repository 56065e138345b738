// `node scripts/bench-mc.mjs`: the Monte Carlo benchmark on its own (the same section
// scripts/bench/main.ts can call as benchMonteCarlo()). Bundles TypeScript with esbuild, then runs it.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const outfile = 'node_modules/.cache/jevons-bench/bench-mc.mjs';
await build({
  stdin: {
    contents: "import { benchMonteCarlo } from './scripts/bench-mc-section'; benchMonteCarlo();",
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __jevonsRequire } from 'node:module'; const require = __jevonsRequire(import.meta.url);",
  },
});
await import(pathToFileURL(outfile).href);
