import {
  BASES,
  type HorizonVerdict,
  type JevonsResult,
  type Rebound,
  type RunTotals,
  type Scenario,
} from '../model/types';
import { findBreakEvenElasticity } from './break-even';
import { shockIndex } from './calendar';
import { ALL_CHANNELS, MECHANICAL_CHANNELS, NO_CHANNELS } from './channels';
import { decompose } from './decomposition';
import { type ModelInputs, toModelInputs } from './model-inputs';
import { rebound } from './rebound';
import { runModel } from './run-model';
import { handedWorkspace, scratchWorkspace, takeResult } from './simulate';
import { warningsFor } from './warnings';
import { sumFromShock, verdictHorizons, windowTotal } from './windows';
import type { Workspace } from './workspace';

const MEASURE = { servedCompute: 'compute', computeValue: 'compute value', capex: 'capex' } as const;

export interface JevonsRuns {
  base: RunTotals;
  mechanical: RunTotals;
  scenario: RunTotals;
  verdicts: HorizonVerdict[];
  demandedDiagnostic: Rebound;
}

/**
 * The three runs behind the verdict into caller-owned workspaces — base first, because the
 * mechanical run follows its paths and both other runs continue it from the shock month — and the
 * verdict at every horizon and basis.
 */
export function jevonsRuns(
  inputs: ModelInputs,
  wsBase: Workspace,
  wsMech: Workspace,
  wsScen: Workspace,
): JevonsRuns {
  const base = runModel(inputs, NO_CHANNELS, wsBase);
  const mechanical = runModel(inputs, MECHANICAL_CHANNELS, wsMech, wsBase);
  const scenario = runModel(inputs, ALL_CHANNELS, wsScen, wsBase);
  const shockMonth = inputs.p.shockMonth;
  const verdicts: HorizonVerdict[] = [];
  for (const horizonMonths of verdictHorizons(wsScen.months, shockMonth)) {
    for (const basis of BASES) {
      const total = (ws: Workspace): number => windowTotal(ws.series, basis, shockMonth, horizonMonths);
      const verdict: HorizonVerdict = {
        horizonMonths,
        basis,
        ...rebound(total(wsBase), total(wsMech), total(wsScen), MEASURE[basis]),
      };
      // Capex is deliveries × list price × the premium the orders paid. Where the shock saves compute
      // but both runs hold deliveries and price at their limits, the shock cannot move capex,
      // whatever the mechanical run saved: R would be 1 (or undefined) by construction, not by
      // anyone's choice — said as such, not classified. (A shock that saves no compute at all keeps
      // its own reason, 'no-saving'.)
      const savesCompute = (): boolean =>
        verdicts.find((v) => v.horizonMonths === horizonMonths && v.basis === 'servedCompute')?.reasonCode !==
        'no-saving';
      if (
        basis === 'capex' &&
        verdict.reasonCode !== 'not-finite' &&
        savesCompute() &&
        pinnedAtSupplyLimits(wsBase, wsScen, inputs, horizonMonths)
      ) {
        verdict.value = null;
        verdict.verdict = 'undefined';
        verdict.reasonCode = 'at-supply-ceiling';
        verdict.reason = `GPU deliveries sit at the chip-supply ceiling (CoWoS packaging, HBM, power) with and without the shock over this window, and the GPUs delivered were ordered before the shock or at the GPU price's cap (${inputs.p.gpuScarcityPremiumMax}× the list price, gpuScarcityPremiumMax) in both runs: both runs buy the same GPUs at the same price, so capex cannot move. The shock shows in what compute rents for instead (see compute value); a higher cap lets the GPU price, and so capex, answer it`;
      }
      verdicts.push(verdict);
    }
  }
  const demanded = (ws: Workspace): number => sumFromShock(ws.series.demandedHours, shockMonth, ws.months);
  return {
    base,
    mechanical,
    scenario,
    verdicts,
    demandedDiagnostic: rebound(demanded(wsBase), demanded(wsMech), demanded(wsScen), 'compute demanded'),
  };
}

/**
 * True when, in nine months of ten of the window, the base and the scenario run pay the same for the
 * same GPUs: deliveries at the supply ceiling in both, each either ordered before the shock (the runs
 * are one run until then) or at the most the scarcity premium allows in both.
 */
function pinnedAtSupplyLimits(
  wsBase: Workspace,
  wsScen: Workspace,
  inputs: ModelInputs,
  horizonMonths: number,
): boolean {
  const from = shockIndex(inputs.p.shockMonth);
  const to = Math.min(wsScen.months, from + horizonMonths);
  const lead = Math.max(1, inputs.p.leadTimeMonths);
  const cap = inputs.p.gpuScarcityPremiumMax;
  let pinned = 0;
  for (let t = from; t < to; t++) {
    const orderedBeforeShock = t - lead < from;
    if (
      atLimits(wsBase, t, lead, cap, orderedBeforeShock) &&
      atLimits(wsScen, t, lead, cap, orderedBeforeShock)
    )
      pinned++;
  }
  return to > from && pinned >= 0.9 * (to - from);
}

/** Month t's deliveries sit at the ceiling and were ordered before the shock or at the capped price. */
function atLimits(ws: Workspace, t: number, lead: number, cap: number, orderedBeforeShock: boolean): boolean {
  const { deliveries, supplyCeiling } = ws.series;
  if (!(deliveries[t] >= supplyCeiling[t] * (1 - 1e-9))) return false;
  if (orderedBeforeShock) return true;
  // Orders placed before the history start paid the list price.
  const premium = t >= lead ? ws.record.orderPremium[t - lead] : 1;
  return premium >= cap * (1 - 1e-9);
}

export interface JevonsOptions {
  /** Search the break-even elasticity (a base and a scenario run at each elasticity tried). Default true. */
  breakEven?: boolean;
  /** Split the change into the shock's channels (up to 54 runs beside the verdict's; 48 with the defaults). Default true. */
  decomposition?: boolean;
}

/**
 * The Jevons verdict for a scenario: base, mechanical and scenario runs; rebound on served compute,
 * compute value and capex at 12 and 24 months after the shock and at the end of the run; the
 * break-even market elasticity; the decomposition of the change; and the warnings.
 */
export function jevons(scenario: Scenario, options: JevonsOptions = {}): JevonsResult {
  const inputs = toModelInputs(scenario);
  const wsBase = handedWorkspace(inputs, 0);
  const wsMech = handedWorkspace(inputs, 1);
  const wsScen = handedWorkspace(inputs, 2);
  const runs = jevonsRuns(inputs, wsBase, wsMech, wsScen);
  // The three workspaces' series are this call's own, so they become the results without a copy
  // (the rest of each workspace, and the decomposition's and break-even's, is kept between calls).
  const base = takeResult(wsBase, runs.base);
  const mechanical = takeResult(wsMech, runs.mechanical);
  const result = takeResult(wsScen, runs.scenario);
  const end = runs.verdicts.at(-1)?.horizonMonths ?? 0;
  const headline = runs.verdicts.find((v) => v.horizonMonths === end && v.basis === 'servedCompute');
  if (!headline) throw new Error('jevons: the run ends before the shock');
  const decomposition =
    options.decomposition === false
      ? []
      : decompose(inputs, { ws: wsBase, totals: runs.base }, scratchWorkspace(inputs, 0), {
          mechanical: runs.mechanical,
          scenario: runs.scenario,
        });
  const notComputed = { value: null, reason: 'not computed' };
  return {
    scenario: result,
    base,
    mechanical,
    verdicts: runs.verdicts,
    headline,
    demandedDiagnostic: runs.demandedDiagnostic,
    breakEvenElasticity:
      options.breakEven === false
        ? { servedCompute: notComputed, capex: notComputed }
        : findBreakEvenElasticity(inputs, scratchWorkspace(inputs, 1), scratchWorkspace(inputs, 2), {
            base: runs.base,
            scenario: runs.scenario,
          }),
    elasticity: inputs.paths.elasticity ? null : inputs.p.elasticity,
    decomposition,
    warnings: warningsFor(result),
  };
}
