import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/types';
import { defaultScenario } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { inverseNormalCdf, normalCdf } from '../../src/uncertainty/normal';
import { QUANTILE_KEYS, QUANTILE_LEVELS } from '../../src/uncertainty/quantiles';

/**
 * Constant elasticity, the whole market on the challenger from month 0 (instant shock, full share,
 * no lag), and nothing else moving (no price decline, adoption or token growth): demand is
 * Q0 · r^(−ε) every month. With r lognormal(median m, σ) truncated to the parameter's range, demand
 * is lognormal too, and its quantile p is Q0 · q_r(1 − p)^(−ε).
 */
function knownScenario(): Scenario {
  const scenario = defaultScenario();
  Object.assign(scenario.parameters, {
    horizonMonths: 12,
    shockMonth: 0,
    challengerShareMonths: 0,
    challengerShareMax: 1,
    incumbentResponse: 0,
    priceDeclinePerYear: 1,
    tokensPerTaskGrowthPerYear: 1,
    adoptionCeiling: 1,
    demandLagMonths: 0,
    elasticity: 1.5,
  });
  scenario.demandCurve = { kind: 'constant' };
  return scenario;
}

describe('a case with a known distribution', () => {
  it('lognormal challenger price ratio → lognormal demand: p5 … p95 of tokens match the analytic quantiles', () => {
    const scenario = knownScenario();
    const [median, sigma, eps, lo, hi] = [0.04, 0.5, 1.5, 0.001, 1]; // lo, hi: the parameter's range
    const samples = 20_000;
    const r = monteCarlo(scenario, {
      samples,
      seed: 2025,
      distributions: { challengerPriceRatio: { dist: 'lognormal', median, sigma } },
    });
    const q0 = scenario.parameters.tokensPerMonth as number;
    const mu = Math.log(median);
    const pLow = normalCdf((Math.log(lo) - mu) / sigma);
    const pSpan = normalCdf((Math.log(hi) - mu) / sigma) - pLow;
    for (const key of QUANTILE_KEYS) {
      const p = QUANTILE_LEVELS[key];
      const ratioQuantile = Math.exp(mu + sigma * inverseNormalCdf(pLow + (1 - p) * pSpan));
      const analytic = q0 * ratioQuantile ** -eps;
      // Standard error of an empirical quantile of ln(tokens): εσ·√(p(1−p)/n) / φ(z_p).
      const z = inverseNormalCdf(p);
      const se =
        (eps * sigma * Math.sqrt((p * (1 - p)) / samples)) /
        (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI));
      for (let t = 0; t < 12; t++) {
        expect(Math.abs(Math.log(r.quantiles.tokens[key][t] / analytic))).toBeLessThan(4 * se + 0.004);
      }
    }
  });
});
