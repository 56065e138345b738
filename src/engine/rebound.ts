import type { Rebound, Verdict } from '../model/types';

/** |R − 1| within this band counts as a full rebound rather than partial or backfire. */
export const FULL_REBOUND_BAND = 0.01;

/**
 * Rebound R = (C_scen − C_mech) / (C_base − C_mech): how much of the compute the shock would save
 * mechanically is taken back by the demand response. Undefined — said in words, never divided —
 * when the shock saves nothing (or costs compute) before demand responds.
 */
export function rebound(base: number, mechanical: number, scenario: number): Rebound {
  const expectedSaving = base - mechanical;
  const changeVsBase = base > 0 ? (scenario - base) / base : 0;
  const totals = { base, mechanical, scenario, changeVsBase };
  if (!(Math.abs(expectedSaving) > 1e-12 * Math.max(Math.abs(base), Math.abs(mechanical), 1e-300))) {
    return {
      value: null,
      verdict: 'undefined',
      reason:
        'the shock saves no compute before demand responds (mechanical total equals the base), so there is nothing to rebound from',
      ...totals,
    };
  }
  if (expectedSaving < 0) {
    return {
      value: null,
      verdict: 'undefined',
      reason:
        'the shock raises compute even before demand responds (the challenger needs more compute per token than it saves), so rebound is not defined',
      ...totals,
    };
  }
  const value = (scenario - mechanical) / expectedSaving;
  return { value, verdict: classify(value), ...totals };
}

export function classify(value: number): Verdict {
  if (value < 0) return 'super-conservation';
  if (Math.abs(value - 1) <= FULL_REBOUND_BAND) return 'full-rebound';
  return value > 1 ? 'backfire' : 'partial-rebound';
}
