import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models';
import { TIERS } from '../../models/tiers';
import { jevons } from '../../src/engine';
import { BASES, type ParamId, SERIES_IDS, type Scenario, VERDICTS } from '../../src/model/types';
import { defaultScenario, scenarioFromValues } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { monteCarlo as libraryMonteCarlo } from '../../src/uncertainty';
import {
  SAMPLE_OUTPUT_IDS,
  YEARLY_SERIES,
  type MonteCarloResult,
} from '../../src/uncertainty/monte-carlo-types';
import { QUANTILE_KEYS, type QuantileBands } from '../../src/uncertainty/quantiles';
import { resolveDistributions, shiftDistribution } from '../../src/uncertainty/resolve-distributions';

function shortScenario(horizonMonths = 12): Scenario {
  const scenario = defaultScenario();
  scenario.parameters.horizonMonths = horizonMonths;
  return scenario;
}

/**
 * The textbook preset (one tier, compute at a constant cost and the only cost, a small pure
 * efficiency shock) without training, so that served compute is inference alone and the rebound
 * is R = η·s_c for a small shock: backfire exactly when η > 1.
 */
function textbook(values: Partial<Record<ParamId, number>> = {}): Scenario {
  return scenarioFromValues(
    { trainingGpuHoursPerMonth: 0, horizonMonths: 24, ...values },
    { extends: 'textbook' },
  );
}

const allBands = (r: MonteCarloResult): QuantileBands[] => [
  ...SERIES_IDS.map((id) => r.quantiles[id]!),
  ...r.tiers.flatMap((tier) => [r.tierQuantiles.tokensByTier[tier], r.tierQuantiles.listPriceByTier[tier]]),
  ...YEARLY_SERIES.map((id) => r.byYear.bands[id]!),
];

/** Every number a result carries, for bit-for-bit comparison. */
function fingerprint(r: MonteCarloResult): number[] {
  const out: number[] = [...r.sampleInputs, r.probabilityBackfire.value, r.undefinedShare];
  for (const bands of allBands(r)) for (const key of QUANTILE_KEYS) out.push(...bands[key]);
  for (const id of SAMPLE_OUTPUT_IDS) out.push(...r.sampleOutputs[id]);
  for (const basis of BASES) {
    const v = r.verdicts[basis];
    out.push(
      v.probabilityBackfire.low,
      v.probabilityBackfire.high,
      ...VERDICTS.map((k) => v.verdictCounts[k]),
    );
    for (const key of QUANTILE_KEYS)
      out.push(v.rebound?.[key] ?? Number.NaN, v.changeVsBase?.[key] ?? Number.NaN);
  }
  return out;
}

describe('monteCarlo: seeded determinism', { timeout: 60_000 }, () => {
  it('gives bit-identical results for the same seed, however the run is chunked', () => {
    const a = monteCarlo(shortScenario(), { samples: 300, seed: 42 });
    const b = monteCarlo(shortScenario(), { samples: 300, seed: 42, chunk: 33 });
    expect(fingerprint(b)).toEqual(fingerprint(a));
    expect(Object.is(a.verdicts.servedCompute.rebound?.p50, b.verdicts.servedCompute.rebound?.p50)).toBe(
      true,
    );
  });

  it('gives different draws for another seed', () => {
    const a = monteCarlo(shortScenario(), { samples: 20, seed: 1 });
    const b = monteCarlo(shortScenario(), { samples: 20, seed: 2 });
    expect(b.sampleInputs[0]).not.toBe(a.sampleInputs[0]);
  });

  it('reports ordered bands for every series, tier and year from 2023-01, progress, the sampled ids', () => {
    const progress: number[] = [];
    const r = monteCarlo(shortScenario(), {
      samples: 300,
      seed: 3,
      chunk: 100,
      onProgress: (d) => progress.push(d),
    });
    expect(progress).toEqual([100, 200, 300]);
    expect(r.months).toHaveLength(36);
    expect(r.months[0]).toBe('2023-01');
    expect(r.months[r.shockIndex]).toBe('2025-01');
    expect(r.horizonMonths).toBe(12);
    expect(r.tiers).toEqual(TIERS.map((t) => t.id));
    expect(r.byYear.years).toEqual(['2023', '2024', '2025']);
    for (const bands of allBands(r)) {
      const length = bands.p50.length;
      for (let t = 0; t < length; t++) {
        const column = QUANTILE_KEYS.map((k) => bands[k][t]);
        expect(column.every(Number.isFinite)).toBe(true);
        expect([...column].sort((x, y) => x - y)).toEqual(column);
      }
    }
    expect(new Set(r.parameterIds)).toEqual(new Set(Object.keys(resolveDistributions(shortScenario()))));
    expect(r.sampleInputs).toHaveLength(300 * r.parameterIds.length);
  });

  it('counts every sample in exactly one verdict class and puts the Wilson interval around the share', () => {
    const r = monteCarlo(shortScenario(), { samples: 300, seed: 3 });
    for (const basis of BASES) {
      const v = r.verdicts[basis];
      const counted = VERDICTS.reduce((sum, k) => sum + v.verdictCounts[k], 0);
      expect(counted).toBe(300);
      const p = v.probabilityBackfire;
      expect(p.count).toBe(v.verdictCounts.backfire);
      expect(p.n).toBe(300 - v.verdictCounts.undefined);
      expect(v.undefinedShare).toBe(v.verdictCounts.undefined / 300);
      expect(p.low).toBeLessThanOrEqual(p.value);
      expect(p.high).toBeGreaterThanOrEqual(p.value);
    }
    expect(r.probabilityBackfire).toEqual(r.verdicts.servedCompute.probabilityBackfire);
    expect(r.probabilityBackfireCapex).toEqual(r.verdicts.capex.probabilityBackfire);
  });

  it('stops between chunks when the signal is aborted', () => {
    const controller = new AbortController();
    const run = () =>
      monteCarlo(textbook(), {
        samples: 1000,
        seed: 1,
        chunk: 100,
        signal: controller.signal,
        onProgress: (done) => done >= 300 && controller.abort(new Error('newer inputs')),
      });
    expect(run).toThrow('newer inputs');
  });
});

describe('monteCarlo: inputs', { timeout: 60_000 }, () => {
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
    const { min, max } = parameterById.elasticity;
    expect(() =>
      libraryMonteCarlo(shortScenario(), {
        samples: 10,
        seed: 1,
        distributions: { elasticity: { dist: 'normal', mean: 9, sd: 1 } },
      }),
    ).toThrow(
      new RegExp(`distributions.elasticity: .*mean \\(9\\) must lie within elasticity's range ${min}–${max}`),
    );
  });

  it('a distribution replaces a time path: fixed 0.7 over an expression equals the number 0.7', () => {
    const withPath = textbook();
    withPath.parameters.elasticity = {
      kind: 'expression',
      expression: '2 + t / 10',
      evaluate: (t) => 2 + t / 10,
    };
    const withNumber = textbook();
    withNumber.parameters.elasticity = 0.7;
    const pinned = {
      elasticity: { dist: 'fixed', value: 0.7 } as const,
      challengerFlopsRatio: { dist: 'uniform', min: 0.2, max: 0.8 } as const,
    };
    const a = monteCarlo(withPath, { samples: 100, seed: 9, distributions: pinned });
    const b = monteCarlo(withNumber, { samples: 100, seed: 9, distributions: pinned });
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
    expect(def.uncertainty).toBeDefined();
    scenario.parameters.elasticity = def.value;
    expect(resolveDistributions(scenario).elasticity).toEqual(def.uncertainty);
    scenario.parameters.elasticity = def.value + 0.3;
    expect(resolveDistributions(scenario).elasticity).toEqual(
      shiftDistribution(def.uncertainty!, def, def.value + 0.3),
    );
    scenario.distributions = { elasticity: { dist: 'uniform', min: 0.2, max: 0.4 } };
    expect(resolveDistributions(scenario).elasticity).toEqual({ dist: 'uniform', min: 0.2, max: 0.4 });
    expect(Object.keys(resolveDistributions(scenario))).not.toContain('horizonMonths');
  });
});

describe('monteCarlo: probability of backfire (textbook: R = η·s_c, s_c = 1)', { timeout: 60_000 }, () => {
  const uniform = (min: number, max: number) => ({ dist: 'uniform' as const, min, max });

  it('the economics first: with the pure efficiency shock, η < 1 is partial rebound and η > 1 backfire', () => {
    for (const [eta, verdict] of [
      [0.5, 'partial-rebound'],
      [0.9, 'partial-rebound'],
      [1.2, 'backfire'],
      [3, 'backfire'],
    ] as const) {
      const j = jevons(textbook({ elasticity: eta }), { breakEven: false, decomposition: false });
      expect(j.headline.verdict).toBe(verdict);
    }
  });

  it('is 0 when elasticity < 1 in every sample and 1 when > 1, on served compute and on capex', () => {
    const low = monteCarlo(textbook(), {
      samples: 400,
      seed: 5,
      distributions: { elasticity: uniform(parameterById.elasticity.min, 0.9) },
    });
    const high = monteCarlo(textbook(), {
      samples: 400,
      seed: 5,
      distributions: { elasticity: uniform(1.2, parameterById.elasticity.max) },
    });
    expect(low.probabilityBackfire.value).toBe(0);
    expect(low.probabilityBackfire.n).toBe(400);
    expect(low.probabilityBackfire.high).toBeLessThan(0.01);
    expect(low.probabilityBackfireCapex.value).toBe(0);
    expect(high.probabilityBackfire.value).toBe(1);
    expect(high.probabilityBackfireCapex.value).toBe(1);
    expect(high.undefinedShare).toBe(0);
    // Rebound quantiles follow η: R rises with it, so R's p5 sits above its value at η = 1.2.
    expect(high.verdicts.servedCompute.rebound!.p5).toBeGreaterThan(1.2);
    expect(low.verdicts.servedCompute.rebound!.p95).toBeLessThan(0.9);
  });

  it('counts samples with an undefined rebound apart and never classifies them', () => {
    // A shock after the run's end saves nothing inside it: half the samples have no verdict.
    const r = monteCarlo(textbook({ horizonMonths: 12, elasticity: 2 }), {
      samples: 200,
      seed: 8,
      distributions: { shockMonth: { dist: 'uniform', min: 0, max: 23 } },
    });
    const v = r.verdicts.servedCompute;
    const shockMonths = Array.from(r.sampleInputs);
    const after = shockMonths.filter((m) => m >= 12).length;
    expect(after).toBeGreaterThan(50);
    expect(v.verdictCounts.undefined).toBe(after);
    expect(v.verdictCounts.backfire).toBe(200 - after);
    expect(v.probabilityBackfire).toMatchObject({ value: 1, count: 200 - after, n: 200 - after });
    expect(r.undefinedShare).toBe(after / 200);
    const rebound = r.sampleOutputs.reboundServedCompute;
    shockMonths.forEach((month, i) => {
      expect(Number.isNaN(rebound[i])).toBe(month >= 12);
    });
  });

  it('a shock that saves no compute (a pure markup cut) leaves every rebound undefined: no probability', () => {
    const r = monteCarlo(textbook({ challengerShareMax: 0, incumbentResponse: 0.5 }), {
      samples: 50,
      seed: 2,
      distributions: { elasticity: uniform(0.5, 2) },
    });
    expect(r.verdicts.servedCompute.verdictCounts.undefined).toBe(50);
    expect(r.probabilityBackfire.n).toBe(0);
    expect(r.verdicts.servedCompute.rebound).toBeNull();
    expect(r.undefinedShare).toBe(1);
    // The change vs base is still defined: the markup cut sells more tokens.
    expect(r.verdicts.servedCompute.changeVsBase!.p50).toBeGreaterThan(0);
  });
});

describe('monteCarlo: nothing uncertain', () => {
  it('collapses every band onto the deterministic run and every quantile onto jevons()', () => {
    const scenario = shortScenario(12);
    const r = monteCarlo(scenario, { samples: 5, seed: 1, distributions: {} });
    const j = jevons(scenario, { breakEven: false, decomposition: false });
    const run = j.scenario;
    for (const id of SERIES_IDS) {
      for (const key of QUANTILE_KEYS) expect([...r.quantiles[id]![key]]).toEqual([...run.series[id]]);
    }
    for (const tier of r.tiers) {
      expect([...r.tierQuantiles.tokensByTier[tier].p95]).toEqual([...run.tokensByTier[tier]]);
      expect([...r.tierQuantiles.listPriceByTier[tier].p5]).toEqual([...run.listPriceByTier[tier]]);
    }
    const firstYear = run.series.capex.slice(0, 12).reduce((a, b) => a + b, 0);
    expect(r.byYear.bands.capex!.p50[0]).toBe(firstYear);
    for (const basis of BASES) {
      const verdict = j.verdicts.find(
        (v) => v.basis === basis && v.horizonMonths === j.headline.horizonMonths,
      )!;
      const stats = r.verdicts[basis];
      expect(stats.changeVsBase?.p50).toBe(verdict.changeVsBase);
      expect(stats.rebound?.p95 ?? null).toBe(verdict.value);
      expect(stats.verdictCounts[verdict.verdict]).toBe(5);
    }
    expect(r.parameterIds).toEqual([]);
  });
});
