import { TIERS } from '../../models/tiers';
import type { RunTotals, Scenario, SimulationResult } from '../model/types';
import { SERIES_IDS, type Series } from '../model/types';
import { monthIndexToLabel } from '../scenario/month';
import { HISTORY_START, totalMonths } from './calendar';
import { channelsOf, NO_CHANNELS, type RunMode } from './channels';
import { type ModelInputs, toModelInputs } from './model-inputs';
import { runModel } from './run-model';
import { createWorkspace, type Workspace } from './workspace';

/** A workspace sized for these inputs' run (history + horizon months, every tier). */
export function workspaceFor(inputs: ModelInputs): Workspace {
  return createWorkspace(monthsOf(inputs), TIERS.length);
}

function monthsOf(inputs: ModelInputs): number {
  return totalMonths(inputs.p.horizonMonths);
}

/**
 * Runs a scenario once. `mode` 'base' switches the DeepSeek shock off; 'mechanical' keeps only its
 * engineering saving (it runs the base first, whose paths it follows). Series are monthly from the
 * history start (2023-01), in the units of SERIES_UNITS.
 */
export function simulate(scenario: Scenario, mode: RunMode = 'scenario'): SimulationResult {
  const inputs = toModelInputs(scenario);
  const ws = workspaceFor(inputs);
  if (mode === 'scenario' || mode === 'base') return toResult(ws, runModel(inputs, channelsOf(mode), ws));
  const base = workspaceFor(inputs);
  runModel(inputs, NO_CHANNELS, base);
  return toResult(ws, runModel(inputs, channelsOf(mode), ws, base));
}

/** Copies a workspace into an independent result (the workspace may be reused afterwards). */
export function toResult(ws: Workspace, totals: RunTotals): SimulationResult {
  const series = {} as Series;
  for (const id of SERIES_IDS) series[id] = ws.series[id].slice();
  const months = new Array<string>(ws.months);
  for (let t = 0; t < ws.months; t++) months[t] = monthIndexToLabel(HISTORY_START + t);
  const tokensByTier: Record<string, Float64Array> = {};
  const listPriceByTier: Record<string, Float64Array> = {};
  const marginalCostByTier: Record<string, Float64Array> = {};
  TIERS.forEach((tier, i) => {
    tokensByTier[tier.id] = column(ws.tokensByTier, ws.tiers, i, ws.months);
    listPriceByTier[tier.id] = column(ws.listPriceByTier, ws.tiers, i, ws.months);
    marginalCostByTier[tier.id] = column(ws.record.cost, ws.tiers, i, ws.months);
  });
  const tiers = TIERS.map((t) => t.id);
  return { months, series, tiers, tokensByTier, listPriceByTier, marginalCostByTier, totals };
}

function column(matrix: Float64Array, width: number, i: number, rows: number): Float64Array {
  const out = new Float64Array(rows);
  for (let t = 0; t < rows; t++) out[t] = matrix[t * width + i];
  return out;
}
