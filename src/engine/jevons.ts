import type { JevonsResult, Rebound, RunTotals, Scenario } from '../model/types';
import { findBreakEvenElasticity } from './break-even';
import { type ModelInputs, toModelInputs } from './model-inputs';
import { rebound } from './rebound';
import { runModel } from './run-model';
import { toResult } from './simulate';
import { createWorkspace, type Workspace } from './workspace';

export interface JevonsTotals {
  base: RunTotals;
  mechanical: RunTotals;
  scenario: RunTotals;
  rebound: { gpuHours: Rebound; gpuSpend: Rebound };
}

/**
 * The three runs behind the verdict, into caller-owned workspaces (no allocation beyond the totals):
 * base first, because the mechanical run holds tokens at the base path. Rebound is measured on
 * compute demanded, so a binding supply cap (reported as shortage) does not mask the demand response.
 */
export function jevonsTotals(
  inputs: ModelInputs,
  wsBase: Workspace,
  wsMech: Workspace,
  wsScen: Workspace,
): JevonsTotals {
  const base = runModel(inputs, 'base', wsBase);
  const mechanical = runModel(inputs, 'mechanical', wsMech, wsBase.series.tokens);
  const scenario = runModel(inputs, 'scenario', wsScen);
  return {
    base,
    mechanical,
    scenario,
    rebound: {
      gpuHours: rebound(
        base.cumulativeGpuHoursDemanded,
        mechanical.cumulativeGpuHoursDemanded,
        scenario.cumulativeGpuHoursDemanded,
      ),
      gpuSpend: rebound(
        base.cumulativeGpuSpendDemanded,
        mechanical.cumulativeGpuSpendDemanded,
        scenario.cumulativeGpuSpendDemanded,
      ),
    },
  };
}

/**
 * The Jevons verdict for a scenario: base, mechanical and scenario runs, rebound on cumulative
 * GPU-hours and GPU spend, and the elasticity at which the shock leaves GPU spend unchanged.
 */
export function jevons(scenario: Scenario, options: { breakEven?: boolean } = {}): JevonsResult {
  const inputs = toModelInputs(scenario);
  const months = inputs.p.horizonMonths;
  const wsBase = createWorkspace(months);
  const wsMech = createWorkspace(months);
  const wsScen = createWorkspace(months);
  const totals = jevonsTotals(inputs, wsBase, wsMech, wsScen);
  const start = inputs.p.startMonth;
  return {
    base: toResult(wsBase, start, totals.base),
    mechanical: toResult(wsMech, start, totals.mechanical),
    scenario: toResult(wsScen, start, totals.scenario),
    rebound: totals.rebound,
    breakEvenElasticity:
      options.breakEven === false
        ? { value: null, reason: 'not computed' }
        : findBreakEvenElasticity(inputs, wsBase, wsScen),
  };
}
