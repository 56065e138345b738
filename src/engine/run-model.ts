import type { RunMode, RunTotals } from '../model/types';
import { demandIndex } from './demand';
import { exp, log, monthly, power, tanh } from './engine-math';
import { CURVE, type ModelInputs } from './model-inputs';
import type { Workspace } from './workspace';

/** Hours in an average month (8,766 h per year / 12). */
export const HOURS_PER_MONTH = 730.5;
const SECONDS_PER_HOUR = 3600;
/** atanh(0.5): the challenger's share reaches half its maximum after `challengerShareMonths`. */
const ATANH_HALF = 0.5493061443340549;

/**
 * Runs the monthly model once and writes every series into `ws`. Returns the run's totals.
 *
 * - 'scenario': the DeepSeek shock with demand responding to the new price.
 * - 'base': the shock switched off (no challenger, no training-efficiency shock).
 * - 'mechanical': the shock on, but tokens demanded held at `baseTokens` (the base run's demand).
 *
 * The loop touches numbers only: geometric trends advance by a per-month factor (one multiply),
 * per-run constants are hoisted, and time-varying parameters read their sampled path.
 */
export function runModel(
  inputs: ModelInputs,
  mode: RunMode,
  ws: Workspace,
  baseTokens?: Float64Array,
): RunTotals {
  const p = inputs.p;
  const paths = inputs.paths;
  const T = ws.months;
  const s = ws.series;
  if (mode === 'mechanical' && !baseTokens)
    throw new Error("runModel: 'mechanical' needs the base run's tokens");

  const shockOn = mode !== 'base';
  const shockMonth = p.shockMonth;
  const shareMax = p.challengerShareMax;
  const rampRate =
    p.challengerShareMonths > 0 ? ATANH_HALF / p.challengerShareMonths : Number.POSITIVE_INFINITY;
  const flopsRatio = p.challengerFlopsRatio;

  const P0 = p.pricePerMTok;
  const lnP0 = log(P0);
  const priceStep = 1 / monthly(p.priceDeclinePerYear);
  const tokensStep = monthly(p.tokensPerTaskGrowthPerYear);
  const flopsStep = 1 / monthly(p.algorithmicGainPerYear);
  const hardwareStep = monthly(p.hardwareGainPerYear);
  const trainingStep = monthly(p.trainingGrowthPerYear);
  const fleetGrowthStep = monthly(p.maxFleetGrowthPerYear);
  const retireShare = 1 / (p.gpuLifetimeYears * 12);

  // Adoption: logistic from 1 at t = 0 towards the ceiling, inflection at the midpoint; the
  // steepness 4/midpoint puts the start ~2% along the S-curve, rescaled so A(0) = 1 exactly.
  const ceilingGain = p.adoptionCeiling - 1;
  const adoptK = 4 / Math.max(p.adoptionMidpointMonths, 1e-9);
  const adoptMid = p.adoptionMidpointMonths;
  const sigma0 = 1 / (1 + exp(adoptK * adoptMid));
  const adoptScale = ceilingGain / (1 - sigma0);

  const lagAlpha = p.demandLagMonths > 0 ? 1 - exp(-1 / p.demandLagMonths) : 1;
  const demand = demandIndex(inputs);

  const Q0 = p.tokensPerMonth;
  const peak = p.gpuPeakFlops;
  const flops0 = p.flopsPerToken;
  const training0 = p.trainingGpuHoursPerMonth;

  // Scalars hoisted into locals: property reads on `p` inside the loop cost more than the maths.
  const epsPath = paths.elasticity;
  const ratioPath = paths.challengerPriceRatio;
  const responsePath = paths.incumbentResponse;
  const costPath = paths.gpuHourCost;
  const capexPath = paths.gpuCapexPerGpu;
  const utilPath = paths.inferenceUtilization;
  const fleetUtilPath = paths.fleetUtilization;
  const adoptionPath = paths.trainingEfficiencyAdoption;
  const eps0 = p.elasticity;
  const ratio0 = p.challengerPriceRatio;
  const response0 = p.incumbentResponse;
  const cost0 = p.gpuHourCost;
  const capex0 = p.gpuCapexPerGpu;
  const util0 = utilPath ? utilPath[0] : p.inferenceUtilization;
  const utilScalar = p.inferenceUtilization;
  const fleetUtilScalar = p.fleetUtilization;
  const adopt0 = p.trainingEfficiencyAdoption;
  const trainingSaving = 1 - p.trainingEfficiencyRatio;
  const mechanical = mode === 'mechanical';

  // tanh and the logistic advance by recurrences instead of a transcendental call per month:
  // tanh(a + b) = (tanh a + tanh b) / (1 + tanh a · tanh b), and exp(−k(t+1−m)) = exp(−k(t−m))·exp(−k).
  const rampStep = Number.isFinite(rampRate) ? tanh(rampRate) : 1;

  // Constant elasticity with a constant ε factors as x^(−ε) = (P_inc/P0)^(−ε) · mix^(−ε), where
  // mix = P/P_inc: the first is a geometric trend (one multiply a month), the second changes only
  // while the challenger ramps in, so its power is recomputed only when mix changes.
  const fastConstant = inputs.curve === CURVE.constant && !epsPath;
  const demandTrendStep = fastConstant ? power(p.priceDeclinePerYear, eps0 / 12) : 1;
  let demandTrend = 1;
  let lastMix = 1;
  let mixPower = 1;
  const invPeak = 1 / (peak * SECONDS_PER_HOUR);
  let invHardware = 1;
  const invHardwareStep = 1 / hardwareStep;
  let adoptExp = exp(adoptK * adoptMid);
  const adoptExpStep = exp(-adoptK);

  // The fleet at the start is sized for month 0 without the shock, so every mode starts equal.
  const fleetUtil0 = fleetUtilPath ? fleetUtilPath[0] : p.fleetUtilization;
  const hours0 = (Q0 * flops0) / (peak * util0 * SECONDS_PER_HOUR) + training0;
  let fleet = hours0 / (HOURS_PER_MONTH * fleetUtil0);

  let priceInc = P0;
  let tokensPerTask = 1;
  let flopsInc = flops0;
  let trainingTrend = training0;
  let tokens = Q0;

  let cumDemandHours = 0;
  let cumDemandSpend = 0;
  let cumHours = 0;
  let cumSpend = 0;
  let cumCapex = 0;
  let cumRevenue = 0;
  let cumTokens = 0;
  let cumServed = 0;
  let peakShortage = 0;

  let ramp = 0;
  for (let t = 0; t < T; t++) {
    // Challenger ramp 0 → 1 after the shock (tanh of months since it); its share is shareMax × ramp.
    if (shockOn && t > shockMonth) ramp = (ramp + rampStep) / (1 + ramp * rampStep);
    else if (shockOn && t === shockMonth && rampStep === 1) ramp = 1;
    const share = shareMax * ramp;
    const ratio = ratioPath ? ratioPath[t] : ratio0;
    const response = responsePath ? responsePath[t] : response0;

    const incumbentFactor = 1 - response * (1 - ratio) * ramp;
    const mix = (1 - share) * incumbentFactor + share * ratio;
    const priceIncEff = priceInc * incumbentFactor;
    const priceCh = ratio * priceInc;
    const price = priceInc * mix;

    const adoption = 1 + adoptScale * (1 / (1 + adoptExp) - sigma0);
    adoptExp *= adoptExpStep;
    if (mechanical) {
      tokens = (baseTokens as Float64Array)[t];
    } else {
      let demanded: number;
      if (fastConstant) {
        if (mix !== lastMix) {
          lastMix = mix;
          mixPower = exp(-eps0 * log(mix));
        }
        demanded = demandTrend * mixPower;
      } else {
        demanded = demand(log(price) - lnP0, epsPath ? epsPath[t] : eps0);
      }
      tokens += (Q0 * demanded * adoption * tokensPerTask - tokens) * lagAlpha;
    }
    demandTrend *= demandTrendStep;

    const flops = flopsInc * (1 - share * (1 - flopsRatio));
    const util = utilPath ? utilPath[t] : utilScalar;
    const inferenceHours = (tokens * flops * invPeak * invHardware) / util;
    const adopt = adoptionPath ? adoptionPath[t] : adopt0;
    const trainingHours = trainingTrend * (1 - adopt * trainingSaving * ramp);

    // Fleet: GPUs retire at a constant rate; purchases may not lift the fleet faster than supply
    // allows; an idle fleet is not sold off. Demand above capacity goes unserved.
    const fleetUtil = fleetUtilPath ? fleetUtilPath[t] : fleetUtilScalar;
    const hoursPerGpu = HOURS_PER_MONTH * fleetUtil;
    const needed = (inferenceHours + trainingHours) / hoursPerGpu;
    const survivors = fleet * (1 - retireShare);
    const cap = fleet * fleetGrowthStep;
    const nextFleet = needed < survivors ? survivors : Math.min(needed, cap);
    const bought = nextFleet - survivors;
    fleet = nextFleet;
    const capacity = fleet * hoursPerGpu;

    // Training runs on committed clusters first; inference is rationed (the "R1 is down" shortage).
    const trainingServed = Math.min(trainingHours, capacity);
    const room = capacity - trainingServed;
    const inferenceServed = Math.min(inferenceHours, room);
    // A shortage below 1e-12 of demand is rounding in `capacity − training`, not a shortage.
    const unserved = inferenceHours - inferenceServed;
    const shortage = unserved > 1e-12 * inferenceHours ? unserved / inferenceHours : 0;
    // Served share straight from the ratio: 1 − shortage would cancel when almost nothing is served.
    const served = shortage === 0 ? tokens : tokens * (inferenceServed / inferenceHours);

    const cost = costPath ? costPath[t] : cost0;
    const spend = (inferenceServed + trainingServed) * cost;
    const capex = bought * (capexPath ? capexPath[t] : capex0);
    const revenue = price * served * 1e-6;

    s.priceIncumbent[t] = priceIncEff;
    s.priceChallenger[t] = priceCh;
    s.price[t] = price;
    s.challengerShare[t] = share;
    s.tokens[t] = tokens;
    s.tokensServed[t] = served;
    s.shortageShare[t] = shortage;
    s.flopsPerToken[t] = flops;
    s.inferenceGpuHours[t] = inferenceHours;
    s.trainingGpuHours[t] = trainingHours;
    s.gpusNeeded[t] = needed;
    s.fleetGpus[t] = fleet;
    s.capacityGpuHours[t] = capacity;
    s.gpuSpend[t] = spend;
    s.capex[t] = capex;
    s.revenue[t] = revenue;
    s.inferenceMargin[t] = revenue > 0 ? 1 - (inferenceServed * cost) / revenue : 0;

    cumDemandHours += inferenceHours + trainingHours;
    cumDemandSpend += (inferenceHours + trainingHours) * cost;
    cumHours += inferenceServed + trainingServed;
    cumSpend += spend;
    cumCapex += capex;
    cumRevenue += revenue;
    cumTokens += tokens;
    cumServed += served;
    if (shortage > peakShortage) peakShortage = shortage;

    priceInc *= priceStep;
    tokensPerTask *= tokensStep;
    flopsInc *= flopsStep;
    invHardware *= invHardwareStep;
    trainingTrend *= trainingStep;
  }

  return {
    cumulativeGpuHoursDemanded: cumDemandHours,
    cumulativeGpuSpendDemanded: cumDemandSpend,
    cumulativeGpuHours: cumHours,
    cumulativeGpuSpend: cumSpend,
    cumulativeCapex: cumCapex,
    cumulativeRevenue: cumRevenue,
    cumulativeTokens: cumTokens,
    cumulativeTokensServed: cumServed,
    peakShortageShare: peakShortage,
    finalFleetGpus: fleet,
  };
}
