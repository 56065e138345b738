import { PARAM_IDS, type ParamId } from '../../models/schema';
import { TIER_FIELDS, type TierField, TIERS, tierParamId } from '../../models/tiers';
import type { Scenario } from '../model/types';
import { historyMonths, totalMonths } from './calendar';

/** Demand-curve codes the hot loop switches on (numbers, not strings, so the branch is cheap). */
export const CURVE = { constant: 0, reservation: 1, expression: 2 } as const;
export type CurveCode = (typeof CURVE)[keyof typeof CURVE];

/** Per-tier inputs at the history start, one entry per tier in registry order. */
export interface TierInputs {
  count: number;
  listPrice: Float64Array;
  tokenShare: Float64Array;
  computeRatio: Float64Array;
  tokensPerTask: Float64Array;
  quality: Float64Array;
  paidShare: Float64Array;
  /** 1 where the quality lever of the shock lifts the tier towards the frontier's quality. */
  qualityShock: Float64Array;
}

/**
 * Everything a run needs, as plain numbers: the engine never sees mathjs or strings.
 * `p` holds one value per parameter in catalogue units; a parameter given as an expression of time
 * also has its sampled path (one value per simulated month) in `paths`, and `p` its month-0 value.
 * Monte Carlo copies this object and overwrites fields of `p` per sample.
 */
export interface ModelInputs {
  p: Record<ParamId, number>;
  paths: Partial<Record<ParamId, Float64Array>>;
  curve: CurveCode;
  /** Only for the expression curve: demand index at relative price x for elasticity parameter eps. */
  curveFn: ((x: number, eps: number) => number) | null;
}

/** Samples expressions over the run and flattens a validated scenario into ModelInputs. */
export function toModelInputs(scenario: Scenario): ModelInputs {
  const horizon = scenario.parameters.horizonMonths;
  if (typeof horizon !== 'number') throw new Error('horizonMonths must be a number, not an expression');
  const months = totalMonths(horizon);
  const history = historyMonths();
  const p = {} as Record<ParamId, number>;
  const paths: Partial<Record<ParamId, Float64Array>> = {};
  for (const id of PARAM_IDS) {
    const value = scenario.parameters[id];
    if (typeof value === 'number') {
      p[id] = value;
      continue;
    }
    // Expressions read t in months since 2025-01 (the articles' month 0), as in version 1.
    const path = new Float64Array(months);
    for (let m = 0; m < months; m++) path[m] = value.evaluate(m - history, (m - history) / 12);
    paths[id] = path;
    p[id] = path[0];
  }
  const curve = scenario.demandCurve;
  return {
    p,
    paths,
    curve: CURVE[curve.kind],
    curveFn: curve.kind === 'expression' ? curve.evaluate : null,
  };
}

/** Each tier field's parameter ids in registry order, built once (not a string per run). */
const TIER_IDS = Object.fromEntries(
  TIER_FIELDS.map((name) => [name, TIERS.map((tier) => tierParamId(tier.id, name))]),
) as Record<TierField, ParamId[]>;

/** The per-tier inputs of `p`, gathered into typed arrays in registry order. */
export function tierInputs(p: Record<ParamId, number>): TierInputs {
  const n = TIERS.length;
  const field = (name: TierField): Float64Array => {
    const ids = TIER_IDS[name];
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = p[ids[i]];
    return out;
  };
  const qualityShock = new Float64Array(n);
  for (let i = 0; i < n; i++) qualityShock[i] = TIERS[i].receivesQualityShock ? 1 : 0;
  return {
    count: n,
    listPrice: field('ListPrice'),
    tokenShare: field('TokenShare'),
    computeRatio: field('ComputeRatio'),
    tokensPerTask: field('TokensPerTask'),
    quality: field('Quality'),
    paidShare: field('PaidShare'),
    qualityShock,
  };
}

/** A copy whose `p` can be changed without touching the original (paths are shared, read-only). */
export function cloneInputs(inputs: ModelInputs): ModelInputs {
  return { p: { ...inputs.p }, paths: inputs.paths, curve: inputs.curve, curveFn: inputs.curveFn };
}
