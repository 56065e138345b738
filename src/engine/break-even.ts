import { parameterById } from '../../models/index';
import type { BreakEven, RunTotals } from '../model/types';
import { ALL_CHANNELS, NO_CHANNELS } from './channels';
import { cloneInputs, type ModelInputs } from './model-inputs';
import { runModel } from './run-model';
import { bracketedRoot } from './bracketed-root';
import { CLEARING_TOLERANCE } from './market-clearing';
import type { Workspace } from './workspace';

/** η* to this absolute precision: the app and the CLI show it to two decimals. */
const ETA_TOLERANCE = 1e-6;
/** The first step away from the points tried, in elasticity; each further step doubles it. */
const FIRST_STEP = 0.5;
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
/** Rounds of the two searches over the shared trials: the second usually adds none. */
const MAX_ROUNDS = 4;
type BreakEvenBasis = (typeof BASES_WITH_BREAK_EVEN)[number];

/**
 * The elasticities the last search ran (a base and a scenario run each, beyond the verdict's own):
 * what the break-even costs, which the bench reports beside its time.
 */
export const lastSearch = { trials: 0 };

/** The totals of the verdict's own base and scenario runs: the gap at the scenario's elasticity, for free. */
export interface VerdictRuns {
  base: RunTotals;
  scenario: RunTotals;
}

/** Each basis's total over the run after the shock. */
const TOTAL_OF = {
  servedCompute: 'cumulativeServedHours',
  capex: 'cumulativeCapex',
} as const satisfies Record<BreakEvenBasis, keyof RunTotals>;

/**
 * The market elasticity η* at which the total with the shock equals the total without it, on served
 * compute and on capex over the run after the shock (both runs depend on η). Each elasticity tried
 * costs a base and a scenario run, shared by the two bases; the search starts where η* is expected —
 * the analytic anchor 1/s_c (the textbook's η*, s_c the compute share of cost) and the scenario's own
 * elasticity, whose gap the verdict's runs already hold — and steps outwards from them until the gap
 * changes sign, then refines with Brent's method (see breakEvenSearch). A time-varying elasticity is
 * replaced by a constant during the search.
 */
export function findBreakEvenElasticity(
  inputs: ModelInputs,
  wsBase: Workspace,
  wsScen: Workspace,
  verdict?: VerdictRuns,
): Record<BreakEvenBasis, BreakEven> {
  const trial = cloneInputs(inputs);
  trial.paths = { ...inputs.paths, elasticity: undefined };
  const { min, max } = parameterById.elasticity;
  const gapsOf = (base: RunTotals, scen: RunTotals): Record<BreakEvenBasis, number> => {
    const out = {} as Record<BreakEvenBasis, number>;
    for (const basis of BASES_WITH_BREAK_EVEN) {
      const b = base[TOTAL_OF[basis]];
      const c = scen[TOTAL_OF[basis]];
      out[basis] = (c - b) / (b > 0 ? b : 1);
    }
    return out;
  };
  const tried = new Map<number, Record<BreakEvenBasis, number>>();
  const gaps = (eta: number): Record<BreakEvenBasis, number> => {
    let g = tried.get(eta);
    if (!g) {
      trial.p.elasticity = eta;
      // The gap reads the totals alone: neither run keeps its series (the scenario run reads only
      // the base run's state at the shock).
      const base = runModel(trial, NO_CHANNELS, wsBase, undefined, false);
      g = gapsOf(base, runModel(trial, ALL_CHANNELS, wsScen, wsBase, false));
      tried.set(eta, g);
    }
    return g;
  };
  const starts: number[] = [];
  const own = inputs.p.elasticity;
  let free = 0;
  // The verdict's runs are the trial at the scenario's elasticity when it is a constant in range.
  if (verdict && !inputs.paths.elasticity && own >= min && own <= max) {
    tried.set(own, gapsOf(verdict.base, verdict.scenario));
    starts.push(own);
    free = 1;
  }
  const share = inputs.p.computeCostShare;
  starts.unshift(share > 0 ? Math.min(max, Math.max(min, 1 / share)) : max);
  // Each basis's search starts from every elasticity tried so far, for either basis: a trial gives
  // both gaps, and a search that ignored the other's trials could claim a side the trials it
  // already paid for contradict (efficiency-bear's capex, above the base between η 1.36 and 1.48,
  // was said to stay below it "at every elasticity from 0.05 to 1.75"). Searched again until a
  // round tries nothing new, so each result reads every trial; the second round only re-reads the
  // first one's (Brent stops at once on a bracket already within tolerance).
  const result = {} as Record<BreakEvenBasis, BreakEven>;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = tried.size;
    for (const basis of BASES_WITH_BREAK_EVEN) {
      result[basis] = breakEvenSearch((eta) => gaps(eta)[basis], [...new Set([...starts, ...tried.keys()])], {
        range: { min, max },
        noise: inputs.p.scarcityExponent === 0 ? ELASTIC_GAP_NOISE : CLEARED_GAP_NOISE,
        measure: basis === 'capex' ? 'capex' : 'served compute',
      });
    }
    if (tried.size === before) break;
  }
  lastSearch.trials = tried.size - free;
  return result;
}

/**
 * η* where the gap f(η) = (scenario − base) / base changes sign, searched from `starts` (the first
 * is the anchor): f at the starts; while no two points tried (in order of η, skipping gaps within
 * `noise`, which are rounding and carry no sign) differ in sign, a step of FIRST_STEP, doubling, away
 * from the points tried in the direction that moves the gap towards 0 — upwards while the shock saves
 * (more elasticity, more rebound), downwards while it adds — until the end of the range; where every
 * gap is rounding, and before giving up, the range's two ends. The change of sign nearest the anchor
 * among the points tried is refined to ETA_TOLERANCE with Brent's method; without one, the reason in
 * words. The gap need not be monotone in η (capacity and the chip-supply ceiling bind at some
 * elasticities and not at others): where it changes sign more than once, this is the crossing the
 * search from the anchor meets first, not a scan's lowest one.
 */
export function breakEvenSearch(
  f: (eta: number) => number,
  starts: readonly number[],
  scan: { range: { min: number; max: number }; noise: number; measure: string },
): BreakEven {
  const { range, noise, measure } = scan;
  const { min, max } = range;
  const anchor = starts[0];
  const points = new Map<number, number>();
  const at = (eta: number): number => {
    let g = points.get(eta);
    if (g === undefined) {
      g = f(eta);
      points.set(eta, g);
    }
    return g;
  };
  for (const eta of starts) at(eta);
  let step = FIRST_STEP;
  for (;;) {
    const sorted = [...points.keys()].sort((a, b) => a - b);
    if (sorted.some((eta) => !Number.isFinite(points.get(eta) as number))) {
      return {
        value: null,
        reason: `${measure} is not finite somewhere in the elasticity range`,
        reasonCode: 'not-finite',
      };
    }
    const signed = sorted.filter((eta) => Math.abs(points.get(eta) as number) >= noise);
    // Changes of sign between neighbours that carry a sign; the one nearest the anchor.
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let i = 1; i < signed.length; i++) {
      const a = points.get(signed[i - 1]) as number;
      const b = points.get(signed[i]) as number;
      if (Math.sign(a) === Math.sign(b)) continue;
      const distance = Math.max(0, signed[i - 1] - anchor, anchor - signed[i]);
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    if (best > 0) {
      const lo = signed[best - 1];
      const hi = signed[best];
      // A gap within rounding is a gap of 0: where the totals agree that closely any η is the
      // break-even, and Brent stops there rather than narrowing the bracket on rounding.
      const settled = (eta: number): number => {
        const g = f(eta);
        return Math.abs(g) < noise ? 0 : g;
      };
      return {
        value: bracketedRoot(
          settled,
          lo,
          points.get(lo) as number,
          hi,
          points.get(hi) as number,
          ETA_TOLERANCE,
        ),
      };
    }
    const low = sorted[0];
    const high = sorted[sorted.length - 1];
    if (signed.length === 0) {
      if (low > min) at(min);
      else if (high < max) at(max);
      else {
        return {
          value: null,
          reason: `the shock leaves ${measure} unchanged at every elasticity (${
            measure === 'capex'
              ? 'it is switched off, or GPU deliveries sit at the chip-supply ceiling and their price at its cap either way'
              : 'it is switched off on this measure'
          })`,
          reasonCode: 'unchanged',
        };
      }
      continue;
    }
    // Every gap that carries a sign has the same one: step towards where it would change.
    const saves = (points.get(signed[0]) as number) < 0;
    if (saves ? high < max : low > min) {
      at(saves ? Math.min(max, high + step) : Math.max(min, low - step));
      step *= 2;
      continue;
    }
    // Before claiming the whole range, its other end too: a gap that is not monotone in η may
    // cross behind the anchor.
    if (low > min) {
      at(min);
      continue;
    }
    if (high < max) {
      at(max);
      continue;
    }
    const side = saves ? 'stays below' : 'exceeds';
    // Beyond the last gap with a sign the totals may agree to rounding (capacity or the chip-supply
    // ceiling binds with and without the shock): say so rather than claim the whole range.
    const last = saves ? signed[signed.length - 1] : signed[0];
    const equal = sorted.filter((eta) => (saves ? eta > last : eta < last));
    if (equal.length === 0) {
      return {
        value: null,
        reason: `${measure} with the shock ${side} the base at every elasticity from ${min} to ${max}`,
        reasonCode: 'one-side',
        reasonParams: { side: saves ? 'below' : 'above', min, max },
      };
    }
    const from = saves ? equal[0] : equal[equal.length - 1];
    const [lo, hi] = saves ? [min, last] : [last, max];
    // Only the end of the range may carry a sign ("from 0.05 to 0.05" said nothing).
    const where =
      round(lo) === round(hi)
        ? `${saves ? 'is below' : 'is above'} the base at an elasticity of ${round(lo)}`
        : `${side} the base at every elasticity from ${round(lo)} to ${round(hi)}`;
    return {
      value: null,
      reason: `${measure} with the shock ${where}, and equals it (to rounding) ${saves ? `from ${round(from)} up` : `up to ${round(from)}`}: it never crosses it`,
      reasonCode: 'one-side-then-equal',
      reasonParams: { side: saves ? 'below' : 'above', min: lo, max: hi, from },
    };
  }
}

function round(eta: number): string {
  return String(Math.round(eta * 100) / 100);
}
