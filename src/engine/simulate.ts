import { monthIndexToLabel } from '../scenario/month';
import {
  type RunMode,
  type RunTotals,
  SERIES_IDS,
  type Scenario,
  type Series,
  type SimulationResult,
} from '../model/types';
import { toModelInputs } from './model-inputs';
import { runModel } from './run-model';
import { createWorkspace, type Workspace } from './workspace';

/**
 * Runs a scenario once. `mode` 'base' switches the DeepSeek shock off; 'mechanical' keeps the shock
 * but holds tokens at the base path (it runs the base first to get them).
 * Series are monthly, in the units of SERIES_UNITS.
 */
export function simulate(scenario: Scenario, mode: RunMode = 'scenario'): SimulationResult {
  const inputs = toModelInputs(scenario);
  const ws = createWorkspace(inputs.p.horizonMonths);
  let baseTokens: Float64Array | undefined;
  if (mode === 'mechanical') {
    runModel(inputs, 'base', ws);
    baseTokens = ws.series.tokens.slice();
  }
  const totals = runModel(inputs, mode, ws, baseTokens);
  return toResult(ws, inputs.p.startMonth, totals);
}

/** Copies a workspace into an independent result (the workspace may be reused afterwards). */
export function toResult(ws: Workspace, startMonth: number, totals: RunTotals): SimulationResult {
  const series = {} as Series;
  for (const id of SERIES_IDS) series[id] = ws.series[id].slice();
  const months = new Array<string>(ws.months);
  for (let t = 0; t < ws.months; t++) months[t] = monthIndexToLabel(startMonth + t);
  return { months, series, totals };
}
