import { historyMonths } from '../engine/calendar';
import type { Scenario, SimulationResult } from '../model/types';
import { firstNonFinite } from '../report/series-csv';
import { describeValue, formatNumber, makeError, type ScenarioError } from './errors';

/**
 * A run that reached a value that is not a finite number states no answer: this names where, so the
 * CLI and the library refuse it (exit 2, a thrown error) instead of printing NaN, null cells or a
 * verdict computed from them. With a demand-curve expression, the usual cause, it names the month and
 * the relative price at which the curve stops giving a finite demand.
 */
export function runProblem(scenario: Scenario, runs: readonly SimulationResult[]): ScenarioError | undefined {
  for (const run of runs) {
    const broken = firstNonFinite(run);
    if (!broken) continue;
    const curve = scenario.demandCurve;
    if (curve.kind === 'expression') {
      const index = run.series.priceIndex;
      const elasticity = scenario.parameters.elasticity;
      for (let t = 0; t < index.length && Number.isFinite(index[t]); t++) {
        // Expressions read t in months from 2025-01; runs start 24 months earlier.
        const m = t - historyMonths();
        const eps = typeof elasticity === 'number' ? elasticity : elasticity.evaluate(m, m / 12);
        const demand = curve.evaluate(index[t], eps);
        if (Number.isFinite(demand) && demand >= 0 && demand < 1e150) continue;
        return makeError(
          '$.demandCurve.expression',
          'finite',
          curve.expression,
          `demandCurve expression ${describeValue(curve.expression)} gives ${formatNumber(demand)} at x = ${formatNumber(index[t])} (the price index in ${run.months[t]}), eps = ${formatNumber(eps)}: the run cannot continue from there; bound the curve (for example min(x^(-eps), 1e6))`,
        );
      }
    }
    return makeError(
      '$',
      'finite',
      null,
      `the run reaches a value that is not a finite number: ${broken.series} is ${formatNumber(broken.value)} in ${broken.month}; these settings push the model past what it can compute`,
    );
  }
  return undefined;
}
