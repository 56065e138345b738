import { parameterById } from '../../models/index';
import type { BreakEven } from '../model/types';
import { ALL_CHANNELS, NO_CHANNELS } from './channels';
import { cloneInputs, type ModelInputs } from './model-inputs';
import { runModel } from './run-model';
import { bracketedRoot } from './bracketed-root';
import { CLEARING_TOLERANCE } from './market-clearing';
import { windowTotal } from './windows';
import type { Workspace } from './workspace';

/** Coarse scan steps across the elasticity range before refining a sign change. */
const SCAN_POINTS = 8;
/** η* to this absolute precision: the app and the CLI show it to two decimals. */
const ETA_TOLERANCE = 1e-6;
/**
 * A relative gap below this is rounding, so its sign neither makes nor breaks a change of sign: where
 * the market clears, the clearing's own tolerance (each month's hours cleared to 1e-8 of the fleet's;
 * where capacity binds with and without the shock the totals agree to ~1e-9, and a scan once
 * reported a break-even where that rounding changed sign); with elastic supply there is no clearing
 * and only the arithmetic's rounding.
 */
const CLEARED_GAP_NOISE = CLEARING_TOLERANCE;
const ELASTIC_GAP_NOISE = 1e-12;
const BASES_WITH_BREAK_EVEN = ['servedCompute', 'capex'] as const;
type BreakEvenBasis = (typeof BASES_WITH_BREAK_EVEN)[number];

/**
 * The market elasticity η* at which the total with the shock equals the total without it, on served
 * compute and on capex over the run after the shock (both runs depend on η). Scans the catalogue's
 * elasticity range once for both bases, then refines each first sign change with Brent's method
 * (bracketed-root.ts), which keeps the bracket and converges superlinearly.
 * A time-varying elasticity is replaced by a constant during the search.
 */
export function findBreakEvenElasticity(
  inputs: ModelInputs,
  wsBase: Workspace,
  wsScen: Workspace,
  horizonMonths: number,
): Record<BreakEvenBasis, BreakEven> {
  const trial = cloneInputs(inputs);
  trial.paths = { ...inputs.paths, elasticity: undefined };
  const { min, max } = parameterById.elasticity;
  const shockMonth = inputs.p.shockMonth;
  const gaps = (eta: number): Record<BreakEvenBasis, number> => {
    trial.p.elasticity = eta;
    runModel(trial, NO_CHANNELS, wsBase);
    runModel(trial, ALL_CHANNELS, wsScen, wsBase);
    const out = {} as Record<BreakEvenBasis, number>;
    for (const basis of BASES_WITH_BREAK_EVEN) {
      const base = windowTotal(wsBase.series, basis, shockMonth, horizonMonths);
      const scen = windowTotal(wsScen.series, basis, shockMonth, horizonMonths);
      out[basis] = (scen - base) / (base > 0 ? base : 1);
    }
    return out;
  };
  const grid = new Float64Array(SCAN_POINTS + 1);
  const scanned: Record<BreakEvenBasis, number>[] = [];
  for (let i = 0; i <= SCAN_POINTS; i++) {
    grid[i] = min + ((max - min) * i) / SCAN_POINTS;
    scanned.push(gaps(grid[i]));
  }
  const result = {} as Record<BreakEvenBasis, BreakEven>;
  for (const basis of BASES_WITH_BREAK_EVEN) {
    const f = (eta: number): number => gaps(eta)[basis];
    const values = scanned.map((g) => g[basis]);
    result[basis] = breakEvenFromScan(f, grid, values, {
      range: { min, max },
      noise: inputs.p.scarcityExponent === 0 ? ELASTIC_GAP_NOISE : CLEARED_GAP_NOISE,
      measure: basis === 'capex' ? 'capex' : 'served compute',
    });
  }
  return result;
}

/**
 * η* from the gaps (scenario − base) / base scanned at `grid` (across `range`, ascending):
 * the first change of sign between gaps above `noise`, refined to ETA_TOLERANCE with `f`; or null,
 * with the reason in words.
 */
export function breakEvenFromScan(
  f: (eta: number) => number,
  grid: Float64Array,
  values: number[],
  scan: { range: { min: number; max: number }; noise: number; measure: string },
): BreakEven {
  const { range, noise, measure } = scan;
  const { min, max } = range;
  if (values.every((g) => Math.abs(g) < noise)) {
    return {
      value: null,
      reason: `the shock leaves ${measure} unchanged at every elasticity (${
        measure === 'capex'
          ? 'it is switched off, or GPU deliveries sit at the chip-supply ceiling either way'
          : 'it is switched off on this measure'
      })`,
    };
  }
  if (values.some((g) => !Number.isFinite(g))) {
    return { value: null, reason: `${measure} is not finite somewhere in the elasticity range` };
  }
  // The first change of sign between points whose gap is more than rounding; an exact 0 (the same
  // total with and without the shock, as when deliveries sit at the supply ceiling) is the point.
  let last = -1;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === 0) return { value: grid[i] };
    if (Math.abs(values[i]) < noise) continue;
    if (last >= 0 && Math.sign(values[last]) !== Math.sign(values[i])) {
      return { value: bracketedRoot(f, grid[last], values[last], grid[i], values[i], ETA_TOLERANCE) };
    }
    last = i;
  }
  return {
    value: null,
    reason:
      values[last] > 0
        ? `${measure} with the shock exceeds the base at every elasticity from ${min} to ${max}`
        : `${measure} with the shock stays below the base at every elasticity from ${min} to ${max}`,
  };
}
