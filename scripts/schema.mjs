// Writes schema/scenario.schema.json, the JSON Schema of scenario files, from the catalogue
// (src/scenario/json-schema.ts). `npm run schema` after changing parameters, ranges, presets or
// curves; a test fails while the committed file and the generated one differ.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const dir = mkdtempSync(join(tmpdir(), 'jevons-schema-'));
try {
  const outfile = join(dir, 'json-schema.mjs');
  await build({
    entryPoints: ['src/scenario/json-schema.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  const { SCHEMA_PATH, scenarioJsonSchemaText } = await import(pathToFileURL(outfile).href);
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
  writeFileSync(SCHEMA_PATH, scenarioJsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
