import { PARAM_IDS, type ParamId } from '../../models/schema';
import type { Scenario } from '../model/types';

/** Demand-curve codes the hot loop switches on (numbers, not strings, so the branch is cheap). */
export const CURVE = { constant: 0, reservation: 1, expression: 2 } as const;
export type CurveCode = (typeof CURVE)[keyof typeof CURVE];

/**
 * Everything a run needs, as plain numbers: the engine never sees mathjs or strings.
 * `p` holds one value per parameter in catalogue units; a parameter given as an expression of time
 * also has its sampled path (one value per month) in `paths`, and `p` holds its month-0 value.
 * Monte Carlo copies this object and overwrites fields of `p` per sample.
 */
export interface ModelInputs {
  p: Record<ParamId, number>;
  paths: Partial<Record<ParamId, Float64Array>>;
  curve: CurveCode;
  /** Only for the expression curve: demand index at relative price x for elasticity parameter eps. */
  curveFn: ((x: number, eps: number) => number) | null;
}

/** Samples expressions over the horizon and flattens a validated scenario into ModelInputs. */
export function toModelInputs(scenario: Scenario): ModelInputs {
  const horizon = scenario.parameters.horizonMonths;
  if (typeof horizon !== 'number') throw new Error('horizonMonths must be a number, not an expression');
  const p = {} as Record<ParamId, number>;
  const paths: Partial<Record<ParamId, Float64Array>> = {};
  for (const id of PARAM_IDS) {
    const value = scenario.parameters[id];
    if (typeof value === 'number') {
      p[id] = value;
      continue;
    }
    const path = new Float64Array(horizon);
    for (let t = 0; t < horizon; t++) path[t] = value.evaluate(t, t / 12);
    paths[id] = path;
    p[id] = path[0];
  }
  const curve = scenario.demandCurve;
  return {
    p,
    paths,
    curve: CURVE[curve.kind],
    curveFn: curve.kind === 'expression' ? curve.evaluate : null,
  };
}

/** A copy whose `p` can be changed without touching the original (paths are shared, read-only). */
export function cloneInputs(inputs: ModelInputs): ModelInputs {
  return { p: { ...inputs.p }, paths: inputs.paths, curve: inputs.curve, curveFn: inputs.curveFn };
}
