import type { Rebound, Verdict } from '../model/types';

/** |R − 1| within this band counts as a full rebound rather than partial or backfire. */
export const FULL_REBOUND_BAND = 0.01;

/** A saving smaller than this share of the base total is no saving (rounding in the runs). */
const NO_SAVING = 1e-9;

/**
 * Rebound R = (C_scen − C_mech) / (C_base − C_mech): how much of the compute the shock would save
 * mechanically is taken back by the market's answer. Undefined — said in words, never divided, never
 * classified — when the shock saves nothing (a pure markup cut, say) or costs compute before the
 * market answers.
 */
export function rebound(base: number, mechanical: number, scenario: number, measure = 'compute'): Rebound {
  const expectedSaving = base - mechanical;
  const changeVsBase = base > 0 ? (scenario - base) / base : 0;
  const totals = { base, mechanical, scenario, changeVsBase };
  const scale = Math.max(Math.abs(base), Math.abs(mechanical), 1e-300);
  if (!(Math.abs(expectedSaving) > NO_SAVING * scale)) {
    return {
      value: null,
      verdict: 'undefined',
      reason: `the shock saves no ${measure} before the market answers (the mechanical total equals the base), so there is nothing to rebound from; any change is a price or competition effect`,
      reasonCode: 'no-saving',
      ...totals,
    };
  }
  if (expectedSaving < 0) {
    return {
      value: null,
      verdict: 'undefined',
      reason: `the shock raises ${measure} even before the market answers, so rebound is not defined`,
      reasonCode: 'costs-more',
      ...totals,
    };
  }
  const value = (scenario - mechanical) / expectedSaving;
  if (!Number.isFinite(value)) {
    return {
      value: null,
      verdict: 'undefined',
      reason: `the ${measure} totals are not finite`,
      reasonCode: 'not-finite',
      ...totals,
    };
  }
  return { value, verdict: classify(value), ...totals };
}

export function classify(value: number): Verdict {
  if (value < 0) return 'super-conservation';
  if (Math.abs(value - 1) <= FULL_REBOUND_BAND) return 'full-rebound';
  return value > 1 ? 'backfire' : 'partial-rebound';
}
