/**
 * The tornado's evaluations as chunks: item i sets one parameter to one value (its time path, if
 * any, replaced by the constant), everything else at the scenario's values, and measures the
 * SENSITIVITY_OUTPUTS (an item with no parameter measures the scenario itself). Items are independent, so any split across threads gives the same figures.
 */
import { cloneInputs, type ModelInputs } from '../engine';
import type { ParamId } from '../model/types';
import { formatNumber } from '../scenario/errors';
import { type CurveRefusals, noRefusals, type RefusedWork } from './sampled-curve';
import { SENSITIVITY_OUTPUTS, VerdictEvaluator } from './verdict-outputs';

/** One evaluation: `paramId` at `value`; paramId null: the scenario itself. */
export interface Swing {
  paramId: ParamId | null;
  value: number;
}

/** SENSITIVITY_OUTPUTS of swings start … end − 1, row-major. */
export interface SwingItems {
  start: number;
  end: number;
  outputs: Float64Array;
  /** Swings whose runs met an unusable demand-curve value (the tornado is then refused). */
  curve: CurveRefusals;
}

/** How a refusal names a swing. */
export function swingWork(swings: readonly Swing[]): RefusedWork {
  return {
    item: (i) => {
      const { paramId, value } = swings[i];
      return paramId === null ? 'the scenario itself' : `the swing of ${paramId} to ${formatNumber(value)}`;
    },
    plural: 'evaluations',
    analysis: 'the tornado',
  };
}

export class SwingJob {
  private readonly inputs: ModelInputs;
  private readonly evaluator: VerdictEvaluator;

  constructor(
    inputs: ModelInputs,
    private readonly swings: readonly Swing[],
  ) {
    // A private copy: the evaluator watches its demand curve in place. Not the runs' values: an end
    // of a swing over the slider range may be a world the reader refuses, shown as undefined.
    this.inputs = cloneInputs(inputs);
    this.evaluator = new VerdictEvaluator(this.inputs, false);
  }

  runChunk(start: number, end: number): SwingItems {
    const width = SENSITIVITY_OUTPUTS.length;
    const outputs = new Float64Array((end - start) * width);
    const curve = noRefusals();
    for (let i = start; i < end; i++) {
      const { paramId, value } = this.swings[i];
      const trial = cloneInputs(this.inputs);
      if (paramId !== null) {
        // A constant replaces a time path for the swing.
        const { [paramId]: _dropped, ...paths } = this.inputs.paths;
        trial.paths = paths;
        trial.p[paramId] = value;
      }
      this.evaluator.evaluate(trial, outputs, (i - start) * width, i, curve);
    }
    return { start, end, outputs, curve };
  }
}
