/**
 * The elasticity sweep behind the Jevons curve, with the user's demand curve watched (issue 11.3):
 * the sweep visits the slider's whole range, so a curve that is usable at the scenario's elasticity
 * may overflow at a steeper one, where the engine clips it to 0 and the point would be a number
 * computed from a curve it could not use. Such points leave the curve (NaN: the chart draws no
 * point there, as for an undefined rebound), and the notice says which and why, with the month and
 * the value of the first, in the words of the CLI's refusal.
 */
import { simulate } from '../../src/engine/simulate';
import { type SweepResult, sweep } from '../../src/engine/sweep';
import { formatNumber } from '../../src/scenario/errors';
import type { Scenario } from '../../src/model/types';
import { watchCurve } from '../../src/scenario/curve-watch';
import { runProblem } from '../../src/scenario/run-check';

export function checkedSweep(
  scenario: Scenario,
  values: Float64Array,
): { result: SweepResult; notice: string | null } {
  const watch = watchCurve(scenario);
  const result = sweep(watch.scenario, 'elasticity', values);
  const broken = new Set(watch.brokenAt());
  if (broken.size === 0) return { result, notice: null };
  const left: number[] = [];
  let first: string | null = null;
  values.forEach((eps, i) => {
    if (!broken.has(eps)) return;
    // The watch also sees a clearing search's trial values; the runs themselves say whether the
    // point used an unusable value.
    const at: Scenario = { ...scenario, parameters: { ...scenario.parameters, elasticity: eps } };
    const problem = runProblem(at, [
      simulate(at, 'base'),
      simulate(at, 'mechanical'),
      simulate(at, 'scenario'),
    ]);
    if (!problem) return;
    first ??= problem.message;
    left.push(eps);
    for (const path of Object.values(result.bases)) {
      path.base[i] = Number.NaN;
      path.mechanical[i] = Number.NaN;
      path.scenario[i] = Number.NaN;
      path.rebound[i] = Number.NaN;
    }
  });
  if (left.length === 0) return { result, notice: null };
  const range =
    left.length === 1
      ? formatNumber(left[0])
      : `${formatNumber(Math.min(...left))} to ${formatNumber(Math.max(...left))} (${left.length} points)`;
  return {
    result,
    notice: `the Jevons curve leaves out elasticity ${range}: there the runs state no answer (${first})`,
  };
}
