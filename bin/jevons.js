#!/usr/bin/env node
// The `jevons` command. The CLI is bundled into dist/ by `npm install` (the `prepare` script);
// a checkout without it gets a clear instruction instead of a module-not-found stack trace.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'jevons: the CLI is not built yet; run `npm install` (or `npm run build:lib`) in the project root\n',
  );
  process.exit(1);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
