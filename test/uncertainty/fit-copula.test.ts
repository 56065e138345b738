// The fitted parameters are drawn together with the fit's posterior correlation (fit-copula.ts):
// the pairs the data tie stay tied in the samples, each parameter keeps its own distribution, and a
// distribution the scenario gives itself is drawn on its own.
import { describe, expect, it } from 'vitest';
import { FITTED_CORRELATION } from '../../models/calibration/fitted';
import type { Distribution, ParamId } from '../../src/model/types';
import { toModelInputs } from '../../src/engine/model-inputs';
import { defaultScenario } from '../../src/scenario/from-preset';
import { cholesky } from '../../src/uncertainty/fit-copula';
import { createStreamPrng } from '../../src/uncertainty/prng';
import { defaultDistributions, type Distributions } from '../../src/uncertainty/resolve-distributions';
import { createSampler } from '../../src/uncertainty/sampler';

const N = 4000;

/** N samples of every uncertain parameter, by id. */
function samples(distributions: Distributions): Record<string, number[]> {
  const sampler = createSampler(distributions);
  const inputs = toModelInputs(defaultScenario());
  const row = new Float64Array(sampler.ids.length);
  const out: Record<string, number[]> = Object.fromEntries(sampler.ids.map((id) => [id, []]));
  for (let i = 0; i < N; i++) {
    sampler.draw(createStreamPrng(11, i), inputs, row, 0);
    sampler.ids.forEach((id, j) => {
      out[id].push(row[j]);
    });
  }
  return out;
}

function ranks(xs: number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  order.forEach(([, i], k) => {
    r[i] = k;
  });
  return r;
}

/** Spearman's rank correlation. */
function spearman(a: number[], b: number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (a.length - 1) / 2;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (ra[i] - mean) * (rb[i] - mean);
    saa += (ra[i] - mean) ** 2;
    sbb += (rb[i] - mean) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Spearman's ρ of a bivariate normal with correlation r: (6/π)·asin(r/2). */
const spearmanOfNormal = (r: number): number => (6 / Math.PI) * Math.asin(r / 2);

function fitCorrelation(a: string, b: string): number {
  const { dimensions, matrix } = FITTED_CORRELATION;
  return matrix[dimensions.indexOf(a)][dimensions.indexOf(b)];
}

function untagged(distributions: Distributions): Distributions {
  const out: Distributions = {};
  for (const [id, d] of Object.entries(distributions) as [ParamId, Distribution][]) {
    if (d.dist === 'triangular') {
      const { fit: _fit, ...rest } = d;
      out[id] = rest;
    } else out[id] = d;
  }
  return out;
}

describe('the fitted parameters drawn together', () => {
  it('the fit’s correlation matrix is a correlation matrix: symmetric, unit diagonal, positive definite', () => {
    const { matrix } = FITTED_CORRELATION;
    const n = matrix.length;
    const l = cholesky(matrix);
    for (let i = 0; i < n; i++) {
      expect(matrix[i][i]).toBe(1);
      for (let j = 0; j < n; j++) {
        expect(matrix[i][j]).toBe(matrix[j][i]);
        let llt = 0;
        for (let k = 0; k < n; k++) llt += l[i * n + k] * l[j * n + k];
        expect(llt).toBeCloseTo(matrix[i][j], 12);
      }
    }
    expect(() =>
      cholesky([
        [1, 0.9],
        [0.9, 0.5],
      ]),
    ).toThrow(/not positive definite/);
  });

  it('keeps the pairs the data tie: the supply ceiling’s start against its growth, tokens against the inference share', () => {
    const s = samples(defaultDistributions());
    for (const [a, b] of [
      ['supplyCeilingStart', 'supplyCeilingGrowthPerYear'],
      ['tokensPerMonth', 'inferenceUtilization'],
      ['tokensPerMonth', 'frontierPaidShare'],
    ] as const) {
      const target = spearmanOfNormal(fitCorrelation(a, b === 'frontierPaidShare' ? 'paidShares' : b));
      // 4,000 samples: the rank correlation's standard error is about 0.016 (less near ±1).
      expect(Math.abs(spearman(s[a], s[b]) - target), `${a} × ${b}`).toBeLessThan(0.06);
    }
    expect(fitCorrelation('supplyCeilingStart', 'supplyCeilingGrowthPerYear')).toBeLessThan(-0.8);
  });

  it('moves a dimension of several parameters as one: the three paid shares rank alike', () => {
    const s = samples(defaultDistributions());
    expect(spearman(s.frontierPaidShare, s.mainstreamPaidShare)).toBeGreaterThan(0.999);
    expect(spearman(s.frontierPaidShare, s.commodityPaidShare)).toBeGreaterThan(0.999);
  });

  it('leaves each parameter’s own distribution as it is: the same quantiles as drawn alone', () => {
    const tagged = samples(defaultDistributions());
    const alone = samples(untagged(defaultDistributions()));
    const quantile = (xs: number[], q: number) =>
      [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];
    for (const id of [
      'supplyCeilingStart',
      'supplyCeilingGrowthPerYear',
      'tokensPerMonth',
      'gpuCapexPerGpu',
    ]) {
      for (const q of [0.1, 0.5, 0.9]) {
        const a = quantile(tagged[id], q);
        const b = quantile(alone[id], q);
        expect(Math.abs(Math.log(a / b)), `${id} q${q}`).toBeLessThan(0.08);
      }
    }
  });

  it('draws on its own a parameter the scenario gives its own distribution, and no pair without the tag', () => {
    const own = {
      ...defaultDistributions(),
      supplyCeilingGrowthPerYear: { dist: 'triangular', min: 1.2, mode: 1.8, max: 3 },
    } satisfies Distributions;
    const s = samples(own);
    expect(Math.abs(spearman(s.supplyCeilingStart, s.supplyCeilingGrowthPerYear))).toBeLessThan(0.06);
    // Still correlated with each other: the pairs the scenario left to the catalogue.
    expect(spearman(s.tokensPerMonth, s.inferenceUtilization)).toBeGreaterThan(0.6);
    const none = samples(untagged(defaultDistributions()));
    expect(Math.abs(spearman(none.tokensPerMonth, none.inferenceUtilization))).toBeLessThan(0.06);
  });
});
