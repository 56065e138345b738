import { parameterById } from '../../models/index';
import type { BreakEven } from '../model/types';
import { ALL_CHANNELS, NO_CHANNELS } from './channels';
import { cloneInputs, type ModelInputs } from './model-inputs';
import { runModel } from './run-model';
import { windowTotal } from './windows';
import type { Workspace } from './workspace';

/** Coarse scan steps across the elasticity range before refining a sign change. */
const SCAN_POINTS = 8;
/** η* to this absolute precision: the app and the CLI show it to two decimals. */
const ETA_TOLERANCE = 1e-6;
const BASES_WITH_BREAK_EVEN = ['servedCompute', 'capex'] as const;
type BreakEvenBasis = (typeof BASES_WITH_BREAK_EVEN)[number];

/**
 * The market elasticity η* at which the total with the shock equals the total without it, on served
 * compute and on capex over the run after the shock (both runs depend on η). Scans the catalogue's
 * elasticity range once for both bases, then refines each first sign change with the Illinois
 * variant of regula falsi, which keeps a bracket (so it cannot diverge) and converges superlinearly.
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
    runModel(trial, ALL_CHANNELS, wsScen);
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
    result[basis] = refine(f, grid, values, min, max, basis === 'capex' ? 'capex' : 'served compute');
  }
  return result;
}

function refine(
  f: (x: number) => number,
  grid: Float64Array,
  values: number[],
  min: number,
  max: number,
  measure: string,
): BreakEven {
  if (values.every((g) => Math.abs(g) < 1e-12)) {
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
  for (let i = 0; i < values.length; i++) {
    if (values[i] === 0) return { value: grid[i] };
    if (i > 0 && Math.sign(values[i - 1]) !== Math.sign(values[i])) {
      return { value: illinois(f, grid[i - 1], values[i - 1], grid[i], values[i]) };
    }
  }
  const last = values[values.length - 1];
  return {
    value: null,
    reason:
      last > 0
        ? `${measure} with the shock exceeds the base at every elasticity from ${min} to ${max}`
        : `${measure} with the shock stays below the base at every elasticity from ${min} to ${max}`,
  };
}

/** Illinois regula falsi on a bracket [a0, b0] with f(a0), f(b0) of opposite signs. */
export function illinois(f: (x: number) => number, a0: number, fa0: number, b0: number, fb0: number): number {
  let a = a0;
  let fa = fa0;
  let b = b0;
  let fb = fb0;
  let side = 0;
  for (let i = 0; i < 100; i++) {
    const c = (a * fb - b * fa) / (fb - fa);
    const fc = f(c);
    if (fc === 0 || Math.abs(b - a) < ETA_TOLERANCE) return c;
    if (Math.sign(fc) === Math.sign(fb)) {
      b = c;
      fb = fc;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = c;
      fa = fc;
      if (side === 1) fb /= 2;
      side = 1;
    }
  }
  return (a + b) / 2;
}
