import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../src/model/types';
import { parseScenario } from '../../src/scenario/parse';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { compileDistribution, type ParamBounds } from '../../src/uncertainty/distributions';
import { checkedDistributions } from '../../src/uncertainty/checked-distributions';
import { UncertaintyInputError } from '../../src/uncertainty/errors';
import { monteCarlo } from '../../src/uncertainty';
import { normalCdf } from '../../src/uncertainty/normal';
import { createPrng } from '../../src/uncertainty/prng';

const WIDE: ParamBounds = { min: -1e9, max: 1e9 };
const N = 100_000;

function draw(dist: Distribution, bounds: ParamBounds = WIDE, seed = 11): Float64Array {
  const compiled = compileDistribution(dist, bounds);
  const prng = createPrng(seed);
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) out[i] = compiled.quantile(prng.uniform());
  return out;
}

function moments(values: Float64Array): { mean: number; variance: number; min: number; max: number } {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return { mean, variance: ss / (values.length - 1), min: Math.min(...values), max: Math.max(...values) };
}

/** |sample mean − μ| within 5 standard errors: fails by chance about once in 3 million seeds. */
function expectMean(values: Float64Array, mean: number, variance: number): void {
  expect(Math.abs(moments(values).mean - mean)).toBeLessThan(5 * Math.sqrt(variance / values.length));
}

/** Sample variance of 100,000 draws has a relative standard error near 0.5 %: allow 2.5 %. */
function expectVariance(sample: number, variance: number): void {
  expect(Math.abs(sample / variance - 1)).toBeLessThan(0.025);
}

describe('sampling by inverse CDF', () => {
  it('uniform: mean (a+b)/2, variance (b−a)²/12, inside [a, b]', () => {
    const v = draw({ dist: 'uniform', min: 2, max: 5 });
    const m = moments(v);
    expectMean(v, 3.5, 9 / 12);
    expectVariance(m.variance, 9 / 12);
    expect(m.min).toBeGreaterThanOrEqual(2);
    expect(m.max).toBeLessThanOrEqual(5);
  });

  it('triangular: mean (a+b+c)/3 and variance (a²+b²+c²−ab−ac−bc)/18', () => {
    const [a, c, b] = [1, 2, 6];
    const v = draw({ dist: 'triangular', min: a, mode: c, max: b });
    const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    expectMean(v, (a + b + c) / 3, variance);
    expectVariance(moments(v).variance, variance);
  });

  it('normal, untruncated: mean and variance', () => {
    const v = draw({ dist: 'normal', mean: 10, sd: 2 });
    expectMean(v, 10, 4);
    expectVariance(moments(v).variance, 4);
  });

  it('normal truncated to the parameter range: inside it, with the truncated mean', () => {
    // N(0.5, 1) on [0, 2]: mean = μ + σ(φ(α) − φ(β)) / (Φ(β) − Φ(α)).
    const v = draw({ dist: 'normal', mean: 0.5, sd: 1 }, { min: 0, max: 2 });
    const pdf = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    const [alpha, beta] = [-0.5, 1.5];
    const z = normalCdf(beta) - normalCdf(alpha);
    const mean = 0.5 + (pdf(alpha) - pdf(beta)) / z;
    const variance = 1 + (alpha * pdf(alpha) - beta * pdf(beta)) / z - ((pdf(alpha) - pdf(beta)) / z) ** 2;
    const m = moments(v);
    expect(m.min).toBeGreaterThanOrEqual(0);
    expect(m.max).toBeLessThanOrEqual(2);
    expectMean(v, mean, variance);
    expectVariance(m.variance, variance);
  });

  it('a normal whose range is far in its tail still samples inside the range, finitely', () => {
    const v = draw({ dist: 'normal', mean: 0, sd: 0.01 }, { min: 0, max: 1 });
    const m = moments(v);
    expect(Number.isFinite(m.mean)).toBe(true);
    expect(m.min).toBeGreaterThanOrEqual(0);
    expect(m.max).toBeLessThan(0.06);
  });

  it('lognormal: E[ln X] = ln median, sd of ln X = sigma; truncated lognormal stays in range', () => {
    const v = draw({ dist: 'lognormal', median: 3, sigma: 0.5 }, { min: 1e-9, max: 1e9 });
    const logs = v.map(Math.log);
    expectMean(logs, Math.log(3), 0.25);
    expect(Math.sqrt(moments(logs).variance)).toBeCloseTo(0.5, 2);
    const t = moments(draw({ dist: 'lognormal', median: 1, sigma: 2 }, { min: 0.5, max: 4 }));
    expect(t.min).toBeGreaterThanOrEqual(0.5);
    expect(t.max).toBeLessThanOrEqual(4);
  });

  it('fixed returns its value; integer parameters get whole numbers', () => {
    expect(compileDistribution({ dist: 'fixed', value: 4 }, WIDE).quantile(0.3)).toBe(4);
    const months = draw({ dist: 'uniform', min: 0, max: 12 }, { min: 0, max: 24, integer: true });
    expect(months.every(Number.isInteger)).toBe(true);
  });

  it('is monotone in u, as an inverse CDF must be', () => {
    const q = compileDistribution({ dist: 'triangular', min: 0, mode: 1, max: 3 }, WIDE);
    let previous = Number.NEGATIVE_INFINITY;
    for (let u = 0.001; u < 1; u += 0.001) {
      const x = q.quantile(u);
      expect(x).toBeGreaterThanOrEqual(previous);
      previous = x;
    }
  });
});

/** The problems the library's `distributions` option gets, or [] when it is accepted. */
function optionProblems(distributions: unknown): string[] {
  try {
    checkedDistributions({ distributions } as never);
    return [];
  } catch (error) {
    if (error instanceof UncertaintyInputError) return [...error.problems];
    throw error;
  }
}

/** The messages the scenario reader gives the same `distributions` in a scenario file. */
function readerMessages(distributions: unknown): string[] {
  const read = parseScenario({ name: 'd', distributions });
  return read.ok ? [] : read.errors.map((e) => e.message);
}

describe("the library's distributions option is read by the scenario reader", () => {
  it('accepts each family within the range', () => {
    for (const d of [
      { dist: 'fixed', value: 1 },
      { dist: 'uniform', min: 0.1, max: 3 },
      { dist: 'triangular', min: 0.1, mode: 1, max: 2 },
      { dist: 'normal', mean: 1, sd: 3 },
      { dist: 'lognormal', median: 1, sigma: 1 },
    ]) {
      expect(optionProblems({ elasticity: d })).toEqual([]);
    }
  });

  it("gives the reader's own message for every rule: one validator, not two", () => {
    const cases: unknown[] = [
      { dist: 'gamma' },
      { dist: 'normal', mean: 1, sd: -2 },
      { dist: 'uniform', min: 3, max: 1 },
      { dist: 'uniform', min: -1, max: 1 },
      { dist: 'triangular', min: 0.1, mode: 3, max: 2 },
      { dist: 'lognormal', median: 0, sigma: 1 },
      { dist: 'normal', mean: null, sd: 1 },
      { dist: 'normal', mean: 1, sd: 1, max: 3 },
      { dist: 'normal', mean: 99, sd: 1 },
      3,
    ];
    for (const d of cases) {
      const problems = optionProblems({ elasticity: d });
      const messages = readerMessages({ elasticity: d });
      expect(messages.length).toBeGreaterThan(0);
      expect(problems).toEqual(messages.map((m) => expect.stringContaining(m) as unknown as string));
      // Each names the path of the field under `distributions`.
      for (const p of problems) expect(p).toMatch(/^distributions\.elasticity/);
    }
  });

  it('names an unknown parameter with a suggestion, and reads values with units as the reader does', () => {
    expect(optionProblems({ elasticty: { dist: 'fixed', value: 1 } })[0]).toMatch(
      /distributions\.elasticty: .*unknown parameter id 'elasticty'.*elasticity/,
    );
    const read = checkedDistributions({
      distributions: { rentalPriceFloor: { dist: 'uniform', min: '0.5 USD/GPUh', max: '1 USD/GPUh' } },
    } as never) as { distributions: Record<string, unknown> };
    expect(read.distributions.rentalPriceFloor).toEqual({ dist: 'uniform', min: 0.5, max: 1 });
  });

  it('monteCarlo (the library entry) refuses a bad distribution with that message', () => {
    const scenario = scenarioFromPreset('deepseek-shock');
    const run = () =>
      monteCarlo(scenario, {
        samples: 2,
        seed: 1,
        distributions: { elasticity: { dist: 'normal', mean: 99, sd: 1 } },
      });
    expect(run).toThrow(UncertaintyInputError);
    expect(run).toThrow(readerMessages({ elasticity: { dist: 'normal', mean: 99, sd: 1 } })[0]);
  });
});
