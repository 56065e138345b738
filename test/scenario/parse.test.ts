import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, parameterById, parameters, presets } from '../../models';
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

  it('reads a JSON text with units, percent, a month label and a time expression', () => {
    const text = JSON.stringify({
      name: 'units',
      description: 'written by hand',
      parameters: {
        pricePerMTok: '2.19 USD/Mtok',
        gpuPeakFlops: '989 TFLOP/s',
        challengerShareMax: '30%',
        startMonth: '2025-06',
        horizonMonths: '4 years',
        gpuHourCost: '2 * 0.9^year',
      },
    });
    const scenario = valid(parseScenario(text));
    expect(scenario.description).toBe('written by hand');
    expect(scenario.parameters.pricePerMTok).toBeCloseTo(2.19, 12);
    expect(scenario.parameters.gpuPeakFlops).toBeCloseTo(9.89e14, 0);
    expect(scenario.parameters.challengerShareMax).toBeCloseTo(0.3, 15);
    expect(scenario.parameters.startMonth).toBe(2025 * 12 + 5);
    expect(scenario.parameters.horizonMonths).toBe(48);
    const cost = scenario.parameters.gpuHourCost;
    expect(typeof cost).toBe('object');
    if (typeof cost === 'object') {
      expect(cost.expression).toBe('2 * 0.9^year');
      expect(cost.evaluate(24, 2)).toBeCloseTo(2 * 0.81, 12);
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
      '  gpuHourCost: 2.5 USD/GPUh',
      '  challengerPriceRatio: 1/27',
      'distributions:',
      '  elasticity: { dist: triangular, min: 0.5, mode: 1.2, max: 2 }',
    ].join('\n');
    const scenario = valid(parseScenario(yaml, { source: 'case.yaml' }));
    expect(scenario.name).toBe('yaml scenario');
    expect(scenario.parameters.elasticity).toBe(1.4);
    expect(scenario.parameters.gpuHourCost).toBe(2.5);
    expect(scenario.parameters.challengerPriceRatio).toBeCloseTo(1 / 27, 15);
    expect(scenario.demandCurve.kind).toBe('expression');
    if (scenario.demandCurve.kind === 'expression')
      expect(scenario.demandCurve.evaluate(0.5, 1.4)).toBeCloseTo(0.5 ** -1.4, 12);
    expect(scenario.distributions).toEqual({
      elasticity: { dist: 'triangular', min: 0.5, mode: 1.2, max: 2 },
    });
  });

  it('reads an unquoted YAML month and a JSON text with a byte-order mark', () => {
    const yaml = valid(parseScenario('name: m\nparameters:\n  startMonth: 2026-07\n', { format: 'yaml' }));
    expect(yaml.parameters.startMonth).toBe(2026 * 12 + 6);
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

  it('warns when a demand curve expression does not give 1 at the start price', () => {
    const result = parseScenario({ name: 'w', demandCurve: { expression: '2 * x^(-eps)' } });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.join(' ')).toMatch(/D\(1\) = 2/);
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
          gpuHourCost: '3 FLOP',
          tokensPerMonth: Number.NaN,
          pricePerMTok: true,
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
      '$.parameters.gpuHourCost': 'unit',
      '$.parameters.tokensPerMonth': 'finite',
      '$.parameters.pricePerMTok': 'type',
      '$.parameters["odd key"]': 'unknown-id',
      '$.demandCurve': 'unknown-id',
    });
  });

  it('names the field, the range with its unit and the value in a range error', () => {
    const def = parameterById.pricePerMTok;
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { pricePerMTok: def.max * 10 } }));
    expect(error.message).toContain('pricePerMTok');
    expect(error.message).toContain(`${def.min}–${def.max} ${def.unit}`);
    expect(error.message).toContain(String(def.max * 10));
  });

  it('says how to write startMonth when given a bare year', () => {
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { startMonth: 2025 } }));
    expect(error).toMatchObject({ path: '$.parameters.startMonth', rule: 'range' });
    expect(error.message).toContain('"YYYY-MM"');
  });

  it('accepts expressions only for time-varying parameters', () => {
    const fixed = parameters.find((def) => !def.timeVarying && def.id !== 'startMonth')!;
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { [fixed.id]: '1 + t' } }));
    expect(error).toMatchObject({ path: `$.parameters.${fixed.id}`, rule: 'time-varying' });
  });

  it('explains that units do not belong inside an expression', () => {
    const [error] = errorsOf(
      parseScenario({ name: 'x', parameters: { gpuHourCost: '2 USD/GPUh * 0.9^year' } }),
    );
    expect(error).toMatchObject({ path: '$.parameters.gpuHourCost', rule: 'expression' });
    expect(error.message).toMatch(
      /units inside expressions are not allowed \('USD'\): write plain numbers in USD\/GPUh/,
    );
  });

  it('samples a time expression over the horizon and reports the first month out of range', () => {
    const def = parameterById.gpuHourCost;
    const errors = errorsOf(
      parseScenario({
        name: 'x',
        parameters: { gpuHourCost: '2 - year', startMonth: '2025-01', horizonMonths: 60 },
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: '$.parameters.gpuHourCost', rule: 'range' });
    // 2 − year first drops below the minimum at the first month where t/12 > 2 − min.
    const firstMonth = Array.from({ length: 60 }, (_, t) => t).find((t) => 2 - t / 12 < def.min)!;
    expect(errors[0].message).toContain(`at month ${firstMonth} (`);
    expect(errors[0].message).toContain(`allowed ${def.min}–${def.max} ${def.unit}`);
  });

  it('reports a time expression that is not finite', () => {
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { gpuHourCost: '2 + 1/(t - 3)' } }));
    expect(error).toMatchObject({ rule: 'finite' });
    expect(error.message).toMatch(/at month 3 \(2025-04\)/);
  });

  it('requires the shock to fall inside the horizon', () => {
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { horizonMonths: 24, shockMonth: 24 } }));
    expect(error).toMatchObject({ path: '$.parameters.shockMonth', rule: 'cross-field' });
  });

  it('turns malformed JSON and YAML into one syntax error with line and column', () => {
    const [json] = errorsOf(parseScenario('{\n  "name": "x",\n  "parameters": { "elasticity": 1.2, }\n}'));
    expect(json).toMatchObject({ path: '$', rule: 'syntax' });
    expect(json.message).toMatch(/line 3/);
    const [yaml] = errorsOf(parseScenario('name: x\nparameters:\n  elasticity: [1, 2\n', { format: 'yaml' }));
    expect(yaml.rule).toBe('syntax');
    expect(yaml.message).toMatch(/line \d+, column \d+/);
  });

  it('reads YAML .nan and .inf as numbers and refuses them as not finite', () => {
    const errors = errorsOf(
      parseScenario('name: x\nparameters:\n  elasticity: .nan\n  pricePerMTok: .inf\n', { format: 'yaml' }),
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
      const [error] = errorsOf(parseScenario({ name: 'x', parameters: { gpuHourCost: source } }));
      expect(error).toMatchObject({ path: '$.parameters.gpuHourCost', rule: 'expression' });
    }
  });
});

describe('parseScenario: long input in messages', () => {
  it('never echoes a 10,000-character value whole', () => {
    const long = `2 + ${'t + '.repeat(2500)}1`;
    const [error] = errorsOf(parseScenario({ name: 'x', parameters: { gpuHourCost: long } }));
    expect(error.rule).toBe('expression');
    expect(error.message).toMatch(/characters long/);
    expect(error.message.length).toBeLessThan(400);
    expect(String(error.value).length).toBeLessThan(300);
  });
});
