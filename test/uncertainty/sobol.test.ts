import { describe, expect, it } from 'vitest';
import type { ParamId } from '../../src/model/types';
import { scenarioFromValues } from '../../src/scenario/from-preset';
import { sobolOfFunction, validateSobolRows } from '../../src/uncertainty/saltelli';
import { sensitivity } from '../../src/uncertainty/sensitivity';
import { interactionSummary } from '../../src/uncertainty/sobol-summary';
import type { SobolEstimate } from '../../src/uncertainty/sobol-indices';
import { MAX_SOBOL_DIMENSIONS, SobolSequence } from '../../src/uncertainty/sobol-sequence';

const TWO_POW_32 = 2 ** 32;

describe('the Sobol sequence (Joe–Kuo direction numbers)', () => {
  const plain = new SobolSequence(MAX_SOBOL_DIMENSIONS, null);
  const point = (index: number) =>
    Array.from(plain.integers(index, new Uint32Array(MAX_SOBOL_DIMENSIONS)), (x) => x / TWO_POW_32);

  it('gives the published points (reference values from scipy.stats.qmc.Sobol, which uses the same file)', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => point(i).slice(0, 4))).toEqual([
      [0, 0, 0, 0],
      [0.5, 0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25, 0.25],
      [0.25, 0.75, 0.75, 0.75],
      [0.375, 0.375, 0.625, 0.875],
      [0.875, 0.875, 0.125, 0.375],
      [0.625, 0.125, 0.875, 0.625],
      [0.125, 0.625, 0.375, 0.125],
    ]);
    const p1000 = point(1000);
    expect(p1000.slice(0, 10)).toEqual([
      0.2197265625, 0.0966796875, 0.5185546875, 0.6767578125, 0.2802734375, 0.9072265625, 0.0458984375,
      0.8994140625, 0.5009765625, 0.0693359375,
    ]);
    const p4095 = point(4095);
    expect([0, 9, 41, 79, 127, 159].map((d) => p4095[d])).toEqual([
      0.000244140625, 0.246337890625, 0.010498046875, 0.490966796875, 0.261474609375, 0.094482421875,
    ]);
  });

  it('stratifies every dimension: the first 2^m points put one point in each interval of width 2^−m', () => {
    for (const seed of [null, 7]) {
      const sequence = new SobolSequence(MAX_SOBOL_DIMENSIONS, seed);
      const out = new Uint32Array(MAX_SOBOL_DIMENSIONS);
      const m = 9;
      const seen = Array.from({ length: MAX_SOBOL_DIMENSIONS }, () => new Uint8Array(1 << m));
      for (let i = 0; i < 1 << m; i++) {
        sequence.integers(i, out);
        for (let d = 0; d < MAX_SOBOL_DIMENSIONS; d++) seen[d][out[d] >>> (32 - m)]++;
      }
      for (const cells of seen) expect(cells.every((c) => c === 1)).toBe(true);
    }
  });
});

const within = (estimate: SobolEstimate, truth: number) =>
  expect(truth, `${truth} in [${estimate.low}, ${estimate.high}]`).toSatisfy(
    (t: number) => t >= estimate.low && t <= estimate.high,
  );

describe('Sobol indices against closed forms (Saltelli design, Jansen estimators, bootstrap intervals)', () => {
  it('Ishigami (a = 7, b = 0.1): every first- and total-order index lies in its 95% interval, N = 4,096', () => {
    const [a, b] = [7, 0.1];
    const pi = Math.PI;
    const ishigami = (u: Float64Array) => {
      const [x1, x2, x3] = [0, 1, 2].map((i) => -pi + 2 * pi * u[i]);
      return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
    };
    // Closed forms (Ishigami & Homma 1990; Sobol' & Levitan 1999).
    const V = (a * a) / 8 + (b * pi ** 4) / 5 + (b * b * pi ** 8) / 18 + 0.5;
    const V1 = 0.5 * (1 + (b * pi ** 4) / 5) ** 2;
    const V2 = (a * a) / 8;
    const V13 = (8 * b * b * pi ** 8) / 225;
    const first = [V1 / V, V2 / V, 0];
    const total = [(V1 + V13) / V, V2 / V, V13 / V];
    const r = sobolOfFunction(ishigami, 3, 4096, { seed: 1, bootstrap: 1000 });
    expect(r.rows).toBe(4096);
    r.indices.forEach((index, i) => {
      within(index.first, first[i]);
      within(index.total, total[i]);
      // The intervals say something: narrower than ±0.06 around the estimate.
      expect(index.total.high - index.total.low).toBeLessThan(0.12);
    });
    // x3 acts only with x1: S3 ≈ 0 but ST3 ≈ 0.24; 1 − ΣS is the interaction share V13/V.
    within(r.sumFirst, first[0] + first[1]);
  });

  it('a linear model Σ a_i·x_i: S_i = ST_i = a_i² / Σ a_j², and exactly 0 for an input with no effect', () => {
    const weights = [1, 2, 3, 4, 0];
    const linear = (u: Float64Array) => weights.reduce((sum, w, i) => sum + w * u[i], 0);
    const r = sobolOfFunction(linear, weights.length, 2048, { seed: 3, bootstrap: 1000 });
    const total = weights.reduce((s, w) => s + w * w, 0);
    r.indices.forEach((index, i) => {
      within(index.first, (weights[i] * weights[i]) / total);
      within(index.total, (weights[i] * weights[i]) / total);
    });
    // Swapping the idle input changes nothing: its total-order sum is exactly 0.
    expect(r.indices[4].total).toEqual({ value: 0, low: 0, high: 0 });
    within(r.sumFirst, 1);
  });

  it('a product x1·x2·x3 (pure interactions on top of main effects): S_i = 0.243, ST_i = 0.432', () => {
    // Var Y = 1/27 − 1/64; V_i = Var(x_i/4) = 1/192; V_Ti = E[(x_j x_k)²]·Var x_i = (1/9)(1/12).
    const V = 1 / 27 - 1 / 64;
    const r = sobolOfFunction((u) => u[0] * u[1] * u[2], 3, 4096, { seed: 11, bootstrap: 1000 });
    for (const index of r.indices) {
      within(index.first, 1 / 192 / V);
      within(index.total, 1 / 108 / V);
    }
    within(r.sumFirst, 3 / 192 / V);
  });

  it('the same seed gives the same intervals; another seed another design', () => {
    const f = (u: Float64Array) => u[0] * u[1] + u[2];
    const a = sobolOfFunction(f, 3, 256, { seed: 5, bootstrap: 200 });
    const b = sobolOfFunction(f, 3, 256, { seed: 5, bootstrap: 200 });
    const c = sobolOfFunction(f, 3, 256, { seed: 6, bootstrap: 200 });
    expect(b).toEqual(a);
    expect(c.indices[0].first.value).not.toBe(a.indices[0].first.value);
  });

  it('refuses a design size that is not a power of 2, naming the rule and the value', () => {
    expect(validateSobolRows(1000, 'samples')).toMatch(/samples: must be a power of 2 .* got 1000/);
    expect(validateSobolRows(1024)).toBeNull();
  });
});

describe('Sobol indices of the verdict', { timeout: 120_000 }, () => {
  /** The textbook market: R = η·s_c, only the elasticity moves the outputs; reservationSigma is idle (constant curve). */
  const textbook = () =>
    scenarioFromValues({ trainingGpuHoursPerMonth: 0, horizonMonths: 12 }, { extends: 'textbook' });
  const distributions = {
    elasticity: { dist: 'uniform', min: 0.3, max: 2.5 },
    reservationSigma: { dist: 'uniform', min: 0.5, max: 3 },
    demandLagMonths: { dist: 'uniform', min: 0, max: 12 },
  } as const;

  it('puts the variance on the elasticity, none on an idle parameter, and groups the rest when asked', () => {
    const r = sensitivity(textbook(), {
      method: 'sobol',
      samples: 32,
      seed: 2,
      bootstrap: 200,
      distributions,
    });
    expect(r.evaluations).toBe(32 * 5);
    expect(r.factors.map((f) => f.id)).toEqual(['elasticity', 'reservationSigma', 'demandLagMonths']);
    const change = r.outputs.changeServedCompute;
    expect(change.factors[0].id).toBe('elasticity');
    expect(change.factors[0].total.value).toBeGreaterThan(0.5);
    const idle = change.factors.find((f) => f.id === 'reservationSigma')!;
    expect(idle.total).toEqual({ value: 0, low: 0, high: 0 });
    const summary = interactionSummary(change);
    expect(summary.share).toBeGreaterThanOrEqual(0);
    expect(summary.share).toBeLessThanOrEqual(1);

    const grouped = sensitivity(textbook(), {
      method: 'sobol',
      samples: 32,
      seed: 2,
      bootstrap: 200,
      distributions,
      factors: ['elasticity' as ParamId],
    });
    expect(grouped.factors).toEqual([
      { id: 'elasticity', parameters: ['elasticity'] },
      { id: 'others', parameters: ['reservationSigma', 'demandLagMonths'] },
    ]);
    expect(grouped.evaluations).toBe(32 * 4);
    // One factor's indices do not depend on how the others are grouped: the same design rows,
    // the same evaluations at A, B and A_B(elasticity).
    const alone = (x: typeof r) => x.outputs.reboundServedCompute.factors.find((f) => f.id === 'elasticity');
    expect(alone(grouped)?.total.value).toBe(alone(r)?.total.value);
    expect(alone(grouped)?.first.value).toBe(alone(r)?.first.value);
  });

  it('refuses a bad design size and an unknown factor, naming each', () => {
    expect(() => sensitivity(textbook(), { method: 'sobol', samples: 100, distributions })).toThrow(
      /samples: must be a power of 2/,
    );
    expect(() =>
      sensitivity(textbook(), { method: 'sobol', samples: 8, distributions, factors: ['tokensPerMonth'] }),
    ).toThrow(/factors\[0\]: must be an uncertain \(sampled\) parameter, got "tokensPerMonth"/);
  });
});
