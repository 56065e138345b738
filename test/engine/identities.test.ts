import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jevons } from '../../src/engine/jevons';
import { simulate } from '../../src/engine/simulate';
import { SERIES_IDS } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { inRange, relativeClose, STILL_WORLD, scenarioWith } from './helpers';

// The economic identities of DESIGN.md, checked over random scenarios rather than single examples.

const EXTENSIVE = [
  'tokens',
  'tokensServed',
  'inferenceGpuHours',
  'gpusNeeded',
  'fleetGpus',
  'capacityGpuHours',
  'gpuSpend',
  'capex',
  'revenue',
] as const;

describe('identities', () => {
  it('every flow scales linearly with tokensPerMonth when training is off', () => {
    fc.assert(
      fc.property(
        inRange('elasticity'),
        inRange('priceDeclinePerYear'),
        inRange('tokensPerMonth'),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (eps, decline, q0, k) => {
          const values = {
            elasticity: eps,
            priceDeclinePerYear: decline,
            tokensPerMonth: q0,
            trainingGpuHoursPerMonth: 0,
          };
          const a = simulate(scenarioWith(values));
          const b = simulate(scenarioWith({ ...values, tokensPerMonth: q0 * k }));
          for (let t = 0; t < a.months.length; t++) {
            for (const id of EXTENSIVE)
              expect(relativeClose(b.series[id][t], a.series[id][t] * k, 1e-9)).toBe(true);
            expect(b.series.price[t]).toBe(a.series.price[t]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('with full pass-through of efficiency into price and ε = 1, GPU spend stays constant', () => {
    fc.assert(
      fc.property(
        inRange('algorithmicGainPerYear', 1, 10),
        inRange('hardwareGainPerYear', 1, 3),
        inRange('challengerFlopsRatio', 0.05, 1),
        inRange('challengerShareMax'),
        inRange('challengerShareMonths'),
        (algo, hw, ratio, shareMax, shareMonths) => {
          // Price per token falls exactly as compute cost per token does, and the challenger's price
          // ratio equals its compute ratio: each unit of efficiency is passed on in full.
          const result = simulate(
            scenarioWith({
              ...STILL_WORLD,
              elasticity: 1,
              algorithmicGainPerYear: algo,
              hardwareGainPerYear: hw,
              priceDeclinePerYear: algo * hw,
              challengerPriceRatio: ratio,
              challengerFlopsRatio: ratio,
              challengerShareMax: shareMax,
              challengerShareMonths: shareMonths,
            }),
          );
          const first = result.series.gpuSpend[0];
          for (const v of result.series.gpuSpend) expect(relativeClose(v, first, 1e-9)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('cumulative GPU-hours rise with elasticity whenever the price falls', () => {
    fc.assert(
      fc.property(
        inRange('elasticity'),
        inRange('elasticity'),
        inRange('priceDeclinePerYear', 1.01),
        inRange('challengerPriceRatio'),
        (e1, e2, decline, ratio) => {
          const [lo, hi] = e1 < e2 ? [e1, e2] : [e2, e1];
          const at = (eps: number) =>
            simulate(
              scenarioWith({ elasticity: eps, priceDeclinePerYear: decline, challengerPriceRatio: ratio }),
            );
          const a = at(lo);
          const b = at(hi);
          expect(b.totals.cumulativeGpuHours).toBeGreaterThanOrEqual(
            a.totals.cumulativeGpuHours * (1 - 1e-12),
          );
          expect(b.totals.cumulativeTokens).toBeGreaterThanOrEqual(a.totals.cumulativeTokens * (1 - 1e-12));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rebound > 1 exactly when the shock raises the total above the base (both measures)', () => {
    fc.assert(
      fc.property(
        inRange('elasticity'),
        inRange('challengerPriceRatio'),
        inRange('challengerFlopsRatio'),
        inRange('challengerShareMax', 0.05),
        (eps, ratio, flops, share) => {
          const result = jevons(
            scenarioWith({
              elasticity: eps,
              challengerPriceRatio: ratio,
              challengerFlopsRatio: flops,
              challengerShareMax: share,
            }),
            { breakEven: false },
          );
          for (const r of [result.rebound.gpuHours, result.rebound.gpuSpend]) {
            if (r.value === null) {
              expect(r.verdict).toBe('undefined');
              expect(r.reason).toBeTruthy();
            } else {
              expect(r.value > 1).toBe(r.scenario > r.base);
              expect(Number.isFinite(r.value)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('break-even elasticity matches the closed form ln(computeRatio)/ln(priceRatio) when the market switches at once', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.005, max: 0.5, noNaN: true }),
        fc.double({ min: 0.02, max: 0.95, noNaN: true }),
        (priceRatio, computeRatio) => {
          const expected = Math.log(computeRatio) / Math.log(priceRatio);
          fc.pre(expected > 0.02 && expected < 2.9);
          const result = jevons(
            scenarioWith({
              ...STILL_WORLD,
              shockMonth: 0,
              challengerShareMax: 1,
              challengerShareMonths: 0,
              challengerPriceRatio: priceRatio,
              challengerFlopsRatio: computeRatio,
            }),
          );
          expect(result.breakEvenElasticity.value).not.toBeNull();
          expect(result.breakEvenElasticity.value as number).toBeCloseTo(expected, 6);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('series have one finite value per month for every series', () => {
    const result = simulate(scenarioWith({}));
    for (const id of SERIES_IDS) {
      expect(result.series[id].length).toBe(result.months.length);
      for (const v of result.series[id]) expect(Number.isFinite(v)).toBe(true);
    }
  });
});

describe('a shock switched off', () => {
  it('pre-deepseek: rebound and break-even are undefined with reasons, and the scenario equals the base', () => {
    const result = jevons(scenarioFromPreset('pre-deepseek'));
    expect(result.rebound.gpuSpend.value).toBeNull();
    expect(result.rebound.gpuSpend.reason).toMatch(/saves no compute/);
    expect(result.breakEvenElasticity.value).toBeNull();
    expect(result.breakEvenElasticity.reason).toMatch(/unchanged at every elasticity/);
    expect(result.scenario.totals).toEqual(result.base.totals);
  });
});
