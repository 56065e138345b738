import type { DemandCurve, Scenario } from '../model/types';

/**
 * Largest demand index a user's curve may give at a price a run reaches: a trillion times the start
 * demand is past any physical meaning (tokens per person per day beyond 10^17) and is where a curve
 * like x^(−75) is on its way to overflowing.
 */
export const MAX_DEMAND_INDEX = 1e12;

/** True when a normalised demand index D(x)/D(1) is a usable number: finite, ≥ 0, at most MAX_DEMAND_INDEX. */
export function usableDemand(index: number): boolean {
  return index >= 0 && index <= MAX_DEMAND_INDEX;
}

/** Elasticities at which a watched curve left the usable numbers; a bound keeps a long search cheap. */
const MAX_WATCHED_EPS = 64;

export interface CurveWatch {
  /** The scenario to run: the same object, or a copy whose curve reports where it broke. */
  scenario: Scenario;
  /** The elasticities (eps) at which some evaluation gave an unusable index, in the order first seen. */
  brokenAt(): number[];
}

/**
 * Watches a user's demand curve through every run of a verdict — the break-even search's and the
 * decomposition's included, whose series are not kept — so that a curve that overflows only there
 * is not missed. The engine clips an unusable value to 0, which would leave a number computed from
 * a curve it could not use. The watch only says *that* it happened and at which elasticity; the
 * run that reached it, its month and its value are found afterwards (see run-check.ts). Named
 * curves are the engine's own and need no watch.
 */
export function watchCurve(scenario: Scenario): CurveWatch {
  const curve = scenario.demandCurve;
  if (curve.kind !== 'expression') return { scenario, brokenAt: () => [] };
  const fn = curve.evaluate;
  const broken: number[] = [];
  let lastEps = Number.NaN;
  let atStart = Number.NaN;
  const evaluate = (x: number, eps: number): number => {
    const demand = fn(x, eps);
    if (eps !== lastEps) {
      lastEps = eps;
      atStart = fn(1, eps);
    }
    if (!usableDemand(demand / atStart) && broken.length < MAX_WATCHED_EPS && !broken.includes(eps)) {
      broken.push(eps);
    }
    return demand;
  };
  const watched: DemandCurve = { ...curve, evaluate };
  return { scenario: { ...scenario, demandCurve: watched }, brokenAt: () => broken.slice() };
}
