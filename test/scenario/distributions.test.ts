import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models';
import type { ParseResult, ScenarioError } from '../../src/scenario/errors';
import { parseScenario } from '../../src/scenario/parse';

function withDistributions(distributions: unknown): ParseResult {
  return parseScenario({ name: 'mc', distributions });
}

function errorsOf(result: ParseResult): ScenarioError[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('distributions', () => {
  it('accepts every family with valid fields, in catalogue units or with a unit', () => {
    const result = withDistributions({
      elasticity: { dist: 'triangular', min: 0.5, mode: 1.2, max: 2 },
      rentalPriceFloor: { dist: 'uniform', min: '0.3 USD/GPUh', max: 3 },
      challengerShareMax: { dist: 'normal', mean: 0.4, sd: 0.1 },
      commodityListPrice: { dist: 'lognormal', median: 20, sigma: 0.5 },
      shockMonth: { dist: 'fixed', value: 0 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.distributions?.rentalPriceFloor).toEqual({ dist: 'uniform', min: 0.3, max: 3 });
    expect(result.scenario.distributions?.commodityListPrice).toEqual({
      dist: 'lognormal',
      median: 20,
      sigma: 0.5,
    });
  });

  it('checks ordering, spreads and required fields, each at its own path', () => {
    const errors = errorsOf(
      withDistributions({
        elasticity: { dist: 'uniform', min: 2, max: 1 },
        challengerShareMax: { dist: 'normal', mean: 0.4, sd: 0 },
        commodityListPrice: { dist: 'lognormal', median: 20 },
        rentalPriceFloor: { dist: 'normall', mean: 2, sd: 1 },
        qualityGrowthPerYear: { dist: 'triangular', min: 1.5, mode: 9, max: 5 },
      }),
    );
    const byPath = Object.fromEntries(errors.map((error) => [error.path, error.message]));
    expect(byPath['$.distributions.elasticity']).toMatch(/min \(2\) must be below max \(1\)/);
    expect(byPath['$.distributions.challengerShareMax']).toMatch(/sd must be above 0/);
    expect(byPath['$.distributions.commodityListPrice.sigma']).toMatch(/needs 'sigma'/);
    expect(byPath['$.distributions.rentalPriceFloor.dist']).toMatch(/did you mean 'normal'/);
    expect(byPath['$.distributions.qualityGrowthPerYear']).toMatch(/mode \(9\) must lie between min and max/);
    expect(errors.every((error) => error.rule === 'distribution')).toBe(true);
  });

  it("keeps bounds within the parameter's own range", () => {
    const def = parameterById.elasticity;
    const [error] = errorsOf(
      withDistributions({ elasticity: { dist: 'uniform', min: def.min, max: def.max + 1 } }),
    );
    expect(error.path).toBe('$.distributions.elasticity');
    expect(error.message).toContain(`elasticity's range ${def.min}–${def.max}`);
  });

  it('refuses unknown ids, unknown fields and non-finite numbers', () => {
    const errors = errorsOf(
      withDistributions({
        elastcity: { dist: 'fixed', value: 1 },
        elasticity: { dist: 'fixed', value: 1, mode: 2 },
        rentalPriceFloor: { dist: 'fixed', value: Number.POSITIVE_INFINITY },
        gpuHourCost: { dist: 'fixed', value: 2 },
      }),
    );
    expect(errors.map((error) => [error.path, error.rule])).toEqual([
      ['$.distributions.elastcity', 'unknown-id'],
      ['$.distributions.elasticity.mode', 'distribution'],
      ['$.distributions.rentalPriceFloor.value', 'distribution'],
      ['$.distributions.gpuHourCost', 'v1-id'],
    ]);
    expect(errors[0].message).toContain("did you mean 'elasticity'");
  });
});
