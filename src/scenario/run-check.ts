import { historyMonths } from '../engine/calendar';
import type { DemandCurve, Scenario, SimulationResult } from '../model/types';
import { firstNonFinite } from '../report/series-csv';
import { MAX_DEMAND_INDEX, usableDemand } from './curve-watch';
import { describeValue, formatNumber, makeError, type ScenarioError } from './errors';

type ExpressionCurve = Extract<DemandCurve, { kind: 'expression' }>;

/** The elasticity a run gives the demand curve at month index t of the run (0 = 2023-01). */
export type ElasticityAt = (t: number) => number;

/** The scenario's own elasticity by month: a number, or its expression of t (months from 2025-01). */
export function scenarioElasticity(scenario: Scenario): ElasticityAt {
  const elasticity = scenario.parameters.elasticity;
  if (typeof elasticity === 'number') return () => elasticity;
  return (t) => {
    const m = t - historyMonths();
    return elasticity.evaluate(m, m / 12);
  };
}

/**
 * The first month at which a user's demand curve, normalised by D(1) as the engine uses it, is not
 * usable in `run` (see usableDemand), as an error naming the value, the price index, the month and
 * the elasticity. `which` names a run other than the three of the verdict (" of the break-even
 * search's run at elasticity 2.6").
 */
export function curveProblemIn(
  curve: ExpressionCurve,
  run: SimulationResult,
  epsAt: ElasticityAt,
  which = '',
): ScenarioError | undefined {
  const index = run.series.priceIndex;
  for (let t = 0; t < index.length; t++) {
    if (!Number.isFinite(index[t])) return undefined;
    const eps = epsAt(t);
    const demand = curve.evaluate(index[t], eps) / curve.evaluate(1, eps);
    if (usableDemand(demand)) continue;
    const what = Number.isFinite(demand)
      ? demand < 0
        ? `gives ${formatNumber(demand)} (negative demand)`
        : `gives ${formatNumber(demand)} × the start demand, above ${formatNumber(MAX_DEMAND_INDEX)}`
      : `is ${formatNumber(demand)}`;
    return makeError(
      '$.demandCurve.expression',
      'finite',
      curve.expression,
      `demandCurve expression ${describeValue(curve.expression)} ${what} at x = ${formatNumber(index[t])} (the price index in ${run.months[t]}${which}), eps = ${formatNumber(eps)}; bound the curve, for example min(x^(-eps), 1e6)`,
    );
  }
  return undefined;
}

/** The first month at which `run` holds a value that is not a finite number. */
export function nonFiniteProblemIn(run: SimulationResult, which = ''): ScenarioError | undefined {
  const broken = firstNonFinite(run);
  if (!broken) return undefined;
  return makeError(
    '$',
    'finite',
    null,
    `the run reaches a value that is not a finite number: ${broken.series} is ${formatNumber(broken.value)} in ${broken.month}${which}; these settings push the model past what it can compute`,
  );
}

/**
 * A run that reached a value that is not a finite number, or a demand curve that overflows at a
 * price the run reaches, states no answer: this names
 * where, so the CLI and the library refuse it (exit 2, a thrown error) instead of printing NaN, null
 * cells, or a verdict computed from a curve the engine had to clip. For the runs behind the
 * break-even and the decomposition, see checkedJevons (checked-jevons.ts).
 */
export function runProblem(scenario: Scenario, runs: readonly SimulationResult[]): ScenarioError | undefined {
  const curve = scenario.demandCurve;
  if (curve.kind === 'expression') {
    const epsAt = scenarioElasticity(scenario);
    for (const run of runs) {
      const problem = curveProblemIn(curve, run, epsAt);
      if (problem) return problem;
    }
  }
  for (const run of runs) {
    const problem = nonFiniteProblemIn(run);
    if (problem) return problem;
  }
  return undefined;
}
