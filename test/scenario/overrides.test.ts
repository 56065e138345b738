import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models';
import { defaultScenario } from '../../src/scenario/from-preset';
import { applyOverrides } from '../../src/scenario/overrides';

describe('applyOverrides (--set id=value)', () => {
  it('applies numbers, unit strings, expressions and the demand curve', () => {
    const result = applyOverrides(defaultScenario(), [
      ['elasticity', '1.6'],
      ['parameters.rentalPriceFloor', '3 USD/GPUh'],
      ['costOfCapital', '0.1 + 0.05 * tanh(year)'],
      ['demandCurve', 'reservation'],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { parameters, demandCurve } = result.scenario;
    expect(parameters.elasticity).toBe(1.6);
    expect(parameters.rentalPriceFloor).toBe(3);
    const capital = parameters.costOfCapital;
    expect(typeof capital === 'object' && capital.evaluate(12, 1)).toBeCloseTo(0.1 + 0.05 * Math.tanh(1), 12);
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
      ['rentalPriceFloor', '3 FLOP'],
      ['horizonMonths', String(parameterById.horizonMonths.max + 1)],
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((error) => [error.path, error]));
    expect(Object.keys(byPath).sort()).toEqual([
      '$.parameters.elastcity',
      '$.parameters.horizonMonths',
      '$.parameters.rentalPriceFloor',
    ]);
    expect(byPath['$.parameters.elastcity'].rule).toBe('unknown-id');
    expect(byPath['$.parameters.elastcity'].message).toMatch(
      /^--set elastcity=1: .*did you mean 'elasticity'/,
    );
    expect(byPath['$.parameters.rentalPriceFloor'].rule).toBe('unit');
    expect(byPath['$.parameters.rentalPriceFloor'].message).toMatch(
      /^--set rentalPriceFloor=3 FLOP: rentalPriceFloor expects USD\/GPUh/,
    );
    expect(byPath['$.parameters.horizonMonths'].rule).toBe('range');
  });

  it('refuses __proto__, constructor and removed v1 ids instead of dropping them', () => {
    const result = applyOverrides(defaultScenario(), [
      ['__proto__', '1'],
      ['constructor', '1'],
      ['startMonth', '2025-01'],
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.rule])).toEqual([
      ['$.parameters.__proto__', 'unknown-id'],
      ['$.parameters.constructor', 'unknown-id'],
      ['$.parameters.startMonth', 'v1-id'],
    ]);
    expect(result.errors[2].message).toMatch(
      /^--set startMonth=2025-01: version-1 parameter: startMonth is gone/,
    );
  });

  it('names a demand curve from the registry, or reads the text as an expression', () => {
    const named = applyOverrides(defaultScenario(), [['demandCurve', 'reservation']]);
    expect(named.ok && named.scenario.demandCurve.kind).toBe('reservation');
    const expression = applyOverrides(defaultScenario(), [['demandCurve', 'x^(-eps)']]);
    expect(expression.ok && expression.scenario.demandCurve.kind).toBe('expression');
  });
});
