import { TIERS } from '../../models/tiers';
import type { RunTotals, Scenario, SimulationResult } from '../model/types';
import { SERIES_IDS, type Series } from '../model/types';
import { monthIndexToLabel } from '../scenario/month';
import { HISTORY_START, totalMonths } from './calendar';
import { channelsOf, NO_CHANNELS, type RunMode } from './channels';
import { type ModelInputs, toModelInputs } from './model-inputs';
import { runModel } from './run-model';
import { createWorkspace, type Workspace, withOwnSeries } from './workspace';

/** A workspace sized for these inputs' run (history + horizon months, every tier). */
export function workspaceFor(inputs: ModelInputs): Workspace {
  return createWorkspace(monthsOf(inputs), TIERS.length);
}

/**
 * A workspace kept between calls for work whose series are not handed out (the decomposition's and
 * the break-even's runs): allocated once per run length and slot, then reused.
 */
export function scratchWorkspace(inputs: ModelInputs, slot: number): Workspace {
  const months = monthsOf(inputs);
  const key = months * 16 + slot;
  let ws = SCRATCH.get(key);
  if (!ws) {
    ws = createWorkspace(months, TIERS.length);
    SCRATCH.set(key, ws);
  }
  return ws;
}
const SCRATCH = new Map<number, Workspace>();

/**
 * A workspace for one of jevons()'s three runs, whose series go out with its result: fresh series
 * (a third of a workspace's allocation), the rest kept between calls in scratch slots 3 to 5. What
 * goes out besides the series (per-tier columns) is copied (takeResult).
 */
export function handedWorkspace(inputs: ModelInputs, run: 0 | 1 | 2): Workspace {
  return withOwnSeries(scratchWorkspace(inputs, 3 + run));
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
  return withTiers(ws, series, totals);
}

/**
 * The result of a run in a workspace that is not used again: its series are handed over, not
 * copied (jevons() runs its three verdict runs in workspaces of their own for this).
 */
export function takeResult(ws: Workspace, totals: RunTotals): SimulationResult {
  return withTiers(ws, ws.series, totals);
}

function withTiers(ws: Workspace, series: Series, totals: RunTotals): SimulationResult {
  const tokensByTier: Record<string, Float64Array> = {};
  const listPriceByTier: Record<string, Float64Array> = {};
  const marginalCostByTier: Record<string, Float64Array> = {};
  TIERS.forEach((tier, i) => {
    tokensByTier[tier.id] = column(ws.tokensByTier, ws.tiers, i, ws.months);
    listPriceByTier[tier.id] = column(ws.listPriceByTier, ws.tiers, i, ws.months);
    marginalCostByTier[tier.id] = column(ws.record.cost, ws.tiers, i, ws.months);
  });
  const tiers = TIERS.map((t) => t.id);
  return {
    months: monthLabels(ws.months),
    series,
    tiers,
    tokensByTier,
    listPriceByTier,
    marginalCostByTier,
    totals,
  };
}

/** Month labels from the history start; formatted once per run length, a fresh array each call. */
const LABELS: string[] = [];
function monthLabels(months: number): string[] {
  for (let t = LABELS.length; t < months; t++) LABELS.push(monthIndexToLabel(HISTORY_START + t));
  return LABELS.slice(0, months);
}

function column(matrix: Float64Array, width: number, i: number, rows: number): Float64Array {
  const out = new Float64Array(rows);
  for (let t = 0; t < rows; t++) out[t] = matrix[t * width + i];
  return out;
}
