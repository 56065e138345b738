import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models/index';
import { jevons } from '../../src/engine/jevons';
import { SERIES_IDS } from '../../src/model/types';
import { anyValues, scenarioWith } from './helpers';

// Any combination of in-range values — the sliders' whole space — gives finite numbers: never
// NaN or Infinity, never negative tokens, GPUs or spend.
const NON_NEGATIVE = [
  'price',
  'tokens',
  'tokensServed',
  'inferenceGpuHours',
  'trainingGpuHours',
  'fleetGpus',
  'gpuSpend',
  'capex',
  'revenue',
] as const;

describe('robustness', () => {
  it('every in-range scenario, any demand curve, gives finite results and a worded verdict', () => {
    fc.assert(
      fc.property(
        anyValues(),
        fc.constantFrom('constant', 'reservation') as fc.Arbitrary<'constant' | 'reservation'>,
        (values, kind) => {
          const result = jevons(scenarioWith(values, { kind }));
          for (const run of [result.base, result.mechanical, result.scenario]) {
            for (const id of SERIES_IDS)
              for (const v of run.series[id]) expect(Number.isFinite(v), id).toBe(true);
            for (const id of NON_NEGATIVE)
              for (const v of run.series[id]) expect(v, id).toBeGreaterThanOrEqual(0);
            for (const v of Object.values(run.totals)) expect(Number.isFinite(v)).toBe(true);
          }
          for (const r of [result.rebound.gpuHours, result.rebound.gpuSpend]) {
            if (r.value === null) expect(r.reason).toBeTruthy();
            else expect(Number.isFinite(r.value)).toBe(true);
          }
          const be = result.breakEvenElasticity;
          if (be.value === null) expect(be.reason).toBeTruthy();
          else {
            expect(be.value).toBeGreaterThanOrEqual(parameterById.elasticity.min);
            expect(be.value).toBeLessThanOrEqual(parameterById.elasticity.max);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('the extremes named in the issue (ε = 3, 100× yearly price decline, 20 years) stay finite', () => {
    const result = jevons(scenarioWith({ elasticity: 3, priceDeclinePerYear: 100, horizonMonths: 240 }));
    for (const id of SERIES_IDS)
      for (const v of result.scenario.series[id]) expect(Number.isFinite(v), id).toBe(true);
  });

  it('the reservation curve saturates: demand growth from a price cut is bounded, unlike x^(−ε)', () => {
    const values = { elasticity: 1.5, priceDeclinePerYear: 100 };
    const constant = jevons(scenarioWith(values, { kind: 'constant' })).scenario.totals.cumulativeTokens;
    const reservation = jevons(scenarioWith(values, { kind: 'reservation' })).scenario.totals
      .cumulativeTokens;
    expect(reservation).toBeLessThan(constant);
  });
});
