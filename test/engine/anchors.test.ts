import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jevons } from '../../src/engine/jevons';
import { simulate } from '../../src/engine/simulate';
import { shockIndex } from '../../src/engine/calendar';
import { scenarioFromValues } from '../../src/scenario/from-preset';
import { relativeClose, sum, textbookWith } from './helpers';

const SLOW = { timeout: 120_000 };

// The analytic anchors of DESIGN.md ("The model, version 2"), checked over random settings.
//
// Textbook setting (preset `textbook`): one tier, perfectly elastic compute supply, a constant
// markup, compute a share s_c of marginal cost, instant adjustment. An efficiency shock that cuts
// compute per token by δ lowers the price by s_c·δ, so tokens rise by (1 − s_c·δ)^(−η) and hours
// by (1 − δ)(1 − s_c·δ)^(−η). The mechanical run saves δ of the hours, so
//   R = (1 − δ)((1 − s_c·δ)^(−η) − 1) / δ   →   η·s_c as δ → 0,
// backfire iff η·s_c > 1, and the break-even elasticity is η* = −ln(1 − δ) / −ln(1 − s_c·δ) → 1/s_c.

function textbookRebound(eta: number, sc: number, delta: number): number {
  return ((1 - delta) * ((1 - sc * delta) ** -eta - 1)) / delta;
}

/** δ of the textbook shock: challengerShareMax × (1 − challengerFlopsRatio). */
function deltaOf(share: number, ratio: number): number {
  return share * (1 - ratio);
}

describe('the textbook rebound', () => {
  it('R equals the closed form (→ η·s_c) on every basis of served compute', SLOW, () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        (eta, sc, share) => {
          const ratio = 0.5;
          const result = jevons(
            textbookWith({
              elasticity: eta,
              computeCostShare: sc,
              challengerShareMax: share,
              challengerFlopsRatio: ratio,
            }),
            { breakEven: false, decomposition: false },
          );
          const expected = textbookRebound(eta, sc, deltaOf(share, ratio));
          for (const v of result.verdicts.filter((x) => x.basis === 'servedCompute')) {
            expect(v.value).not.toBeNull();
            expect(Math.abs((v.value as number) - expected)).toBeLessThan(1e-9 * Math.max(1, expected));
            expect(v.verdict === 'backfire').toBe(expected > 1.01);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it(
    'a small shock gives R ≈ η·s_c, and the break-even elasticity ≈ 1/s_c (= 1 when compute is the only cost)',
    SLOW,
    () => {
      // Over twenty years too, where the shock's gap shrinks to ~1e-9 of the totals: with elastic
      // supply there is no clearing whose tolerance would blur its sign.
      for (const [sc, horizonMonths] of [
        [1, 72],
        [0.5, 72],
        [0.8, 72],
        [0.8, 240],
      ]) {
        const scenario = textbookWith({
          elasticity: 0.9,
          computeCostShare: sc,
          challengerShareMax: 0.01,
          challengerFlopsRatio: 0.5,
          horizonMonths,
        });
        const result = jevons(scenario, { decomposition: false });
        // (Twenty years on the saving is below the rebound's 1e-9 floor: R is undefined there.)
        if (horizonMonths === 72) expect(result.headline.value as number).toBeCloseTo(0.9 * sc, 2);
        const delta = deltaOf(0.01, 0.5);
        const exact = Math.log(1 - delta) / Math.log(1 - sc * delta);
        const found = result.breakEvenElasticity.servedCompute.value;
        if (exact > 3) {
          expect(found).toBeNull();
        } else {
          expect(found as number).toBeCloseTo(exact, 5);
          expect(found as number).toBeCloseTo(1 / sc, 1);
        }
      }
    },
  );
});

describe('capacity fixed in the short run', () => {
  // No orders (supply ceiling 0), a fleet that barely retires and starts full at the user cost
  // (normal = initial = maximum utilisation), a near-vertical supply curve: served hours hardly
  // move, and the rental price rises iff η·s_c > 1.
  const fixed = {
    scarcityExponent: 20,
    fleetUtilization: 0.95,
    initialUtilization: 0.95,
    maxUtilization: 0.95,
    supplyCeilingStart: 0,
    gpuLifetimeYears: 50,
    challengerShareMax: 0.1,
    challengerFlopsRatio: 0.5,
    // Inference dominates, so the training budget's own response to r does not blur the sign.
    tokensPerMonth: 1e15,
    trainingGpuHoursPerMonth: 1e6,
  };
  it('served hours do not move; r rises iff η·s_c > 1', SLOW, () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (eta, sc) => {
          fc.pre(Math.abs(eta * sc - 1) > 0.1);
          const scenario = textbookWith({ ...fixed, elasticity: eta, computeCostShare: sc });
          const base = simulate(scenario, 'base');
          const shocked = simulate(scenario);
          const t = shockIndex(0) + 12;
          const servedChange = shocked.series.servedHours[t] / base.series.servedHours[t] - 1;
          const rentalChange = shocked.series.rentalPrice[t] / base.series.rentalPrice[t] - 1;
          // With β = 20 the fleet's utilisation moves by 1/20 of the price's relative change.
          expect(Math.abs(servedChange)).toBeLessThan(0.01);
          expect(rentalChange > 0).toBe(eta * sc > 1);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('a pure markup cut is a price effect, never rebound', () => {
  it('with only the competition lever every rebound is undefined, said in words', SLOW, () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (cut, eta) => {
          const result = jevons(
            textbookWith({
              elasticity: eta,
              challengerShareMax: 0,
              incumbentResponse: cut,
              computeCostShare: 0.5,
            }),
            { breakEven: false, decomposition: false },
          );
          for (const v of result.verdicts) {
            expect(v.value).toBeNull();
            expect(v.verdict).toBe('undefined');
            expect(v.reason).toMatch(/saves no/);
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('the decomposition', () => {
  it('adds up to the total change on every basis', SLOW, () => {
    const result = jevons(
      textbookWith({
        elasticity: 1.4,
        computeCostShare: 0.7,
        incumbentResponse: 0.3,
        challengerShareMax: 0.3,
      }),
      {
        breakEven: false,
      },
    );
    for (const d of result.decomposition) {
      const parts = Object.values(d.effects).reduce((a, b) => a + b, 0);
      expect(relativeClose(parts, d.total, 1e-9) || Math.abs(parts - d.total) < 1e-6).toBe(true);
    }
    const served = result.decomposition.find((d) => d.basis === 'servedCompute');
    const total =
      sum(result.scenario.series.servedHours, shockIndex(0)) -
      sum(result.base.series.servedHours, shockIndex(0));
    expect(relativeClose(served?.total ?? 0, total, 1e-12)).toBe(true);
  });
});

describe('damped trends (trendHalfLifeYears)', () => {
  const at = (halfLife: number) =>
    simulate(scenarioFromValues({ trendHalfLifeYears: halfLife, horizonMonths: 72 }), 'base');
  const long = at(1000);
  const short = at(2);

  it('leave the in-sample months (to 2025-02) exactly as they were', () => {
    for (const id of ['tokensServed', 'servedHours', 'fleetH100e', 'rentalPrice'] as const) {
      for (let t = 0; t < 26; t++) expect(short.series[id][t], `${id}[${t}]`).toBe(long.series[id][t]);
    }
  });

  it('slow the growth of demand after the vintage, the more the shorter the half-life, and with it the price of compute', () => {
    const end = long.months.length - 1;
    const mid = at(6);
    expect(short.series.tokensDemanded[end]).toBeLessThan(mid.series.tokensDemanded[end]);
    expect(mid.series.tokensDemanded[end]).toBeLessThan(long.series.tokensDemanded[end]);
    expect(short.series.demandedHours[end]).toBeLessThan(long.series.demandedHours[end]);
    // Where the chip-supply ceiling binds, the fleet is the same and slower demand shows in the rent.
    expect(short.series.rentalPrice[end]).toBeLessThan(long.series.rentalPrice[end]);
  });
});
