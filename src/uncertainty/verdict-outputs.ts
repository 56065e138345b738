/**
 * The figures sensitivity analyses measure, read off one evaluation of the Jevons verdict, all over
 * the window of the headline verdict (from the shock to the run's end): the change the shock makes
 * to served compute and to capex, (C_scen − C_base)/C_base, and the rebound on served compute (the
 * headline; above 1 = backfire). NaN where a figure is undefined.
 */
import { jevonsRuns, type ModelInputs, verdictHorizons, type Workspace, workspaceFor } from '../engine';
import type { SampleOutputId } from './monte-carlo-types';
import { type CurveRefusals, SampledCurveWatch } from './sampled-curve';
import { emptyFigures, endFigures } from './verdict-figures';

export const SENSITIVITY_OUTPUTS = ['changeServedCompute', 'changeCapex', 'reboundServedCompute'] as const;
export type SensitivityOutputId = (typeof SENSITIVITY_OUTPUTS)[number] & SampleOutputId;

/**
 * Evaluates the verdict of trial inputs into three preallocated workspaces. The trials' demand
 * curve is `inputs`' (its function, watched: sampled-curve.ts), so every trial must be a copy of
 * `inputs` (cloneInputs) or `inputs` itself with other values.
 */
export class VerdictEvaluator {
  private readonly ws: [Workspace, Workspace, Workspace];
  private readonly figures = emptyFigures();
  private readonly watch: SampledCurveWatch;

  /**
   * Workspaces sized for `inputs`' window (every trial must share its horizon); its curve is watched
   * in place, and the runs' values unless `watchValues` is false (see SampledCurveWatch).
   */
  constructor(inputs: ModelInputs, watchValues = true) {
    this.ws = [workspaceFor(inputs), workspaceFor(inputs), workspaceFor(inputs)];
    this.watch = new SampledCurveWatch(inputs, watchValues);
  }

  /**
   * Writes the SENSITIVITY_OUTPUTS of `trial` into out[offset …]; an evaluation whose runs meet an
   * unusable demand-curve value (or, when watched, a value that is not finite) is counted into
   * `refused` as item `index`.
   */
  evaluate(
    trial: ModelInputs,
    out: Float64Array,
    offset: number,
    index: number,
    refused: CurveRefusals,
  ): void {
    const runs = jevonsRuns(trial, this.ws[0], this.ws[1], this.ws[2]);
    this.watch.record(index, trial, this.ws, refused);
    const end = verdictHorizons(this.ws[2].months, trial.p.shockMonth).at(-1);
    const served = endFigures(runs, 'servedCompute', end, this.figures);
    out[offset] = served.change;
    out[offset + 2] = served.rebound;
    out[offset + 1] = endFigures(runs, 'capex', end, this.figures).change;
  }
}
