import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models';
import type { Scenario } from '../../src/model/types';
import { defaultScenario } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { sensitivity } from '../../src/uncertainty/sensitivity';

function scenario(): Scenario {
  const s = defaultScenario();
  s.parameters.horizonMonths = 36;
  s.demandCurve = { kind: 'constant' };
  return s;
}

describe('sensitivity: one at a time', () => {
  const result = sensitivity(scenario(), { samples: 0 });
  const spend = result.tornado.gpuSpendDemanded;

  it('ranks a parameter with no effect last, at exactly 0', () => {
    // With constant elasticity the reservation-price spread is never read.
    const row = spend.find((r) => r.paramId === 'reservationSigma')!;
    expect(row.swing).toBe(0);
    expect(row.lowOutput).toBe(result.base.gpuSpendDemanded);
    expect(row.highOutput).toBe(result.base.gpuSpendDemanded);
    const firstZero = spend.findIndex((r) => r.swing === 0);
    expect(spend.slice(firstZero).every((r) => r.swing === 0)).toBe(true);
    expect(spend.indexOf(row)).toBeGreaterThanOrEqual(firstZero);
    const rebound = result.tornado.reboundGpuSpend.find((r) => r.paramId === 'reservationSigma')!;
    expect(rebound.swing).toBe(0);
  });

  it('sorts by swing and swings over the slider range, leaving out the window parameters', () => {
    for (let i = 1; i < spend.length; i++) expect(spend[i - 1].swing).toBeGreaterThanOrEqual(spend[i].swing);
    const eps = spend.find((r) => r.paramId === 'elasticity')!;
    expect([eps.low, eps.high]).toEqual([parameterById.elasticity.min, parameterById.elasticity.max]);
    expect(eps.swing).toBeGreaterThan(0);
    expect(eps.highOutput!).toBeGreaterThan(eps.lowOutput!);
    expect(spend.map((r) => r.paramId)).not.toContain('horizonMonths');
    expect(spend.map((r) => r.paramId)).not.toContain('startMonth');
  });

  it('spend is proportional to the GPU-hour price: its swing is exactly (max − min)/value × base', () => {
    const cost = spend.find((r) => r.paramId === 'gpuHourCost')!;
    const def = parameterById.gpuHourCost;
    const expected = ((def.max - def.min) / cost.baseValue) * result.base.gpuSpendDemanded;
    expect(cost.swing / expected).toBeCloseTo(1, 10);
  });

  it("'distribution' range swings only uncertain parameters, over their p5–p95", () => {
    const r = sensitivity(scenario(), { samples: 0, range: 'distribution' });
    const ids = r.tornado.gpuSpendDemanded.map((row) => row.paramId);
    expect(ids).toContain('elasticity');
    expect(ids).not.toContain('reservationSigma');
    const eps = r.tornado.gpuSpendDemanded.find((row) => row.paramId === 'elasticity')!;
    expect(eps.low).toBeGreaterThan(parameterById.elasticity.min);
    expect(eps.high).toBeLessThan(parameterById.elasticity.max);
  });
});

describe('sensitivity: global (rank correlation over Monte Carlo samples)', () => {
  it('finds elasticity driving the rebound, and an irrelevant sampled parameter near 0', () => {
    const distributions = {
      elasticity: { dist: 'uniform', min: 0.3, max: 2.5 },
      reservationSigma: { dist: 'uniform', min: 0.5, max: 3 },
    } as const;
    const r = sensitivity(scenario(), { samples: 1500, seed: 4, distributions });
    const rows = r.global!.rows;
    expect(rows[0].paramId).toBe('elasticity');
    expect(rows[0].reboundGpuSpend).toBeGreaterThan(0.99);
    const sigma = rows.find((row) => row.paramId === 'reservationSigma')!;
    // Independent of the output: ρ is only sampling noise, sd 1/√(n − 1) ≈ 0.026.
    expect(Math.abs(sigma.reboundGpuSpend)).toBeLessThan(4 / Math.sqrt(1500));
    expect(Math.abs(sigma.gpuSpendDemanded)).toBeLessThan(4 / Math.sqrt(1500));
  });

  it('can rank a finished Monte Carlo instead of running one', () => {
    const s = scenario();
    const mc = monteCarlo(s, { samples: 300, seed: 2 });
    const r = sensitivity(s, { monteCarlo: mc });
    expect(r.global!.samples).toBe(300);
    expect(r.global!.rows.map((row) => row.paramId).sort()).toEqual([...mc.parameterIds].sort());
  });
});
