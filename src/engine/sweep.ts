import type { ParamId } from '../../models/schema';
import type { Scenario } from '../model/types';
import { jevonsTotals } from './jevons';
import { cloneInputs, toModelInputs } from './model-inputs';
import { createWorkspace } from './workspace';

export interface TotalsPath {
  /** Cumulative GPU spend demanded over the window, USD, one per swept value. */
  gpuSpend: Float64Array;
  /** Cumulative GPU-hours demanded, one per swept value. */
  gpuHours: Float64Array;
}

export interface SweepResult {
  paramId: ParamId;
  values: Float64Array;
  scenario: TotalsPath;
  base: TotalsPath;
  mechanical: TotalsPath;
  /** Rebound on GPU spend per value; NaN where it is undefined (callers must show that in words). */
  reboundGpuSpend: Float64Array;
}

function totalsPath(n: number): TotalsPath {
  return { gpuSpend: new Float64Array(n), gpuHours: new Float64Array(n) };
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
  const months = inputs.p.horizonMonths;
  const wsBase = createWorkspace(months);
  const wsMech = createWorkspace(months);
  const wsScen = createWorkspace(months);
  const result: SweepResult = {
    paramId,
    values: Float64Array.from(values),
    scenario: totalsPath(n),
    base: totalsPath(n),
    mechanical: totalsPath(n),
    reboundGpuSpend: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    inputs.p[paramId] = values[i];
    const totals = jevonsTotals(inputs, wsBase, wsMech, wsScen);
    result.scenario.gpuSpend[i] = totals.scenario.cumulativeGpuSpendDemanded;
    result.scenario.gpuHours[i] = totals.scenario.cumulativeGpuHoursDemanded;
    result.base.gpuSpend[i] = totals.base.cumulativeGpuSpendDemanded;
    result.base.gpuHours[i] = totals.base.cumulativeGpuHoursDemanded;
    result.mechanical.gpuSpend[i] = totals.mechanical.cumulativeGpuSpendDemanded;
    result.mechanical.gpuHours[i] = totals.mechanical.cumulativeGpuHoursDemanded;
    result.reboundGpuSpend[i] = totals.rebound.gpuSpend.value ?? Number.NaN;
  }
  return result;
}

/** `count` evenly spaced values from `from` to `to` inclusive. */
export function linspace(from: number, to: number, count: number): Float64Array {
  const out = new Float64Array(count);
  if (count === 1) out[0] = from;
  else for (let i = 0; i < count; i++) out[i] = from + ((to - from) * i) / (count - 1);
  return out;
}
