import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models';
import type { ParamId, Scenario } from '../../src/model/types';
import { scenarioFromValues } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { SENSITIVITY_OUTPUTS, sensitivity } from '../../src/uncertainty/sensitivity';

/**
 * The textbook preset without training: served compute is inference alone, which after the shock
 * is f^(1 − η) times the base every month (f = 1 − share × (1 − flops ratio): compute per token
 * with the shock), so the change vs base is f^(1 − η) − 1 and the rebound (f^(1 − η) − f)/(1 − f).
 */
function scenario(values: Partial<Record<ParamId, number>> = {}): Scenario {
  return scenarioFromValues(
    { trainingGpuHoursPerMonth: 0, horizonMonths: 24, ...values },
    { extends: 'textbook' },
  );
}
const f = 1 - 0.1 * (1 - 0.5);
const change = (eta: number) => f ** (1 - eta) - 1;
const rebound = (eta: number) => (f ** (1 - eta) - f) / (1 - f);

describe('sensitivity: one at a time', { timeout: 60_000 }, () => {
  const result = sensitivity(scenario(), { samples: 0 });
  const served = result.tornado.changeServedCompute;

  it('measures the scenario itself: the textbook change and rebound at η = 1', () => {
    expect(result.base.changeServedCompute).toBeCloseTo(change(1), 12);
    expect(result.base.reboundServedCompute).toBeCloseTo(rebound(1), 9);
    expect(result.horizonMonths).toBe(24);
    expect(result.global).toBeNull();
  });

  it('ranks a parameter with no effect last, at exactly 0', () => {
    // With constant elasticity the reservation-price spread is never read.
    for (const output of SENSITIVITY_OUTPUTS) {
      const rows = result.tornado[output];
      const row = rows.find((r) => r.paramId === 'reservationSigma')!;
      expect(row.swing).toBe(0);
      expect(row.lowOutput).toBe(result.base[output]);
      expect(row.highOutput).toBe(result.base[output]);
      const firstZero = rows.findIndex((r) => r.swing === 0 && r.lowOutput !== null && r.highOutput !== null);
      expect(rows.indexOf(row)).toBeGreaterThanOrEqual(firstZero);
      expect(rows.slice(firstZero).every((r) => r.swing === 0)).toBe(true);
    }
  });

  it('sorts by swing and swings over the slider range, leaving out the horizon', () => {
    for (let i = 1; i < served.length; i++)
      expect(served[i - 1].swing).toBeGreaterThanOrEqual(served[i].swing);
    expect(served.map((r) => r.paramId)).not.toContain('horizonMonths');
    const eps = served.find((r) => r.paramId === 'elasticity')!;
    expect([eps.low, eps.high]).toEqual([parameterById.elasticity.min, parameterById.elasticity.max]);
    expect(eps.swing).toBeGreaterThan(0);
  });

  it('matches the textbook: change f^(1−η) − 1 and rebound (f^(1−η) − f)/(1 − f) at each end of η', () => {
    const { min, max } = parameterById.elasticity;
    const eps = served.find((r) => r.paramId === 'elasticity')!;
    expect(eps.lowOutput!).toBeCloseTo(change(min), 12);
    expect(eps.highOutput!).toBeCloseTo(change(max), 12);
    const r = result.tornado.reboundServedCompute.find((row) => row.paramId === 'elasticity')!;
    expect(r.lowOutput!).toBeCloseTo(rebound(min), 9);
    expect(r.highOutput!).toBeCloseTo(rebound(max), 9);
    expect(r.swing).toBeCloseTo(rebound(max) - rebound(min), 9);
  });

  it('a swing that leaves the rebound undefined shows as null, not as a number', () => {
    // challengerShareMax at 0: the shock saves nothing, so there is no rebound.
    const row = result.tornado.reboundServedCompute.find((r) => r.paramId === 'challengerShareMax')!;
    expect(row.low).toBe(0);
    expect(row.lowOutput).toBeNull();
    const changed = served.find((r) => r.paramId === 'challengerShareMax')!;
    expect(changed.lowOutput).toBe(0);
  });

  it("'distribution' range swings only uncertain parameters, over their p5–p95", () => {
    const r = sensitivity(scenario(), {
      samples: 0,
      range: 'distribution',
      distributions: { elasticity: { dist: 'uniform', min: 0.5, max: 1.5 } },
    });
    expect(r.tornado.changeServedCompute.map((row) => row.paramId)).toEqual(['elasticity']);
    const eps = r.tornado.changeServedCompute[0];
    expect(eps.low).toBeCloseTo(0.55, 12);
    expect(eps.high).toBeCloseTo(1.45, 12);
    expect(eps.lowOutput!).toBeCloseTo(change(0.55), 12);
  });
});

describe('sensitivity: global (rank correlation over Monte Carlo samples)', { timeout: 60_000 }, () => {
  it('finds elasticity driving the change and the rebound, and an irrelevant sampled parameter near 0', () => {
    const distributions = {
      elasticity: { dist: 'uniform', min: 0.3, max: 2.5 },
      reservationSigma: { dist: 'uniform', min: 0.5, max: 3 },
    } as const;
    const progress: [number, number][] = [];
    const r = sensitivity(scenario(), {
      samples: 1000,
      seed: 4,
      distributions,
      range: 'distribution',
      onProgress: (done, total) => progress.push([done, total]),
    });
    const rows = r.global!.rows;
    expect(rows[0].paramId).toBe('elasticity');
    expect(rows[0].reboundServedCompute).toBeGreaterThan(0.99);
    expect(rows[0].changeServedCompute).toBeGreaterThan(0.99);
    expect(rows[0].changeCapex).toBeGreaterThan(0.9);
    const sigma = rows.find((row) => row.paramId === 'reservationSigma')!;
    // Independent of the outputs: ρ is only sampling noise, sd 1/√(n − 1) ≈ 0.03.
    for (const output of SENSITIVITY_OUTPUTS)
      expect(Math.abs(sigma[output])).toBeLessThan(4 / Math.sqrt(1000));
    // The scenario itself, two swung parameters (two ends each), then 1,000 samples.
    expect(progress.at(-1)).toEqual([1005, 1005]);
  });

  it('can rank a finished Monte Carlo instead of running one', () => {
    const s = scenario();
    const mc = monteCarlo(s, { samples: 200, seed: 2 });
    const r = sensitivity(s, { monteCarlo: mc, range: 'distribution' });
    expect(r.global!.samples).toBe(200);
    expect(r.global!.rows.map((row) => row.paramId).sort()).toEqual([...mc.parameterIds].sort());
  });
});
