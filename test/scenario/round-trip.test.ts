import { describe, expect, it } from 'vitest';
import { presets } from '../../models';
import type { ParamValue, Scenario } from '../../src/model/types';
import type { ParseResult } from '../../src/scenario/errors';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { parseScenario } from '../../src/scenario/parse';
import { scenarioToJSON } from '../../src/scenario/serialize';

function valid(result: ParseResult): Scenario {
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join('\n'));
  return result.scenario;
}

/** Numbers as numbers, expressions by their source: what "an equal scenario" means for values. */
function comparable(value: ParamValue): number | string {
  return typeof value === 'number' ? value : `expr:${value.expression}`;
}

function expectSameScenario(actual: Scenario, expected: Scenario): void {
  expect(actual.name).toBe(expected.name);
  expect(actual.extends).toBe(expected.extends);
  expect(actual.description).toBe(expected.description);
  expect(actual.distributions).toEqual(expected.distributions);
  const curve = (scenario: Scenario) =>
    scenario.demandCurve.kind === 'expression' ? scenario.demandCurve.expression : scenario.demandCurve.kind;
  expect(curve(actual)).toBe(curve(expected));
  for (const id of Object.keys(expected.parameters) as (keyof Scenario['parameters'])[]) {
    expect(comparable(actual.parameters[id]), id).toBe(comparable(expected.parameters[id]));
  }
}

const rich = {
  name: 'round trip',
  extends: presets[presets.length - 1].id,
  description: 'every kind of value',
  demandCurve: { expression: 'x^(-eps) * (1 + 0 * x)' },
  parameters: {
    shockMonth: 3,
    rentalPriceFloor: '2 * 0.85^year',
    commodityListPrice: '2.19 USD/Mtok',
    gpuPeakFlops: '1.2 PFLOP/s',
    challengerShareMax: '35%',
    elasticity: 1.35,
  },
  distributions: { elasticity: { dist: 'uniform', min: 0.8, max: 1.8 } },
};

describe('scenarioToJSON → parseScenario', () => {
  it('gives back an equal scenario, also through JSON text', () => {
    const first = valid(parseScenario(rich));
    const json = scenarioToJSON(first);
    expect(json.parameters.shockMonth).toBe(3);
    expect(json.parameters.rentalPriceFloor).toBe('2 * 0.85^year');
    expect(typeof json.parameters.commodityListPrice).toBe('number');
    expect(json.demandCurve).toEqual({ expression: rich.demandCurve.expression });
    expectSameScenario(valid(parseScenario(json)), first);
    expectSameScenario(valid(parseScenario(JSON.stringify(json))), first);
  });

  it('keeps only the changes with onlyChanges, and they still read back the same', () => {
    const first = valid(parseScenario(rich));
    const changes = scenarioToJSON(first, { onlyChanges: true });
    expect(Object.keys(changes.parameters).sort()).toEqual(Object.keys(rich.parameters).sort());
    expectSameScenario(valid(parseScenario(changes)), first);
  });

  it('validates an in-memory scenario as it is, expressions included', () => {
    const first = valid(parseScenario(rich));
    expectSameScenario(valid(parseScenario(first)), first);
  });

  it('round-trips every preset, and a preset has no changes against itself', () => {
    for (const preset of presets) {
      const scenario = scenarioFromPreset(preset.id);
      expectSameScenario(valid(parseScenario(scenarioToJSON(scenario))), scenario);
      expect(scenarioToJSON(scenario, { onlyChanges: true }).parameters).toEqual({});
    }
  });
});
