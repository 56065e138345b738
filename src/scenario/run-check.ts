import { historyMonths } from '../engine/calendar';
import type { Scenario, SimulationResult } from '../model/types';
import { firstNonFinite } from '../report/series-csv';
import { describeValue, formatNumber, makeError, type ScenarioError } from './errors';

/**
 * Largest demand index a user's curve may give at a price the run reaches: a trillion times the start
 * demand is past any physical meaning (tokens per person per day beyond 10^17) and is where a curve
 * like x^(−75) is on its way to overflowing.
 */
export const MAX_DEMAND_INDEX = 1e12;

/** The first month at which a user's demand curve, normalised by D(1) as the engine uses it, is not usable. */
function curveProblem(scenario: Scenario, run: SimulationResult): ScenarioError | undefined {
  const curve = scenario.demandCurve;
  if (curve.kind !== 'expression') return undefined;
  const index = run.series.priceIndex;
  const elasticity = scenario.parameters.elasticity;
  for (let t = 0; t < index.length; t++) {
    if (!Number.isFinite(index[t])) return undefined;
    // Expressions read t in months from 2025-01; runs start earlier.
    const m = t - historyMonths();
    const eps = typeof elasticity === 'number' ? elasticity : elasticity.evaluate(m, m / 12);
    const demand = curve.evaluate(index[t], eps) / curve.evaluate(1, eps);
    if (Number.isFinite(demand) && demand >= 0 && demand <= MAX_DEMAND_INDEX) continue;
    const what = Number.isFinite(demand)
      ? demand < 0
        ? `gives ${formatNumber(demand)} (negative demand)`
        : `gives ${formatNumber(demand)} × the start demand, above ${formatNumber(MAX_DEMAND_INDEX)}`
      : `is ${formatNumber(demand)}`;
    return makeError(
      '$.demandCurve.expression',
      'finite',
      curve.expression,
      `demandCurve expression ${describeValue(curve.expression)} ${what} at x = ${formatNumber(index[t])} (the price index in ${run.months[t]}), eps = ${formatNumber(eps)}; bound the curve, for example min(x^(-eps), 1e6)`,
    );
  }
  return undefined;
}

/**
 * A run that reached a value that is not a finite number, or a demand curve that overflows at a
 * price the run reaches, states no answer: this names where, so the CLI and the library refuse it
 * (exit 2, a thrown error) instead of printing NaN, null cells, or a verdict computed from a curve
 * the engine had to clip.
 */
export function runProblem(scenario: Scenario, runs: readonly SimulationResult[]): ScenarioError | undefined {
  for (const run of runs) {
    const curve = curveProblem(scenario, run);
    if (curve) return curve;
  }
  for (const run of runs) {
    const broken = firstNonFinite(run);
    if (!broken) continue;
    return makeError(
      '$',
      'finite',
      null,
      `the run reaches a value that is not a finite number: ${broken.series} is ${formatNumber(broken.value)} in ${broken.month}; these settings push the model past what it can compute`,
    );
  }
  return undefined;
}
