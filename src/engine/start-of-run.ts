import type { ParamId } from '../../models/schema';
import { HOURS_PER_MONTH, HOURS_PER_YEAR } from './calendar';
import { capitalCostPerHour, rentalAt, type SupplyCurve } from './compute-market';
import { power } from './engine-math';
import type { TierInputs } from './model-inputs';
import { impliedMarkup, otherCost } from './pricing';
import { type CesWeights, cesWeights } from './task-demand';

const SECONDS_PER_HOUR = 3600;

/** The market in the first month (January 2023), every part consistent with the others. */
export interface StartOfRun {
  /** H100e-hours per million tokens by tier. */
  h0: Float64Array;
  /** Other (non-compute) cost per Mtok by tier, USD. */
  other0: Float64Array;
  /** Markups that make the observed list prices the target at the start's rental price. */
  markup: Float64Array;
  /** Task shares by tier (token shares ÷ tokens per task, normalised). */
  taskShare0: Float64Array;
  /** Tasks per month. */
  tasks0: number;
  ces: CesWeights;
  supply: SupplyCurve;
  /** β = 0: the fleet is rented as needed at the user cost. */
  elasticSupply: boolean;
  /** Utilisation and rental price in the first month. */
  u0: number;
  r0: number;
  /** H100e installed, sized so that the first month's demand runs at u0. */
  fleet: number;
  /** Training budget, USD a month: the start's training hours at the start's rental price. */
  budget0: number;
}

/**
 * Sets the first month so that nothing jumps when the run starts: the rental price is the supply
 * curve's at `initialUtilization`; the markups make the observed list prices the target at that
 * price (a list price below cost is raised to cost); the CES weights reproduce the observed token
 * shares with the price index at 1; the fleet is what the first month's demand needs at u0.
 */
export function startOfRun(
  p: Record<ParamId, number>,
  tiers: TierInputs,
  floorPath: Float64Array | undefined,
  capexPath: Float64Array | undefined,
  interestPath: Float64Array | undefined,
): StartOfRun {
  const n = tiers.count;
  const h0 = new Float64Array(n);
  const frontierHours =
    (p.flopsPerToken * 1e6) / (p.gpuPeakFlops * p.inferenceUtilization * SECONDS_PER_HOUR);
  let shareSum = 0;
  for (let i = 0; i < n; i++) shareSum += tiers.tokenShare[i];
  // Task shares ∝ token share / tokens per task; tasks0 · Σ s_i k_i = tokensPerMonth.
  const taskShare0 = new Float64Array(n);
  let tasksPerToken = 0;
  for (let i = 0; i < n; i++) {
    h0[i] = frontierHours * tiers.computeRatio[i];
    taskShare0[i] = tiers.tokenShare[i] / shareSum / tiers.tokensPerTask[i];
    tasksPerToken += taskShare0[i];
  }
  for (let i = 0; i < n; i++) taskShare0[i] /= tasksPerToken;
  const tasks0 = p.tokensPerMonth * tasksPerToken;

  const normalU = p.fleetUtilization;
  const elasticSupply = p.scarcityExponent === 0;
  const supply: SupplyCurve = {
    floor: floorPath ? floorPath[0] : p.rentalPriceFloor,
    capital: capitalCostPerHour(
      capexPath ? capexPath[0] : p.gpuCapexPerGpu,
      interestPath ? interestPath[0] : p.costOfCapital,
      p.gpuLifetimeYears,
      normalU,
      HOURS_PER_YEAR,
    ),
    normalUtilization: normalU,
    maxUtilization: p.maxUtilization,
    exponent: p.scarcityExponent,
  };
  const u0 = elasticSupply ? normalU : Math.min(p.initialUtilization, p.maxUtilization);
  const r0 = rentalAt(supply, u0, power);

  const other0 = new Float64Array(n);
  const markup = new Float64Array(n);
  const pi0 = new Float64Array(n);
  let inferenceHours0 = 0;
  for (let i = 0; i < n; i++) {
    const computeCost = h0[i] * r0;
    other0[i] = otherCost(computeCost, p.computeCostShare);
    markup[i] = impliedMarkup(tiers.listPrice[i], computeCost + other0[i]);
    pi0[i] = (tiers.listPrice[i] * tiers.tokensPerTask[i]) / tiers.quality[i];
    inferenceHours0 += tasks0 * taskShare0[i] * tiers.tokensPerTask[i] * h0[i] * 1e-6;
  }
  return {
    h0,
    other0,
    markup,
    taskShare0,
    tasks0,
    ces: cesWeights(taskShare0, pi0, p.substitutionElasticity),
    supply,
    elasticSupply,
    u0,
    r0,
    fleet: (inferenceHours0 + p.trainingGpuHoursPerMonth) / (u0 * HOURS_PER_MONTH),
    budget0: p.trainingGpuHoursPerMonth * r0,
  };
}
