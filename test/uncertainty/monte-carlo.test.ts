import { describe, expect, it } from 'vitest';
import { jevons } from '../../src/engine';
import { SERIES_IDS, type Scenario } from '../../src/model/types';
import { defaultScenario } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import type { MonteCarloResult } from '../../src/uncertainty/monte-carlo-types';
import { QUANTILE_KEYS } from '../../src/uncertainty/quantiles';
import { resolveDistributions, shiftDistribution } from '../../src/uncertainty/resolve-distributions';
import { parameterById } from '../../models';

function shortScenario(months = 24): Scenario {
  const scenario = defaultScenario();
  scenario.parameters.horizonMonths = months;
  return scenario;
}

/** Every number a result carries, for bit-for-bit comparison. */
function fingerprint(r: MonteCarloResult): number[] {
  const out: number[] = [...r.sampleInputs, r.probabilityBackfire.value, r.undefinedShare];
  for (const id of SERIES_IDS) for (const key of QUANTILE_KEYS) out.push(...r.quantiles[id][key]);
  for (const values of Object.values(r.sampleOutputs)) out.push(...values);
  return out;
}

describe('monteCarlo: seeded determinism', () => {
  it('gives bit-identical results for the same seed, however the run is chunked', () => {
    const a = monteCarlo(shortScenario(), { samples: 700, seed: 42 });
    const b = monteCarlo(shortScenario(), { samples: 700, seed: 42, chunk: 33 });
    expect(Object.is(a.totals.cumulativeGpuSpend?.p50, b.totals.cumulativeGpuSpend?.p50)).toBe(true);
    expect(fingerprint(b)).toEqual(fingerprint(a));
  });

  it('gives different draws for another seed', () => {
    const a = monteCarlo(shortScenario(), { samples: 50, seed: 1 });
    const b = monteCarlo(shortScenario(), { samples: 50, seed: 2 });
    expect(b.sampleInputs[0]).not.toBe(a.sampleInputs[0]);
  });

  it('reports ordered bands for every series, a Wilson interval around the share, progress', () => {
    const progress: number[] = [];
    const r = monteCarlo(shortScenario(), {
      samples: 600,
      seed: 3,
      chunk: 200,
      onProgress: (d) => progress.push(d),
    });
    expect(progress).toEqual([200, 400, 600]);
    expect(r.months).toHaveLength(24);
    expect(r.months[0]).toBe('2025-01');
    for (const id of SERIES_IDS) {
      for (let t = 0; t < 24; t++) {
        const column = QUANTILE_KEYS.map((k) => r.quantiles[id][k][t]);
        expect(column.every(Number.isFinite)).toBe(true);
        expect([...column].sort((x, y) => x - y)).toEqual(column);
      }
    }
    const p = r.probabilityBackfire;
    expect(p.n).toBe(600);
    expect(p.low).toBeLessThanOrEqual(p.value);
    expect(p.high).toBeGreaterThanOrEqual(p.value);
    expect(new Set(r.parameterIds)).toEqual(new Set(Object.keys(resolveDistributions(shortScenario()))));
  });

  it('stops between chunks when the signal is aborted', () => {
    const controller = new AbortController();
    const run = () =>
      monteCarlo(shortScenario(), {
        samples: 1000,
        seed: 1,
        chunk: 100,
        signal: controller.signal,
        onProgress: (done) => done >= 300 && controller.abort(new Error('newer inputs')),
      });
    expect(run).toThrow('newer inputs');
  });
});

describe('monteCarlo: inputs', () => {
  it('refuses a bad sample count, seed or distribution, naming each', () => {
    expect(() => monteCarlo(shortScenario(), { samples: 0, seed: 1 })).toThrow(
      /samples: must be an integer from 1/,
    );
    expect(() => monteCarlo(shortScenario(), { samples: 10, seed: -3 })).toThrow(/seed: .* got -3/);
    expect(() =>
      monteCarlo(shortScenario(), {
        samples: 10,
        seed: 1,
        distributions: { horizonMonths: { dist: 'fixed', value: 12 } },
      }),
    ).toThrow(/distributions.horizonMonths: cannot be uncertain/);
    expect(() =>
      monteCarlo(shortScenario(), {
        samples: 10,
        seed: 1,
        distributions: { elasticity: { dist: 'normal', mean: 9, sd: 1 } },
      }),
    ).toThrow(/distributions.elasticity.mean: must lie within the parameter's range \[0, 3\], got 9/);
  });

  it('a distribution replaces a time path: fixed 0.7 over an expression equals the number 0.7', () => {
    const withPath = shortScenario();
    withPath.parameters.elasticity = {
      kind: 'expression',
      expression: '2 + t / 10',
      evaluate: (t) => 2 + t / 10,
    };
    const withNumber = shortScenario();
    withNumber.parameters.elasticity = 0.7;
    const pinned = {
      elasticity: { dist: 'fixed', value: 0.7 } as const,
      challengerShareMax: resolveDistributions(withNumber).challengerShareMax!,
    };
    const a = monteCarlo(withPath, { samples: 300, seed: 9, distributions: pinned });
    const b = monteCarlo(withNumber, { samples: 300, seed: 9, distributions: pinned });
    expect(fingerprint(a)).toEqual(fingerprint(b));
  });

  it('moves a catalogue default with the scenario value: shifted, or scaled for a lognormal, inside the range', () => {
    const def = { ...parameterById.elasticity, value: 1.2, min: 0, max: 3 };
    const tri = { dist: 'triangular', min: 0.5, mode: 1.2, max: 2 } as const;
    expect(shiftDistribution(tri, def, 1.2)).toBe(tri);
    expect(shiftDistribution(tri, def, 1.5)).toEqual({ dist: 'triangular', min: 0.8, mode: 1.5, max: 2.3 });
    const high = shiftDistribution(tri, def, 2.8);
    expect(high.dist).toBe('triangular');
    if (high.dist === 'triangular') {
      expect([high.min, high.mode, high.max].map((v) => Number(v.toFixed(12)))).toEqual([2.1, 2.8, 3]);
    }
    expect(shiftDistribution({ dist: 'lognormal', median: 1.2, sigma: 0.4 }, def, 0.6)).toEqual({
      dist: 'lognormal',
      median: 0.6,
      sigma: 0.4,
    });
    // Pushed against the top of the range, a uniform squeezed to nothing becomes fixed at the value.
    expect(shiftDistribution({ dist: 'uniform', min: 2.5, max: 3 }, def, 1.7)).toEqual({
      dist: 'fixed',
      value: 1.7,
    });
  });

  it('resolves the catalogue defaults at the scenario values, and takes scenario distributions as written', () => {
    const scenario = shortScenario();
    const def = parameterById.elasticity;
    scenario.parameters.elasticity = def.value;
    expect(resolveDistributions(scenario).elasticity).toEqual(def.uncertainty);
    scenario.parameters.elasticity = def.value + 0.3;
    expect(resolveDistributions(scenario).elasticity).toEqual(
      shiftDistribution(def.uncertainty!, def, def.value + 0.3),
    );
    scenario.distributions = { elasticity: { dist: 'uniform', min: 0.2, max: 0.4 } };
    expect(resolveDistributions(scenario).elasticity).toEqual({ dist: 'uniform', min: 0.2, max: 0.4 });
  });
});

describe('monteCarlo: probability of backfire', () => {
  const base = shortScenario(60);
  const uniform = (min: number, max: number) => ({ dist: 'uniform' as const, min, max });
  const reboundAt = (eps: number) =>
    jevons({ ...base, parameters: { ...base.parameters, elasticity: eps } }, { breakEven: false }).rebound
      .gpuSpend.value!;

  it('the economics first: at the default values, ε ≤ 0.5 is no backfire and ε ≥ 2.5 is', () => {
    for (const eps of [0, 0.25, 0.5]) expect(reboundAt(eps)).toBeLessThan(1);
    for (const eps of [2.5, 2.75, 3]) expect(reboundAt(eps)).toBeGreaterThan(1.01);
  });

  it('is 0 when elasticity ≤ 0.5 everywhere and 1 when ≥ 2.5 everywhere, other parameters at default', () => {
    const low = monteCarlo(base, { samples: 2000, seed: 5, distributions: { elasticity: uniform(0, 0.5) } });
    const high = monteCarlo(base, { samples: 2000, seed: 5, distributions: { elasticity: uniform(2.5, 3) } });
    expect(low.probabilityBackfire.value).toBe(0);
    expect(low.probabilityBackfire.high).toBeLessThan(0.003);
    expect(high.probabilityBackfire.value).toBe(1);
    expect(high.undefinedShare).toBe(0);
  });
});

describe('monteCarlo: nothing uncertain', () => {
  it('collapses every band onto the deterministic run, derived sums included', () => {
    const scenario = shortScenario(30);
    const r = monteCarlo(scenario, { samples: 20, seed: 1, distributions: {} });
    const run = jevons(scenario, { breakEven: false }).scenario;
    for (const id of SERIES_IDS) {
      for (const key of QUANTILE_KEYS) expect([...r.quantiles[id][key]]).toEqual([...run.series[id]]);
    }
    const hours = run.series.inferenceGpuHours.map((h, t) => h + run.series.trainingGpuHours[t]);
    expect([...r.derived.gpuHours.p95]).toEqual([...hours]);
    expect(r.derived.gpuSpendByYear.years).toEqual(['2025', '2026', '2027']);
    const firstYear = run.series.gpuSpend.slice(0, 12).reduce((a, b) => a + b, 0);
    expect(r.derived.gpuSpendByYear.bands.p50[0]).toBe(firstYear);
    expect(r.parameterIds).toEqual([]);
  });
});
