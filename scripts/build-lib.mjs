// Bundles the library and the CLI for Node with esbuild. Bundling (not just transpiling) matters:
// a tree-shaken slice of mathjs loads in ~0.1 s, while `import 'mathjs'` loads the whole library
// in ~0.6 s — more than the CLI's half-second budget on its own.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // yaml ships CommonJS that calls require('process'); give the ESM bundle a real require.
  banner: {
    js: "import { createRequire as __jevonsRequire } from 'node:module'; const require = __jevonsRequire(import.meta.url);",
  },
  legalComments: 'none',
};

await Promise.all([
  build({ ...common, entryPoints: { jevons: 'src/index.ts' }, outdir: 'dist' }),
  // The worker threads' code, started by the library and the CLI from beside them (issue 10); split
  // too, so a worker loads the expression parser only for a scenario with an expression curve.
  build({
    ...common,
    entryPoints: { 'jevons-worker': 'src/uncertainty/parallel/node-worker.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
  // Split so the scenario parser (mathjs, yaml) is a chunk the CLI loads only when it needs it.
  build({
    ...common,
    entryPoints: { cli: 'src/cli/bin-entry.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
]);
