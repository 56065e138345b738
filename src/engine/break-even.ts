import { parameterById } from '../../models/index';
import type { BreakEven } from '../model/types';
import { cloneInputs, type ModelInputs } from './model-inputs';
import { runModel } from './run-model';
import type { Workspace } from './workspace';

/** Coarse scan steps across the elasticity range before refining a sign change. */
const SCAN_POINTS = 16;

/**
 * The elasticity ε* at which cumulative GPU spend demanded with the shock equals spend demanded
 * without it (both runs depend on ε). Scans the catalogue's elasticity range for the first sign change of
 * C_scen(ε) − C_base(ε), then refines it with the Illinois variant of regula falsi, which keeps a
 * bracket (so it cannot diverge) and converges superlinearly. A time-varying elasticity is replaced
 * by a constant during the search.
 */
export function findBreakEvenElasticity(
  inputs: ModelInputs,
  wsBase: Workspace,
  wsScen: Workspace,
): BreakEven {
  const trial = cloneInputs(inputs);
  trial.paths = { ...inputs.paths, elasticity: undefined };
  const { min, max } = parameterById.elasticity;
  const gap = (eps: number): number => {
    trial.p.elasticity = eps;
    const base = runModel(trial, 'base', wsBase).cumulativeGpuSpendDemanded;
    const scen = runModel(trial, 'scenario', wsScen).cumulativeGpuSpendDemanded;
    return (scen - base) / (base > 0 ? base : 1);
  };

  // Scan first: a shock that changes nothing at any elasticity has no break-even point at all.
  const grid = new Float64Array(SCAN_POINTS + 1);
  const gaps = new Float64Array(SCAN_POINTS + 1);
  for (let i = 0; i <= SCAN_POINTS; i++) {
    grid[i] = min + ((max - min) * i) / SCAN_POINTS;
    gaps[i] = gap(grid[i]);
  }
  if (gaps.every((g) => Math.abs(g) < 1e-12)) {
    return {
      value: null,
      reason: 'the shock leaves GPU spend unchanged at every elasticity (it is switched off)',
    };
  }
  for (let i = 0; i <= SCAN_POINTS; i++) {
    if (gaps[i] === 0) return { value: grid[i] };
    if (i > 0 && Math.sign(gaps[i - 1]) !== Math.sign(gaps[i])) {
      return { value: illinois(gap, grid[i - 1], gaps[i - 1], grid[i], gaps[i]) };
    }
  }
  const fa = gaps[SCAN_POINTS];
  return {
    value: null,
    reason:
      fa > 0
        ? `GPU spend with the shock exceeds the base at every elasticity from ${min} to ${max}`
        : `GPU spend with the shock stays below the base at every elasticity from ${min} to ${max}`,
  };
}

function illinois(f: (x: number) => number, a0: number, fa0: number, b0: number, fb0: number): number {
  let a = a0;
  let fa = fa0;
  let b = b0;
  let fb = fb0;
  let side = 0;
  for (let i = 0; i < 100; i++) {
    const c = (a * fb - b * fa) / (fb - fa);
    const fc = f(c);
    if (fc === 0 || Math.abs(b - a) < 1e-10) return c;
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
    if (Math.abs(fc) < 1e-13) return c;
  }
  return (a + b) / 2;
}
