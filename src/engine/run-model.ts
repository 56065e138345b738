import type { RunTotals } from '../model/types';
import { bassStep } from './adoption';
import { HOURS_PER_MONTH, HOURS_PER_YEAR, shockIndex } from './calendar';
import { CHANNEL } from './channels';
import {
  capitalCostPerHour,
  MarketClearing,
  RENTAL_SEARCH_LIMIT,
  type SupplyCurve,
  utilizationAt,
} from './compute-market';
import { demandIndex } from './demand';
import { exp, log, monthly, power, tanh } from './engine-math';
import { desiredFleet, type OrderRule, orderSize, updateExpectation } from './investment';
import { type ModelInputs, tierInputs } from './model-inputs';
import { adjustmentShare } from './pricing';
import { startOfRun } from './start-of-run';
import { cesShares, fixedShareIndex } from './task-demand';
import { trainingEfficiency, trainingFactor, trainingHours } from './training';
import type { Workspace } from './workspace';

/** atanh(0.5): the shock reaches half its full diffusion after `challengerShareMonths`. */
const ATANH_HALF = 0.5493061443340549;
/** Shortage below this share of demand is rounding, not a shortage. */
const SHORTAGE_EPSILON = 1e-12;

/**
 * Runs the monthly market once, from the history start (2023-01) to the horizon, writing every
 * series into `ws`, and returns the run's totals.
 *
 * `channels` (see channels.ts) says which routes of the DeepSeek shock are live; a route that is off
 * follows the `base` workspace (a run with no channels), which the caller runs first. With every
 * channel on this is the scenario, with none the base, with efficiency + investment the mechanical
 * saving.
 *
 * Month by month: adoption and trends advance; tier costs, quality and tokens per task are set; the
 * rental price that clears the compute market is found (list prices, tier shares, task demand and
 * training all answer it within the month); what cannot be served at the ceiling price is rationed;
 * then orders are placed for delivery a lead time later and the fleet retires and grows.
 */
export function runModel(inputs: ModelInputs, channels: number, ws: Workspace, base?: Workspace): RunTotals {
  const p = inputs.p;
  const paths = inputs.paths;
  const T = ws.months;
  const s = ws.series;
  const tiers = tierInputs(p);
  const n = tiers.count;
  const baseRec = base?.record;
  const baseSeries = base?.series;

  // A lever of the shock acts only when its channel is on. A mechanism (cost pass-through, tier
  // substitution, the clearing rental price, investment) runs live in the base and scenario runs
  // and, in a counterfactual, only when its channel is on — otherwise it follows the base run.
  const lever = (c: number): boolean => (channels & c) !== 0;
  const live = (c: number): boolean => !base || (channels & c) !== 0;
  const effOn = lever(CHANNEL.efficiency);
  const qualityOn = lever(CHANNEL.substitution);
  const compOn = lever(CHANNEL.competition);
  const passOn = live(CHANNEL.passThrough);
  const substOn = live(CHANNEL.substitution);
  const priceOn = live(CHANNEL.capacityPrice);
  const investOn = live(CHANNEL.investment);
  const anyShock = channels !== 0;

  // ---- the shock's diffusion: 0 before it, tanh ramp to 1 after
  const shockAt = shockIndex(p.shockMonth);
  const rampRate =
    p.challengerShareMonths > 0 ? ATANH_HALF / p.challengerShareMonths : Number.POSITIVE_INFINITY;
  const rampStep = Number.isFinite(rampRate) ? tanh(rampRate) : 1;

  // ---- monthly factors of yearly trends
  const tasksStep = monthly(p.tasksPerUserGrowthPerYear);
  const tokensPerTaskStep = monthly(p.tokensPerTaskGrowthPerYear);
  const qualityStep = monthly(p.qualityGrowthPerYear);
  const algorithmicStep = 1 / monthly(p.algorithmicGainPerYear);
  const hardwareStep = 1 / monthly(p.hardwareGainPerYear);
  const trainingStep = monthly(p.trainingGrowthPerYear);
  const ceilingStep = monthly(p.supplyCeilingGrowthPerYear);
  const bassP = p.bassInnovationPerYear / 12;
  const bassQ = p.bassImitationPerYear / 12;
  const lagAlpha = p.demandLagMonths > 0 ? 1 - exp(-1 / p.demandLagMonths) : 1;
  const theta = adjustmentShare(p.priceStickinessMonths, exp);
  const retireShare = 1 / (p.gpuLifetimeYears * 12);
  const demand = demandIndex(inputs);
  const etaPath = paths.elasticity;
  const floorPath = paths.rentalPriceFloor;
  const capexPath = paths.gpuCapexPerGpu;
  const interestPath = paths.costOfCapital;

  // ---- the market in January 2023, consistent with itself (see start-of-run.ts)
  const start = startOfRun(p, tiers, floorPath, capexPath, interestPath);
  const { h0, other0, markup, tasks0, ces, supply, elasticSupply, r0, budget0 } = start;
  const normalU = p.fleetUtilization;
  const maxU = p.maxUtilization;
  const trainingExponent = 1 - p.trainingRebound;
  let fleet = start.fleet;

  // ---- investment: expectations, the pipeline placed before the start
  const rule: OrderRule = {
    leadTime: Math.max(1, p.leadTimeMonths),
    expectationMonths: p.expectationMonths,
    profitabilityTilt: p.profitabilityTilt,
    adjustmentMonths: p.investmentAdjustmentMonths,
    retireShare,
    normalUtilization: normalU,
    hoursPerMonth: HOURS_PER_MONTH,
  };
  const L = rule.leadTime;
  const deliveries = new Float64Array(T + L + 1);
  let expectedGrowth = log(p.demandGrowthExpectedStart) / 12;
  let ceiling = p.supplyCeilingStart;
  {
    let c = ceiling;
    for (let j = 0; j < L && j < deliveries.length; j++) {
      const steady = fleet * (retireShare + expectedGrowth) * exp(expectedGrowth * j);
      deliveries[j] = steady > 0 ? Math.min(steady, c) : 0;
      c *= ceilingStep;
    }
  }
  let pending = 0; // orders due after next month and before t + L
  for (let j = 1; j < L; j++) pending += deliveries[j];
  const survivalOverLead = power(1 - retireShare, L);
  const shellPerH100e = p.datacenterCapexPerKw * p.powerPerH100eKw;

  // ---- per-month scratch (allocated once per run)
  const h = new Float64Array(n);
  const other = new Float64Array(n);
  const k = new Float64Array(n);
  const q = new Float64Array(n);
  const mu = new Float64Array(n);
  const cost = new Float64Array(n);
  const price = new Float64Array(n);
  const prevPrice = Float64Array.from(tiers.listPrice);
  const pi = new Float64Array(n);
  const shares = new Float64Array(n);
  const baseShares = new Float64Array(n);
  const basePi = new Float64Array(n);

  // State carried between months
  let adoption = p.adoptionStartShare;
  const adoption0 = adoption;
  let lagged = 1; // lagged demand index, D(Π0) = 1
  let tasksTrend = 1;
  let tokensPerTaskTrend = 1;
  let qualityTrend = 1;
  let algorithmicTrend = 1;
  let hardwareTrend = 1;
  let trainingTrend = 1;
  let ramp = 0;
  let lastRental = r0;
  let prevDemandHours = 0;

  // Values the clearing closure writes for the month being solved
  let t = 0;
  let eta = p.elasticity;
  let scale = 0; // tasks per month before the price response: tasks0 · adoption · trend
  let trainingBudget = budget0;
  let trainFactor = 1;
  // What the last evaluation of demand found. Fields of one object rather than closure variables:
  // V8 updates an object's double fields in place, but boxes every double written to a closure
  // variable, and the clearing writes these a few times a month.
  const last = { lnIndex: 0, lagged: 1, inference: 0, training: 0, tasks: 0, at: Number.NaN, demand: 0 };
  let fleetHours = 0;
  let rentalFloor = supply.floor;
  let capital = supply.capital;
  const curve: SupplyCurve = { ...supply };

  /** Demand for H100e-hours at rental price r this month; leaves tier prices and shares in scratch. */
  const demandAt = (r: number): number => {
    const row = t * n;
    for (let i = 0; i < n; i++) {
      const c = passOn ? h[i] * r + other[i] : (baseRec as NonNullable<typeof baseRec>).cost[row + i];
      cost[i] = c;
      const target = (1 + mu[i]) * c;
      const sticky = prevPrice[i] + theta * (target - prevPrice[i]);
      // Sticky, but never below marginal cost: no provider sells a token at a loss on compute.
      const pr = Math.max(sticky, c);
      price[i] = pr;
      pi[i] = (pr * k[i]) / q[i];
    }
    let lnIndex: number;
    if (substOn) {
      lnIndex = cesShares(ces, pi, shares);
    } else {
      const rec = baseRec as NonNullable<typeof baseRec>;
      for (let i = 0; i < n; i++) {
        baseShares[i] = rec.taskShare[row + i];
        basePi[i] = rec.taskPrice[row + i];
      }
      lnIndex = log(
        fixedShareIndex(
          (baseSeries as NonNullable<typeof baseSeries>).priceIndex[t],
          baseShares,
          basePi,
          pi,
          shares,
        ),
      );
    }
    const d = demand(lnIndex, eta);
    // New uses take time to build (τ = demandLagMonths), but when prices rise the marginal uses
    // stop at once: the lag slows growth, never rationing by price.
    const lag = d < lagged ? d : lagged + lagAlpha * (d - lagged);
    const tasks = scale * lag;
    let inference = 0;
    for (let i = 0; i < n; i++) inference += tasks * shares[i] * k[i] * h[i];
    inference *= 1e-6;
    const training = trainingHours(trainingBudget, r, trainFactor);
    last.lnIndex = lnIndex;
    last.lagged = lag;
    last.inference = inference;
    last.training = training;
    last.tasks = tasks;
    last.at = r;
    last.demand = inference + training;
    return last.demand;
  };
  const excessAt = (r: number): number => demandAt(r) - utilizationAt(curve, r, power) * fleetHours;
  const clearing = new MarketClearing(excessAt, exp, log);

  let cumServed = 0;
  let cumValue = 0;
  let cumCapex = 0;
  let cumRevenue = 0;
  let cumTokens = 0;
  let peakShortage = 0;

  // Parameters and output arrays the loop reads, as locals: `p` and the series record are built key
  // by key and V8 keeps such objects as dictionaries, so a property read in the loop is a hash lookup.
  const k_challengerFlopsRatio = p.challengerFlopsRatio;
  const k_challengerShareMax = p.challengerShareMax;
  const k_costOfCapital = p.costOfCapital;
  const k_elasticity = p.elasticity;
  const k_gpuCapexPerGpu = p.gpuCapexPerGpu;
  const k_gpuLifetimeYears = p.gpuLifetimeYears;
  const k_incumbentResponse = p.incumbentResponse;
  const k_qualityShock = p.qualityShock;
  const k_rentalPriceFloor = p.rentalPriceFloor;
  const k_trainingEfficiencyAdoption = p.trainingEfficiencyAdoption;
  const k_trainingEfficiencyRatio = p.trainingEfficiencyRatio;
  const out_adoption = s.adoption;
  const out_fleetH100e = s.fleetH100e;
  const out_capacityHours = s.capacityHours;
  const out_capex = s.capex;
  const out_capexChips = s.capexChips;
  const out_capexShell = s.capexShell;
  const out_computeValue = s.computeValue;
  const out_deliveries = s.deliveries;
  const out_demandedHours = s.demandedHours;
  const out_inferenceHours = s.inferenceHours;
  const out_orders = s.orders;
  const out_priceIndex = s.priceIndex;
  const out_pricePaid = s.pricePaid;
  const out_rentalPrice = s.rentalPrice;
  const out_revenue = s.revenue;
  const out_servedHours = s.servedHours;
  const out_shortageShare = s.shortageShare;
  const out_supplyCeiling = s.supplyCeiling;
  const out_tokensDemanded = s.tokensDemanded;
  const out_tokensServed = s.tokensServed;
  const out_trainingHours = s.trainingHours;
  const out_userCost = s.userCost;
  const out_utilization = s.utilization;

  for (t = 0; t < T; t++) {
    // The shock's diffusion (0 before it; with the shock off, always 0).
    if (anyShock && t > shockAt) ramp = (ramp + rampStep) / (1 + ramp * rampStep);
    else if (anyShock && t === shockAt && rampStep === 1) ramp = 1;
    const effRamp = effOn ? ramp : 0;
    eta = etaPath ? etaPath[t] : k_elasticity;

    // Tiers: compute per token (efficiency lever), other cost, tokens per task, quality (quality lever).
    const efficiencyFactor = 1 - k_challengerShareMax * (1 - k_challengerFlopsRatio) * effRamp;
    const qualityRamp = qualityOn ? ramp : 0;
    const frontierQuality = tiers.quality[0] * qualityTrend;
    for (let i = 0; i < n; i++) {
      h[i] = h0[i] * algorithmicTrend * efficiencyFactor;
      other[i] = other0[i] * algorithmicTrend;
      k[i] = tiers.tokensPerTask[i] * tokensPerTaskTrend;
      const qi = tiers.quality[i] * qualityTrend;
      q[i] = qi + tiers.qualityShock[i] * k_qualityShock * qualityRamp * (frontierQuality - qi);
      mu[i] = compOn ? markup[i] * (1 - k_incumbentResponse * ramp) : markup[i];
    }
    scale = tasks0 * (adoption / adoption0) * tasksTrend;
    trainingBudget = budget0 * trainingTrend;
    const trainEff = trainingEfficiency(k_trainingEfficiencyRatio, k_trainingEfficiencyAdoption, effRamp);
    trainFactor = trainingFactor(trainEff, passOn ? trainingExponent : 1, power);

    // The supply curve this month: hardware progress cheapens an H100e; floor and capital may vary.
    const priceH100e = (capexPath ? capexPath[t] : k_gpuCapexPerGpu) * hardwareTrend;
    rentalFloor = floorPath ? floorPath[t] : k_rentalPriceFloor;
    capital = capitalCostPerHour(
      priceH100e,
      interestPath ? interestPath[t] : k_costOfCapital,
      k_gpuLifetimeYears,
      normalU,
      HOURS_PER_YEAR,
    );
    curve.floor = rentalFloor;
    curve.capital = capital;
    const userCost = rentalFloor + capital;

    // Clear the market (or follow the base path of the rental price).
    let rental: number;
    let demanded: number;
    let rationed = false;
    if (elasticSupply) {
      rental = userCost;
      demanded = demandAt(rental);
      fleet = demanded / (normalU * HOURS_PER_MONTH);
      fleetHours = fleet * HOURS_PER_MONTH;
    } else if (priceOn) {
      fleetHours = fleet * HOURS_PER_MONTH;
      clearing.solve(lastRental, rentalFloor, RENTAL_SEARCH_LIMIT, fleetHours);
      rationed = clearing.rationed;
      rental = clearing.rental;
      // The solver's last evaluation is usually at the root; evaluate again only when it is not.
      demanded = rental === last.at ? last.demand : demandAt(rental);
    } else {
      fleetHours = fleet * HOURS_PER_MONTH;
      rental = (baseSeries as NonNullable<typeof baseSeries>).rentalPrice[t];
      demanded = demandAt(rental);
      rationed = demanded > maxU * fleetHours;
    }
    const capacity = elasticSupply ? demanded : maxU * fleetHours;
    const served = rationed || demanded > capacity ? capacity : demanded;
    const servedShare = demanded > 0 ? served / demanded : 1;
    const shortage = 1 - servedShare > SHORTAGE_EPSILON ? 1 - servedShare : 0;
    const utilization = fleetHours > 0 ? served / fleetHours : 0;
    lastRental = rental;

    // Tier quantities, prices and money.
    const row = t * n;
    let tokensDemanded = 0;
    let revenue = 0;
    for (let i = 0; i < n; i++) {
      const tokens = last.tasks * shares[i] * k[i];
      tokensDemanded += tokens;
      const tokensServed = tokens * servedShare;
      ws.tokensByTier[row + i] = tokensServed;
      ws.listPriceByTier[row + i] = price[i];
      ws.record.cost[row + i] = cost[i];
      ws.record.taskShare[row + i] = shares[i];
      ws.record.taskPrice[row + i] = pi[i];
      revenue += tiers.paidShare[i] * price[i] * tokensServed * 1e-6;
      prevPrice[i] = price[i];
    }
    const tokensServed = tokensDemanded * servedShare;
    const value = rental * served;

    // Investment: deliveries this month are installed; orders for t + L are placed.
    const delivered = elasticSupply
      ? Math.max(0, fleet - (t > 0 ? out_fleetH100e[t - 1] * (1 - retireShare) : fleet))
      : deliveries[t];
    let orders = 0;
    if (!elasticSupply) {
      if (t > 0 && prevDemandHours > 0 && demanded > 0) {
        expectedGrowth = updateExpectation(
          expectedGrowth,
          log(demanded / prevDemandHours),
          rule.expectationMonths,
        );
      }
      const ceilingAtDelivery = ceiling * power(ceilingStep, L);
      if (investOn) {
        const desired = desiredFleet(rule, demanded, expectedGrowth, rental / userCost, exp, power);
        const projected = fleet * survivalOverLead + pending;
        orders = orderSize(rule, desired, projected, ceilingAtDelivery);
      } else {
        orders = (baseRec as NonNullable<typeof baseRec>).orders[t];
      }
      deliveries[t + L] += orders;
      // pending(t+1) = Σ_{j=t+2}^{t+L} deliveries[j]
      pending += orders - (L > 1 ? deliveries[t + 1] : orders);
    }
    ws.record.orders[t] = orders;
    const chipCapex = delivered * priceH100e;
    // Power per H100e falls with hardware progress as its price does (FLOP per watt and per dollar
    // have moved together), so the shell is costed per H100e at this month's hardware.
    const shellCapex = delivered * shellPerH100e * hardwareTrend;

    out_tokensDemanded[t] = tokensDemanded;
    out_tokensServed[t] = tokensServed;
    out_pricePaid[t] = tokensServed > 0 ? (revenue * 1e6) / tokensServed : 0;
    out_priceIndex[t] = exp(last.lnIndex);
    out_rentalPrice[t] = rental;
    out_userCost[t] = userCost;
    out_utilization[t] = utilization;
    out_fleetH100e[t] = fleet;
    out_capacityHours[t] = capacity;
    out_inferenceHours[t] = last.inference * servedShare;
    out_trainingHours[t] = last.training * servedShare;
    out_servedHours[t] = served;
    out_demandedHours[t] = demanded;
    out_orders[t] = orders;
    out_deliveries[t] = delivered;
    out_supplyCeiling[t] = ceiling;
    out_capexChips[t] = chipCapex;
    out_capexShell[t] = shellCapex;
    out_capex[t] = chipCapex + shellCapex;
    out_computeValue[t] = value;
    out_revenue[t] = revenue;
    out_shortageShare[t] = shortage;
    out_adoption[t] = adoption;

    if (t >= shockAt) {
      cumServed += served;
      cumValue += value;
      cumCapex += chipCapex + shellCapex;
      cumRevenue += revenue;
      cumTokens += tokensServed;
    }
    if (shortage > peakShortage) peakShortage = shortage;

    // Advance the state to next month.
    lagged = last.lagged;
    prevDemandHours = demanded;
    adoption = bassStep(adoption, bassP, bassQ);
    tasksTrend *= tasksStep;
    tokensPerTaskTrend *= tokensPerTaskStep;
    qualityTrend *= qualityStep;
    algorithmicTrend *= algorithmicStep;
    hardwareTrend *= hardwareStep;
    trainingTrend *= trainingStep;
    ceiling *= ceilingStep;
    if (!elasticSupply) fleet = fleet * (1 - retireShare) + deliveries[t + 1];
  }

  return {
    cumulativeServedHours: cumServed,
    cumulativeComputeValue: cumValue,
    cumulativeCapex: cumCapex,
    cumulativeRevenue: cumRevenue,
    cumulativeTokensServed: cumTokens,
    peakShortageShare: peakShortage,
    finalFleetH100e: fleet,
    clearingEvaluations: clearing.evaluations,
  };
}
