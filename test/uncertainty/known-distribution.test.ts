import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models';
import { shockIndex } from '../../src/engine';
import type { Scenario } from '../../src/model/types';
import { scenarioFromValues } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { inverseNormalCdf, normalCdf } from '../../src/uncertainty/normal';
import { QUANTILE_KEYS, QUANTILE_LEVELS } from '../../src/uncertainty/quantiles';

/**
 * The textbook world (one tier, compute at a constant cost and the only cost, no growth, no lag,
 * prices that follow cost at once) with the whole market on the efficient models from the shock
 * month (full share, at once): compute per token is ρ = challengerFlopsRatio times the base, so
 * the price of a task is ρ times the base, and demand is Q0 · ρ^(−ε) every month from the shock.
 * With ρ lognormal(median m, σ) truncated to the parameter's range, tokens are lognormal too, and
 * their quantile p is Q0 · q_ρ(1 − p)^(−ε).
 */
function knownScenario(): Scenario {
  return scenarioFromValues(
    { horizonMonths: 12, shockMonth: 0, challengerShareMax: 1, elasticity: 1.5, trainingGpuHoursPerMonth: 0 },
    { extends: 'textbook' },
  );
}

describe('a case with a known distribution', { timeout: 60_000 }, () => {
  it('lognormal compute per token → lognormal demand: p5 … p95 of tokens served match the analytic quantiles', () => {
    const scenario = knownScenario();
    const { min: lo, max: hi } = parameterById.challengerFlopsRatio;
    const [median, sigma, eps] = [0.2, 0.5, 1.5];
    const samples = 4000;
    const r = monteCarlo(scenario, {
      samples,
      seed: 2025,
      distributions: { challengerFlopsRatio: { dist: 'lognormal', median, sigma } },
    });
    const q0 = scenario.parameters.tokensPerMonth as number;
    const mu = Math.log(median);
    const pLow = normalCdf((Math.log(lo) - mu) / sigma);
    const pSpan = normalCdf((Math.log(hi) - mu) / sigma) - pLow;
    const from = shockIndex(0);
    // Before the shock nothing is uncertain: every band is the start level.
    for (const key of QUANTILE_KEYS) expect(r.quantiles.tokensServed![key][from - 1] / q0).toBeCloseTo(1, 12);
    for (const key of QUANTILE_KEYS) {
      const p = QUANTILE_LEVELS[key];
      const ratioQuantile = Math.exp(mu + sigma * inverseNormalCdf(pLow + (1 - p) * pSpan));
      const analytic = q0 * ratioQuantile ** -eps;
      // Standard error of an empirical quantile of ln(tokens): εσ·√(p(1−p)/n) / φ(z_p), plus the
      // histogram's bucket (under 0.2 % relative: RELATIVE_ERROR).
      const z = inverseNormalCdf(p);
      const se =
        (eps * sigma * Math.sqrt((p * (1 - p)) / samples)) /
        (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI));
      for (let t = from; t < r.months.length; t++) {
        expect(Math.abs(Math.log(r.quantiles.tokensServed![key][t] / analytic))).toBeLessThan(4 * se + 0.004);
      }
    }
  });
});
