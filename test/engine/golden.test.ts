import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presets } from '../../models/index';
import { jevons } from '../../src/engine/jevons';
import { runReport } from '../../src/report/run-report';
import { scenarioFromPreset } from '../../src/scenario/from-preset';

// Golden files: every preset's run report, numbers rounded to 6 significant digits so that a
// harmless last-bit difference does not fail while any real change of the model does. On a
// mismatch the new output is written beside the golden as <preset>-changed.json for review;
// `UPDATE_GOLDEN=1 npx vitest run test/engine/golden.test.ts` accepts it.

const DIR = fileURLToPath(new URL('../golden/', import.meta.url));

function round(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(6)) : String(value);
  if (Array.isArray(value)) return value.map(round);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]));
  return value;
}

describe('golden run reports', () => {
  for (const preset of presets) {
    it(`preset ${preset.id}`, () => {
      const scenario = scenarioFromPreset(preset.id);
      const actual = round(runReport(scenario, jevons(scenario)));
      const text = JSON.stringify(actual, null, 1) + '\n';
      const path = `${DIR}${preset.id}.json`;
      const changed = `${DIR}${preset.id}-changed.json`;
      if (process.env.UPDATE_GOLDEN || !existsSync(path)) {
        if (!process.env.UPDATE_GOLDEN && process.env.CI) throw new Error(`missing golden file ${path}`);
        writeFileSync(path, text);
        return;
      }
      const expected = JSON.parse(readFileSync(path, 'utf8'));
      if (JSON.stringify(expected) !== JSON.stringify(actual)) writeFileSync(changed, text);
      expect(actual).toEqual(expected);
    });
  }
});
