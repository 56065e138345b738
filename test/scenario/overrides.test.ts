import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models';
import { defaultScenario } from '../../src/scenario/from-preset';
import { applyOverrides } from '../../src/scenario/overrides';

describe('applyOverrides (--set id=value)', () => {
  it('applies numbers, unit strings, expressions and the demand curve', () => {
    const result = applyOverrides(defaultScenario(), [
      ['elasticity', '1.6'],
      ['parameters.gpuHourCost', '3 USD/GPUh'],
      ['inferenceUtilization', '0.3 + 0.1 * tanh(year)'],
      ['demandCurve', 'reservation'],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { parameters, demandCurve } = result.scenario;
    expect(parameters.elasticity).toBe(1.6);
    expect(parameters.gpuHourCost).toBe(3);
    const utilization = parameters.inferenceUtilization;
    expect(typeof utilization === 'object' && utilization.evaluate(12, 1)).toBeCloseTo(
      0.3 + 0.1 * Math.tanh(1),
      12,
    );
    expect(demandCurve.kind).toBe('reservation');
  });

  it('leaves the other parameters as they were', () => {
    const base = defaultScenario();
    const result = applyOverrides(base, [['elasticity', '0.5']]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const [id, value] of Object.entries(base.parameters)) {
      if (id !== 'elasticity')
        expect(result.scenario.parameters[id as keyof typeof base.parameters]).toBe(value);
    }
  });

  it('validates like a file and names the --set each error came from', () => {
    const result = applyOverrides(defaultScenario(), [
      ['elastcity', '1'],
      ['gpuHourCost', '3 FLOP'],
      ['horizonMonths', String(parameterById.horizonMonths.max + 1)],
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((error) => [error.path, error]));
    expect(Object.keys(byPath).sort()).toEqual([
      '$.parameters.elastcity',
      '$.parameters.gpuHourCost',
      '$.parameters.horizonMonths',
    ]);
    expect(byPath['$.parameters.elastcity'].rule).toBe('unknown-id');
    expect(byPath['$.parameters.elastcity'].message).toMatch(
      /^--set elastcity=1: .*did you mean 'elasticity'/,
    );
    expect(byPath['$.parameters.gpuHourCost'].rule).toBe('unit');
    expect(byPath['$.parameters.gpuHourCost'].message).toMatch(
      /^--set gpuHourCost=3 FLOP: gpuHourCost expects USD\/GPUh/,
    );
    expect(byPath['$.parameters.horizonMonths'].rule).toBe('range');
  });
});
