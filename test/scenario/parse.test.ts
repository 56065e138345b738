import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, type ParamId, parameterById, parameters, presets } from '../../models';
import { retiredV1Params } from '../../models/v1-ids';
import type { Scenario } from '../../src/model/types';
import type { ParseResult, ScenarioError } from '../../src/scenario/errors';
import { parseScenario } from '../../src/scenario/parse';

function valid(result: ParseResult): Scenario {
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join('\n'));
  return result.scenario;
}

function errorsOf(result: ParseResult): ScenarioError[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

const defaultPreset = presets.find((preset) => preset.id === DEFAULT_PRESET_ID)!;

describe('parseScenario: valid scenarios', () => {
  it('fills every parameter: file values over preset values over catalogue defaults', () => {
    const scenario = valid(parseScenario({ name: 'x', parameters: { elasticity: 1.7 } }));
    expect(scenario.parameters.elasticity).toBe(1.7);
    for (const def of parameters) {
      if (def.id === 'elasticity') continue;
      expect(scenario.parameters[def.id]).toBe(defaultPreset.parameters[def.id] ?? def.value);
    }
    expect(scenario.extends).toBeUndefined();
    expect(scenario.demandCurve).toEqual({ kind: defaultPreset.demandCurve ?? 'constant' });
  });

  it('takes the extended preset values and demand curve', () => {
    for (const preset of presets) {
      const scenario = valid(parseScenario({ name: preset.id, extends: preset.id }));
      expect(scenario.extends).toBe(preset.id);
      for (const [id, value] of Object.entries(preset.parameters)) {
        expect(scenario.parameters[id as keyof typeof scenario.parameters]).toBe(value);
      }
      expect(scenario.demandCurve.kind).toBe(preset.demandCurve ?? 'constant');
    }
  });

  it('reads a JSON text with units, percent and a time expression', () => {
    const text = JSON.stringify({
      name: 'units',
      description: 'written by hand',
      parameters: {
        commodityListPrice: '2.19 USD/Mtok',
        gpuPeakFlops: '989 TFLOP/s',
        challengerShareMax: '30%',
        horizonMonths: '4 years',
        rentalPriceFloor: '2 * 0.9^year',
      },
    });
    const scenario = valid(parseScenario(text));
    expect(scenario.description).toBe('written by hand');
    expect(scenario.parameters.commodityListPrice).toBeCloseTo(2.19, 12);
    expect(scenario.parameters.gpuPeakFlops).toBeCloseTo(9.89e14, 0);
    expect(scenario.parameters.challengerShareMax).toBeCloseTo(0.3, 15);
    expect(scenario.parameters.horizonMonths).toBe(48);
    const floor = scenario.parameters.rentalPriceFloor;
    expect(typeof floor).toBe('object');
    if (typeof floor === 'object') {
      expect(floor.expression).toBe('2 * 0.9^year');
      expect(floor.evaluate(24, 2)).toBeCloseTo(2 * 0.81, 12);
    }
  });

  it('reads the same scenario from YAML', () => {
    const yaml = [
      'name: yaml scenario',
      'extends: ' + presets[0].id,
      'demandCurve:',
      '  expression: x^(-eps)',
      'parameters:',
      '  elasticity: 1.4',
      '  rentalPriceFloor: 2.5 USD/GPUh',
      '  challengerFlopsRatio: 1/27',
      'distributions:',
      '  elasticity: { dist: triangular, min: 0.5, mode: 1.2, max: 2 }',
    ].join('\n');
    const scenario = valid(parseScenario(yaml, { source: 'case.yaml' }));
    expect(scenario.name).toBe('yaml scenario');
    expect(scenario.parameters.elasticity).toBe(1.4);
    expect(scenario.parameters.rentalPriceFloor).toBe(2.5);
    expect(scenario.parameters.challengerFlopsRatio).toBeCloseTo(1 / 27, 15);
    expect(scenario.demandCurve.kind).toBe('expression');
    if (scenario.demandCurve.kind === 'expression')
      expect(scenario.demandCurve.evaluate(0.5, 1.4)).toBeCloseTo(0.5 ** -1.4, 12);
    expect(scenario.distributions).toEqual({
      elasticity: { dist: 'triangular', min: 0.5, mode: 1.2, max: 2 },
    });
  });

  it('reads a JSON text with a byte-order mark', () => {
    const json = valid(parseScenario('\uFEFF{"name": "bom", "parameters": {"elasticity": 0.9}}'));
    expect(json.parameters.elasticity).toBe(0.9);
  });

  it('warns when reservationSigma is set but the demand curve does not use it', () => {
    const result = parseScenario({ name: 'w', demandCurve: 'constant', parameters: { reservationSigma: 2 } });
    expect(result.ok && result.warnings.join(' ')).toMatch(/reservationSigma/);
    const used = parseScenario({
      name: 'w',
      demandCurve: 'reservation',
      parameters: { reservationSigma: 2 },
    });
    expect(used.ok && used.warnings).toEqual([]);
  });

  it('warns when a demand curve expression does not give 1 at the start price (the model divides by it)', () => {
    const result = parseScenario({ name: 'w', demandCurve: { expression: '2 * x^(-eps)' } });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.warnings.join(' ')).toMatch(/D\(1\) = 2, not 1: the model divides by D\(1\)/);
  });

  it('keeps every v1 id whose meaning survives', () => {
    const kept = {
      horizonMonths: 60,
      shockMonth: 3,
      elasticity: 1.2,
      reservationSigma: 1.4,
      demandLagMonths: 4,
      tokensPerTaskGrowthPerYear: 1.6,
      tokensPerMonth: 6e12,
      challengerShareMax: 0.35,
      challengerShareMonths: 5,
      challengerFlopsRatio: 0.2,
      incumbentResponse: 0.4,
      flopsPerToken: 3e11,
      gpuPeakFlops: 9.89e14,
      inferenceUtilization: 0.25,
      algorithmicGainPerYear: 1.5,
      hardwareGainPerYear: 1.3,
      gpuCapexPerGpu: 28000,
      gpuLifetimeYears: 4,
      fleetUtilization: 0.7,
      trainingGpuHoursPerMonth: 3e8,
      trainingGrowthPerYear: 2,
      trainingEfficiencyRatio: 0.08,
      trainingEfficiencyAdoption: 0.4,
    };
    const scenario = valid(parseScenario({ name: 'v1', parameters: kept }));
    for (const [id, value] of Object.entries(kept))
      expect(scenario.parameters[id as ParamId], id).toBe(value);
  });
});

describe('parseScenario: errors', () => {
  it('suggests the closest id for a misspelt parameter', () => {
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { elastcity: 1 } }));
    expect(error).toMatchObject({ path: '$.parameters.elastcity', rule: 'unknown-id', value: 'elastcity' });
    expect(error.message).toContain("did you mean 'elasticity'?");
  });

  it('suggests the closest key for a misspelt top-level key and preset', () => {
    const errors = errorsOf(parseScenario({ name: 'x', paramters: {}, extends: `${presets[0].id}x` }));
    expect(errors.find((error) => error.path === '$.paramters')?.message).toContain(
      "did you mean 'parameters'?",
    );
    expect(errors.find((error) => error.path === '$.extends')?.message).toContain(
      `did you mean '${presets[0].id}'?`,
    );
  });

  it('reports every error together, each at its own JSON path', () => {
    const errors = errorsOf(
      parseScenario({
        parameters: {
          elasticity: 99,
          horizonMonths: 30.5,
          rentalPriceFloor: '3 FLOP',
          tokensPerMonth: Number.NaN,
          commodityListPrice: true,
          gpuHourCost: 2,
          'odd key': 1,
        },
        demandCurve: 'linear',
      }),
    );
    const byPath = Object.fromEntries(errors.map((error) => [error.path, error.rule]));
    expect(byPath).toEqual({
      '$.name': 'required',
      '$.parameters.elasticity': 'range',
      '$.parameters.horizonMonths': 'integer',
      '$.parameters.rentalPriceFloor': 'unit',
      '$.parameters.tokensPerMonth': 'finite',
      '$.parameters.commodityListPrice': 'type',
      '$.parameters.gpuHourCost': 'v1-id',
      '$.parameters["odd key"]': 'unknown-id',
      '$.demandCurve': 'unknown-id',
    });
  });

  it('names the field, the range with its unit and the value in a range error', () => {
    const def = parameterById.commodityListPrice;
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { commodityListPrice: def.max * 10 } }));
    expect(error.message).toContain('commodityListPrice');
    expect(error.message).toContain(`${def.min}–${def.max} ${def.unit}`);
    expect(error.message).toContain(String(def.max * 10));
  });

  it.each(retiredV1Params.map((p) => [p.id, p] as const))(
    'refuses the removed v1 id %s with the catalogue message naming what replaced it',
    (id, retired) => {
      const [error] = errorsOf(parseScenario({ name: 'x', parameters: { [id]: 1 } }));
      expect(error).toMatchObject({ path: `$.parameters.${id}`, rule: 'v1-id', value: 1 });
      expect(error.message).toBe(`version-1 parameter: ${retired.message.en}`);
      expect(retired.replacedBy.some((replacement) => error.message.includes(replacement))).toBe(true);
      const [inDistributions] = errorsOf(
        parseScenario({ name: 'x', distributions: { [id]: { dist: 'uniform', min: 1, max: 2 } } }),
      );
      expect(inDistributions).toMatchObject({ path: `$.distributions.${id}`, rule: 'v1-id' });
    },
  );

  it('accepts expressions only for time-varying parameters', () => {
    const fixed = parameters.find((def) => !def.timeVarying)!;
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { [fixed.id]: '1 + t' } }));
    expect(error).toMatchObject({ path: `$.parameters.${fixed.id}`, rule: 'time-varying' });
  });

  it('explains that units do not belong inside an expression', () => {
    const [error] = errorsOf(
      parseScenario({ name: 'x', parameters: { rentalPriceFloor: '2 USD/GPUh * 0.9^year' } }),
    );
    expect(error).toMatchObject({ path: '$.parameters.rentalPriceFloor', rule: 'expression' });
    expect(error.message).toMatch(
      /units inside expressions are not allowed \('USD'\): write plain numbers in USD\/GPUh/,
    );
  });

  it('samples a time expression over the whole run and reports the first month out of range', () => {
    const def = parameterById.rentalPriceFloor;
    const errors = errorsOf(
      parseScenario({ name: 'x', parameters: { rentalPriceFloor: '4 - year', horizonMonths: 60 } }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: '$.parameters.rentalPriceFloor', rule: 'range' });
    // The run starts at 2023-01 (t = −24), where 4 − year = 6 is above the maximum of 5 USD/GPU-hour.
    expect(errors[0].message).toContain('gives 6 USD/H100e-hour at month −24 (2023-01)');
    expect(errors[0].message).toContain(`allowed ${def.min}–${def.max} ${def.unit}`);
    const late = errorsOf(
      parseScenario({ name: 'x', parameters: { rentalPriceFloor: '1 - year', horizonMonths: 60 } }),
    );
    expect(late[0].message).toContain('at month 13 (2026-02)');
  });

  it('reports a time expression that is not finite', () => {
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { rentalPriceFloor: '2 + 1/(t - 3)' } }));
    expect(error).toMatchObject({ rule: 'finite' });
    expect(error.message).toMatch(/at month 3 \(2025-04\)/);
  });

  it('requires the shock to fall inside the horizon', () => {
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { horizonMonths: 24, shockMonth: 24 } }));
    expect(error).toMatchObject({ path: '$.parameters.shockMonth', rule: 'cross-field' });
  });

  it('keeps the utilisations in order and some tokens in some tier', () => {
    const [normal] = errorsOf(
      parseScenario({ name: 'x', parameters: { fleetUtilization: 0.9, maxUtilization: 0.8 } }),
    );
    expect(normal).toMatchObject({ path: '$.parameters.fleetUtilization', rule: 'cross-field', value: 0.9 });
    const [start] = errorsOf(parseScenario({ name: 'x', parameters: { initialUtilization: 0.99 } }));
    expect(start).toMatchObject({ path: '$.parameters.initialUtilization', rule: 'cross-field' });
    const [shares] = errorsOf(
      parseScenario({
        name: 'x',
        parameters: { frontierTokenShare: 0, mainstreamTokenShare: 0, commodityTokenShare: 0 },
      }),
    );
    expect(shares.rule).toBe('cross-field');
    expect(shares.message).toMatch(/all 0: at least one tier must serve tokens/);
  });

  it('refuses a demand curve that gives 0 at the start price, which the model divides by', () => {
    const [error] = errorsOf(parseScenario({ name: 'x', demandCurve: { expression: 'x - 1' } }));
    expect(error).toMatchObject({ path: '$.demandCurve.expression' });
  });

  it('turns malformed JSON and YAML into one syntax error with line and column', () => {
    const [json] = errorsOf(
      parseScenario('{\n  "name": "x",\n  "parameters": { "elasticity": 1.2, }\n}', { source: 'x.json' }),
    );
    expect(json).toMatchObject({ path: '$', rule: 'syntax' });
    expect(json.message).toMatch(/line 3/);
    const [yaml] = errorsOf(parseScenario('name: x\nparameters:\n  elasticity: [1, 2\n', { format: 'yaml' }));
    expect(yaml.rule).toBe('syntax');
    expect(yaml.message).toMatch(/line \d+, column \d+/);
  });

  it('reads YAML .nan and .inf as numbers and refuses them as not finite', () => {
    const errors = errorsOf(
      parseScenario('name: x\nparameters:\n  elasticity: .nan\n  commodityListPrice: .inf\n', {
        format: 'yaml',
      }),
    );
    expect(errors.map((error) => error.rule)).toEqual(['finite', 'finite']);
    for (const error of errors) expect(error.message).not.toContain('NaN');
  });

  it('refuses input above 1 MB without parsing it', () => {
    const huge = `{"name": "${'x'.repeat(1_100_000)}"}`;
    const [error] = errorsOf(parseScenario(huge));
    expect(error.rule).toBe('size');
  });

  it('refuses ids that exist on Object.prototype', () => {
    const errors = errorsOf(
      parseScenario(JSON.parse('{"name":"x","parameters":{"constructor":1,"__proto__":2}}')),
    );
    expect(errors.map((error) => error.rule)).toEqual(['unknown-id', 'unknown-id']);
  });

  it('never throws, whatever it is given', () => {
    const hostile = [
      null,
      undefined,
      42,
      'not: [yaml',
      [],
      { name: 1, parameters: [] },
      {
        get name(): string {
          throw new Error('trap');
        },
      },
    ];
    for (const input of hostile) {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
    }
  });

  it('refuses a hostile expression in a time-varying parameter with rule "expression"', () => {
    for (const source of [
      'import({}, {override: true})',
      'createUnit("x")',
      'evaluate("1")',
      'a.constructor',
      '1; 2',
    ]) {
      const [error] = errorsOf(parseScenario({ name: 'x', parameters: { rentalPriceFloor: source } }));
      expect(error).toMatchObject({ path: '$.parameters.rentalPriceFloor', rule: 'expression' });
    }
  });
});

describe('parseScenario: long input in messages', () => {
  it('never echoes a 10,000-character value whole', () => {
    const long = `2 + ${'t + '.repeat(2500)}1`;
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { rentalPriceFloor: long } }));
    expect(error.rule).toBe('expression');
    expect(error.message).toMatch(/characters long/);
    expect(error.message.length).toBeLessThan(400);
    expect(String(error.value).length).toBeLessThan(300);
  });
});

describe('parseScenario: hostile shapes (issue 11)', () => {
  it('refuses a key written twice, in JSON and in YAML alike, at its path', () => {
    const json = errorsOf(parseScenario('{"name": "x", "parameters": {"elasticity": 1, "elasticity": 2}}'));
    const yaml = errorsOf(
      parseScenario('name: x\nparameters:\n  elasticity: 1\n  elasticity: 2\n', { format: 'yaml' }),
    );
    for (const [error] of [json, yaml]) {
      expect(error).toMatchObject({ path: '$.parameters.elasticity', rule: 'duplicate-key' });
      expect(error.message).toMatch(
        /the key 'elasticity' appears twice in \$\.parameters \(line \d+, column \d+\)/,
      );
    }
    // Equal keys in different objects are not duplicates.
    valid(
      parseScenario(
        '{"name": "x", "distributions": {"elasticity": {"dist": "fixed", "value": 1}}, "parameters": {"elasticity": 1}}',
      ),
    );
  });

  it('finds duplicates in JSON with escapes and nesting', () => {
    const [error] = errorsOf(
      parseScenario('{"name": "x", "parameters": {"a\\"b": 1, "c": [1, {"d": 1}], "a\\"b": 2}}'),
    );
    expect(error).toMatchObject({ path: '$.parameters["a\\"b"]', rule: 'duplicate-key' });
  });

  it('reads YAML !!omap as a mapping; refuses !!set, !!pairs, binary and complex keys', () => {
    const omap = valid(
      parseScenario('name: o\nparameters: !!omap [ {elasticity: 2.5} ]\n', { format: 'yaml' }),
    );
    expect(omap.parameters.elasticity).toBe(2.5);
    for (const text of [
      'name: s\nparameters: !!set { elasticity }\n',
      'name: p\nparameters: !!pairs [ {elasticity: 2} ]\n',
      'name: b\ndescription: !!binary aGVsbG8=\n',
      'name: k\nparameters:\n  ? [1, 2]\n  : 3\n',
    ]) {
      const [error] = errorsOf(parseScenario(text, { format: 'yaml' }));
      expect(error.rule, text).toBe('type');
    }
  });

  it('stops a YAML alias bomb', () => {
    const bomb = ['name: x', 'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]'];
    for (let i = 0; i < 8; i++)
      bomb.push(`${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${`*${'abcdefgh'[i]}, `.repeat(10)}]`);
    const [error] = errorsOf(parseScenario(bomb.join('\n'), { format: 'yaml' }));
    expect(error.rule).toBe('size');
  });

  it('recognises YAML without a name to go by, and JSON too', () => {
    expect(valid(parseScenario('name: y\nparameters: {elasticity: 2}\n')).parameters.elasticity).toBe(2);
    expect(valid(parseScenario('{name: y, parameters: {elasticity: 2}}')).parameters.elasticity).toBe(2);
    expect(valid(parseScenario('{"name": "j"}')).name).toBe('j');
  });

  it('reads a Map as the object it stands for and refuses a Set', () => {
    const scenario = valid(
      parseScenario(
        new Map<string, unknown>([
          ['name', 'm'],
          ['parameters', new Map([['elasticity', 2.2]])],
        ]),
      ),
    );
    expect(scenario.parameters.elasticity).toBe(2.2);
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: new Set(['elasticity']) }));
    expect(error).toMatchObject({ path: '$.parameters', rule: 'type' });
  });

  it('never lets __proto__ in a file reach a prototype', () => {
    for (const text of [
      '{"name": "x", "parameters": {"__proto__": {"elasticity": 3}}}',
      'name: x\nparameters:\n  __proto__: {elasticity: 3}\n',
    ]) {
      const [error] = errorsOf(parseScenario(text));
      expect(error).toMatchObject({ rule: 'unknown-id', value: '__proto__' });
    }
    expect(({} as Record<string, unknown>).elasticity).toBeUndefined();
  });

  it('shows control characters in values as escapes', () => {
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { 'bad\u001b[2J': 1 } }));
    expect(error.message).toContain("'bad\\x1b[2J'");
  });
});
