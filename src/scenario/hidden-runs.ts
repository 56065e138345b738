import { ALL_CHANNELS, CHANNEL_IDS, NO_CHANNELS } from '../engine/channels';
import { cloneInputs, toModelInputs } from '../engine/model-inputs';
import { runModel } from '../engine/run-model';
import { toResult, workspaceFor } from '../engine/simulate';
import type { DemandCurve, Scenario, SimulationResult } from '../model/types';
import { LABELS } from '../report/labels';
import { formatNumber, type ScenarioError } from './errors';
import { curveProblemIn, type ElasticityAt, nonFiniteProblemIn, scenarioElasticity } from './run-check';

type ExpressionCurve = Extract<DemandCurve, { kind: 'expression' }>;

export interface HiddenRunOptions {
  /** The verdict computed its decomposition (63 counterfactual runs over the base). */
  decomposition: boolean;
  /** The verdict searched the break-even elasticity (base and scenario runs at trial elasticities). */
  breakEven: boolean;
}

/** What is looked for: a demand curve the run cannot use, or a run that leaves the finite numbers. */
export type HiddenCheck = 'curve' | 'run';

function problemIn(
  check: HiddenCheck,
  curve: DemandCurve,
  run: SimulationResult,
  epsAt: ElasticityAt,
  which: string,
): ScenarioError | undefined {
  if (check === 'curve')
    return curve.kind === 'expression'
      ? curveProblemIn(curve as ExpressionCurve, run, epsAt, which)
      : undefined;
  return nonFiniteProblemIn(run, which);
}

/** "efficiency and pass-through price" for a channel set. */
function channelWords(subset: number): string {
  const words = CHANNEL_IDS.filter((_, j) => subset & (1 << j)).map((id) => LABELS.en.channels[id]);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words.join('');
}

/**
 * Runs again, one by one, the runs of a verdict that jevons() does not return — the decomposition's
 * counterfactuals, and (for the curve) the break-even search's runs at the elasticities where the
 * demand curve broke — and returns the first month at which one of them states no answer, with the
 * value and the run named: `curve`, a demand curve it cannot use; `run`, a value that is not
 * finite. Called only when the curve watch saw a break or the decomposition came out of scale, so a
 * usable scenario never pays for it. Undefined when nothing is found (a break only in a trial value of a month's clearing search, which the month's
 * answer does not use).
 */
export function hiddenRunProblem(
  check: HiddenCheck,
  scenario: Scenario,
  brokenEps: readonly number[],
  options: HiddenRunOptions,
): ScenarioError | undefined {
  const curve = scenario.demandCurve;
  const inputs = toModelInputs(scenario);
  const base = workspaceFor(inputs);
  const scratch = workspaceFor(inputs);
  if (options.decomposition) {
    runModel(inputs, NO_CHANNELS, base);
    const epsAt = scenarioElasticity(scenario);
    for (let subset = 1; subset < ALL_CHANNELS; subset++) {
      const run = toResult(scratch, runModel(inputs, subset, scratch, base));
      const problem = problemIn(
        check,
        curve,
        run,
        epsAt,
        ` of the decomposition's run with only ${channelWords(subset)} on`,
      );
      if (problem) return problem;
    }
  }
  if (options.breakEven && check === 'curve' && curve.kind === 'expression') {
    const trial = cloneInputs(inputs);
    trial.paths = { ...inputs.paths, elasticity: undefined };
    for (const eps of brokenEps) {
      trial.p.elasticity = eps;
      for (const [channels, shock] of [
        [NO_CHANNELS, 'without'],
        [ALL_CHANNELS, 'with'],
      ] as const) {
        const run = toResult(scratch, runModel(trial, channels, scratch));
        const which = ` of the break-even search's run at elasticity ${formatNumber(eps)} ${shock} the shock`;
        const problem = problemIn(check, curve, run, () => eps, which);
        if (problem) return problem;
      }
    }
  }
  return undefined;
}
