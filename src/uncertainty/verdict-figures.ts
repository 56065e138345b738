/**
 * The figures Monte Carlo and the tornado read off one set of Jevons runs: on each basis, the
 * rebound, the change vs base and the verdict, cumulated from the shock to the run's end — the
 * window of the headline verdict.
 */
import type { JevonsRuns } from '../engine';
import type { Basis, Verdict } from '../model/types';

export interface EndFigures {
  /** R on this basis; NaN when undefined (no saving to rebound from, or no shock inside the run). */
  rebound: number;
  /** (C_scen − C_base)/C_base; NaN when the base total is not positive or there is no verdict. */
  change: number;
  verdict: Verdict;
}

/**
 * Writes the end-of-run figures of `basis` into `out` (reused, so a Monte Carlo loop allocates
 * nothing here). `endHorizon` is the last entry of `verdictHorizons(months, shockMonth)`, undefined
 * when the shock falls after the run's end.
 */
export function endFigures(
  runs: JevonsRuns,
  basis: Basis,
  endHorizon: number | undefined,
  out: EndFigures,
): EndFigures {
  out.rebound = Number.NaN;
  out.change = Number.NaN;
  out.verdict = 'undefined';
  if (endHorizon === undefined) return out;
  for (const v of runs.verdicts) {
    if (v.horizonMonths !== endHorizon || v.basis !== basis) continue;
    out.rebound = v.value ?? Number.NaN;
    out.change = v.base > 0 && Number.isFinite(v.changeVsBase) ? v.changeVsBase : Number.NaN;
    out.verdict = v.value === null ? 'undefined' : v.verdict;
  }
  return out;
}

export function emptyFigures(): EndFigures {
  return { rebound: Number.NaN, change: Number.NaN, verdict: 'undefined' };
}
