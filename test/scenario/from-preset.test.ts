import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, parameters, presets } from '../../models';
import { defaultScenario, scenarioFromPreset, scenarioFromValues } from '../../src/scenario/from-preset';

/** Every local module a file imports, transitively (type-only imports excluded: they vanish at runtime). */
function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gms)) {
    const specifier = match[1];
    if (!specifier.startsWith('.')) {
      seen.add(specifier);
      continue;
    }
    const base = resolve(dirname(file), specifier);
    const path = [`${base}.ts`, `${base}/index.ts`].find((candidate) => {
      try {
        readFileSync(candidate);
        return true;
      } catch {
        return false;
      }
    });
    if (path && !seen.has(path)) {
      seen.add(path);
      runtimeImports(path, seen);
    }
  }
  return seen;
}

describe('scenarioFromPreset', () => {
  it('fills every parameter from the preset over the catalogue defaults', () => {
    for (const preset of presets) {
      const scenario = scenarioFromPreset(preset.id);
      expect(scenario.extends).toBe(preset.id);
      expect(scenario.demandCurve.kind).toBe(preset.demandCurve ?? 'constant');
      for (const def of parameters) {
        expect(scenario.parameters[def.id]).toBe(preset.parameters[def.id] ?? def.value);
      }
    }
  });

  it('names the known presets when the id is unknown', () => {
    expect(() => scenarioFromPreset('no-such-preset')).toThrow(new RegExp(presets[0].id));
    expect(() => scenarioFromPreset('constructor')).toThrow(/unknown preset/);
  });

  it('defaultScenario is the default preset', () => {
    expect(defaultScenario()).toEqual(scenarioFromPreset(DEFAULT_PRESET_ID));
  });
});

describe('scenarioFromValues', () => {
  it('puts the given values over the preset and keeps the rest', () => {
    const base = defaultScenario();
    const scenario = scenarioFromValues({ elasticity: 2.2, rentalPriceFloor: 1.5 }, { name: 'sliders' });
    expect(scenario.name).toBe('sliders');
    expect(scenario.parameters.elasticity).toBe(2.2);
    expect(scenario.parameters.rentalPriceFloor).toBe(1.5);
    expect(scenario.parameters.commodityListPrice).toBe(base.parameters.commodityListPrice);
  });
});

describe('modules the web app loads eagerly', () => {
  it.each(['from-preset.ts', 'serialize.ts', 'month.ts'])('%s does not pull in mathjs', (file) => {
    const imports = runtimeImports(resolve(__dirname, '../../src/scenario', file));
    const offenders = [...imports].filter(
      (path) => path === 'mathjs' || /scenario\/(math|expression[\w-]*|units)\.ts$/.test(path),
    );
    expect(offenders).toEqual([]);
  });

  it('the import walk does find mathjs where it is used (parse.ts)', () => {
    expect(runtimeImports(resolve(__dirname, '../../src/scenario/parse.ts')).has('mathjs')).toBe(true);
  });
});
