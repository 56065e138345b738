import type { ParamId } from '../../models/schema';
import { BASES, type Basis, type Scenario } from '../model/types';
import { jevonsRuns } from './jevons';
import { cloneInputs, toModelInputs } from './model-inputs';
import { workspaceFor } from './simulate';
import { verdictHorizons, windowTotal } from './windows';

export interface BasisPath {
  /** Totals over the run after the shock, one per swept value, in the basis's unit. */
  base: Float64Array;
  mechanical: Float64Array;
  scenario: Float64Array;
  /** Rebound per value; NaN where it is undefined (callers must show that in words). */
  rebound: Float64Array;
}

export interface SweepResult {
  paramId: ParamId;
  values: Float64Array;
  /** Months after the shock the totals cover (to the end of the run). */
  horizonMonths: number;
  bases: Record<Basis, BasisPath>;
}

/**
 * Runs the scenario's three Jevons variants for each value of one parameter (a constant replaces a
 * time-varying path). Workspaces are allocated once for the whole sweep.
 */
export function sweep(scenario: Scenario, paramId: ParamId, values: ArrayLike<number>): SweepResult {
  const inputs = cloneInputs(toModelInputs(scenario));
  if (paramId === 'horizonMonths')
    throw new Error('sweep: horizonMonths cannot be swept (it sets the series length)');
  inputs.paths = { ...inputs.paths, [paramId]: undefined };
  const n = values.length;
  const wsBase = workspaceFor(inputs);
  const wsMech = workspaceFor(inputs);
  const wsScen = workspaceFor(inputs);
  const bases = {} as Record<Basis, BasisPath>;
  for (const basis of BASES) {
    bases[basis] = {
      base: new Float64Array(n),
      mechanical: new Float64Array(n),
      scenario: new Float64Array(n),
      rebound: new Float64Array(n),
    };
  }
  let horizonMonths = 0;
  for (let i = 0; i < n; i++) {
    inputs.p[paramId] = values[i];
    const runs = jevonsRuns(inputs, wsBase, wsMech, wsScen);
    horizonMonths = verdictHorizons(wsScen.months, inputs.p.shockMonth).at(-1) ?? 0;
    for (const basis of BASES) {
      const path = bases[basis];
      path.base[i] = windowTotal(wsBase.series, basis, inputs.p.shockMonth, horizonMonths);
      path.mechanical[i] = windowTotal(wsMech.series, basis, inputs.p.shockMonth, horizonMonths);
      path.scenario[i] = windowTotal(wsScen.series, basis, inputs.p.shockMonth, horizonMonths);
      const verdict = runs.verdicts.find((v) => v.basis === basis && v.horizonMonths === horizonMonths);
      path.rebound[i] = verdict?.value ?? Number.NaN;
    }
  }
  return { paramId, values: Float64Array.from(values), horizonMonths, bases };
}

/** `count` evenly spaced values from `from` to `to` inclusive. */
export function linspace(from: number, to: number, count: number): Float64Array {
  const out = new Float64Array(count);
  if (count === 1) out[0] = from;
  else {
    for (let i = 0; i < count; i++) out[i] = from + ((to - from) * i) / (count - 1);
    // The last value is `to` exactly, not `to` plus a rounding error that leaves the range.
    out[count - 1] = to;
  }
  return out;
}
