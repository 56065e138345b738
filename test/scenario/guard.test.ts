import { describe, expect, it } from 'vitest';
import * as library from '../../src/index';
import {
  InvalidScenarioError,
  jevons,
  linspace,
  monteCarlo,
  parameterById,
  parseScenario,
  presets,
  type Scenario,
  scenarioFromPreset,
  sensitivity,
  simulate,
  sweep,
  VERDICT_WORDS,
} from '../../src/index';

// The library's boundary (issue 11 point 2): what simulate, jevons and sweep are given is validated
// with the scenario reader's messages — no NaN out for NaN in, no gigabytes for horizonMonths 1e9.

function short(): Scenario {
  const s = scenarioFromPreset('deepseek-shock');
  return { ...s, parameters: { ...s.parameters, horizonMonths: 24 } };
}

function refusal(work: () => unknown): InvalidScenarioError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidScenarioError);
    return error as InvalidScenarioError;
  }
  throw new Error('expected the call to be refused');
}

describe('simulate, jevons and sweep validate what they are given', () => {
  it.each([
    ['elasticity', Number.NaN, 'finite', 'elasticity must be a finite number; got not a number'],
    ['gpuPeakFlops', 0, 'range', 'gpuPeakFlops must be within'],
    ['elasticity', Number.POSITIVE_INFINITY, 'finite', 'got infinity'],
    ['horizonMonths', 1e9, 'range', 'horizonMonths must be within 12–240 months'],
    ['elasticity', null, 'type', 'elasticity must be'],
    ['gpuHourCost', 2, 'v1-id', 'version-1 parameter: gpuHourCost is gone'],
  ] as const)('%s = %s is refused (%s) with the message the CLI gives', (id, value, rule, message) => {
    const scenario = short();
    const bad = { ...scenario, parameters: { ...scenario.parameters, [id]: value } } as Scenario;
    // The same message the reader gives a file.
    const parsed = parseScenario({ name: 'x', parameters: { [id]: value } });
    expect(parsed.ok).toBe(false);
    for (const call of [() => simulate(bad), () => jevons(bad), () => sweep(bad, 'elasticity', [1, 2])]) {
      const error = refusal(call);
      const found = error.errors.find((e) => e.path === `$.parameters.${id}`);
      expect(found?.rule).toBe(rule);
      expect(found?.message).toContain(message);
      if (!parsed.ok) expect(parsed.errors.map((e) => e.message)).toContain(found?.message);
      expect(error.message).toMatch(/is not valid \(\d+ errors?\):\n {2}\$\.parameters\./);
    }
  });

  it('refuses null, non-objects and a shock past the horizon', () => {
    for (const input of [null, undefined, 42, 'deepseek-shock', []])
      refusal(() => simulate(input as unknown as Scenario));
    const s = short();
    const late = { ...s, parameters: { ...s.parameters, shockMonth: 30 } };
    expect(refusal(() => jevons(late)).errors[0].rule).toBe('cross-field');
  });

  it('checks the sweep itself: parameter, values, count, whole numbers, shock inside the run', () => {
    const s = short();
    expect(refusal(() => sweep(s, 'nope' as 'elasticity', [1])).errors[0].path).toBe('paramId');
    expect(refusal(() => sweep(s, 'horizonMonths', [24])).errors[0].message).toMatch(/cannot be swept/);
    expect(refusal(() => sweep(s, 'elasticity', [])).errors[0].path).toBe('values');
    expect(refusal(() => sweep(s, 'elasticity', [1, Number.NaN])).errors[0].path).toBe('values[1]');
    expect(refusal(() => sweep(s, 'elasticity', [99])).errors[0].rule).toBe('range');
    expect(refusal(() => sweep(s, 'leadTimeMonths', [1.5])).errors[0].rule).toBe('integer');
    expect(refusal(() => sweep(s, 'shockMonth', [0, 30])).errors[0].rule).toBe('cross-field');
    expect(refusal(() => sweep(s, 'elasticity', { length: 2e6 } as ArrayLike<number>)).errors[0].path).toBe(
      'values',
    );
  });

  it('refuses bad options and a bad mode', () => {
    expect(refusal(() => jevons(short(), { breakEven: 'yes' as unknown as boolean })).errors[0].path).toBe(
      'options.breakEven',
    );
    expect(refusal(() => simulate(short(), 'other' as 'base')).errors[0].path).toBe('mode');
  });

  it('runs what is valid, fills a missing name, and reads a partial scenario over the defaults', () => {
    const result = jevons(short(), { decomposition: false });
    expect(result.verdicts).toHaveLength(6);
    const partial = { parameters: { elasticity: 1.5, horizonMonths: 24 } } as unknown as Scenario;
    expect(simulate(partial).months).toHaveLength(48);
    const swept = sweep(short(), 'elasticity', linspace(0.5, 1.5, 3));
    expect(Array.from(swept.values)).toEqual([0.5, 1, 1.5]);
  });

  it('refuses a demand curve that overflows at a price the run reaches', () => {
    const s = short();
    const spike = parseScenario({
      name: 'spike',
      demandCurve: { expression: 'x < 0.99 ? 1e300 : x^(-eps)' },
    });
    if (!spike.ok) throw new Error(spike.errors[0].message);
    const error = refusal(() =>
      jevons({
        ...spike.scenario,
        parameters: { ...spike.scenario.parameters, horizonMonths: s.parameters.horizonMonths },
      }),
    );
    expect(error.errors[0].path).toBe('$.demandCurve.expression');
    expect(error.errors[0].message).toMatch(/the price index in 20\d\d-\d\d/);
  });
});

describe('monteCarlo and sensitivity validate what they are given', () => {
  it.each([
    ['elasticity', Number.NaN, 'finite'],
    ['horizonMonths', 1e9, 'range'],
    ['gpuPeakFlops', 0, 'range'],
  ] as const)('%s = %s is refused (%s) before any sample is drawn', (id, value, rule) => {
    const scenario = short();
    const bad = { ...scenario, parameters: { ...scenario.parameters, [id]: value } } as Scenario;
    for (const call of [() => monteCarlo(bad, { samples: 10, seed: 1 }), () => sensitivity(bad)]) {
      const found = refusal(call).errors.find((e) => e.path === `$.parameters.${id}`);
      expect(found?.rule).toBe(rule);
    }
  });

  it.each([
    [{ samples: 10, seed: 1, chunk: Number.NaN }, 'options.chunk', 'finite', 'got not a number'],
    [{ samples: 10, seed: 1, chunk: 0 }, 'options.chunk', 'range', 'within 1–10,000,000; got 0'],
    [{ samples: Number.NaN, seed: 1 }, 'options.samples', 'finite', 'got not a number'],
    [{ samples: 1e12, seed: 1 }, 'options.samples', 'range', 'got 1e+12'],
    [{ samples: 2.5, seed: 1 }, 'options.samples', 'integer', 'a whole number; got 2.5'],
    [{ samples: 10 }, 'options.seed', 'type', 'got undefined'],
    [{ samples: 10, seed: -1 }, 'options.seed', 'range', 'got −1'],
    [{ samples: 10, seed: 1, onProgress: 'x' }, 'options.onProgress', 'type', 'a function'],
    [null, 'options', 'type', 'options must be an object; got null'],
  ] as const)('monteCarlo options %j are refused at %s (%s)', (options, path, rule, words) => {
    const error = refusal(() => monteCarlo(short(), options as unknown as library.MonteCarloOptions));
    expect(error.errors[0]).toMatchObject({ path, rule });
    expect(error.errors[0].message).toContain(words);
  });

  it("refuses null scenarios and bad sensitivity options with the reader's words, not a TypeError", () => {
    expect(
      refusal(() => monteCarlo(null as unknown as Scenario, { samples: 1, seed: 1 })).errors[0].path,
    ).toBe('$');
    expect(refusal(() => sensitivity(null as unknown as Scenario)).errors[0].path).toBe('$');
    expect(refusal(() => sensitivity(short(), { samples: -1 })).errors[0].path).toBe('options.samples');
    expect(refusal(() => sensitivity(short(), 'x' as unknown as object)).errors[0].path).toBe('options');
  });

  it('runs what is valid', () => {
    const result = monteCarlo(short(), { samples: 4, seed: 3, chunk: 2 });
    expect(result.samples).toBe(4);
  });
});

describe('the exported catalogue is read-only', () => {
  it('every object the library exports is frozen, all the way down', () => {
    const open: string[] = [];
    const visit = (value: unknown, path: string, seen: Set<unknown>) => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      if (!Object.isFrozen(value)) open.push(path);
      for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`, seen);
    };
    for (const [name, value] of Object.entries(library)) visit(value, name, new Set());
    expect(open).toEqual([]);
    expect(() => {
      (VERDICT_WORDS.en as Record<string, string>).backfire = 'x';
    }).toThrow(TypeError);
  });

  it('cannot be changed by a caller', () => {
    expect(() => {
      (parameterById.elasticity as { value: number }).value = 9;
    }).toThrow(TypeError);
    expect(() => {
      (presets as unknown[]).push({});
    }).toThrow(TypeError);
    expect(parameterById.elasticity.value).toBe(1);
  });
});
