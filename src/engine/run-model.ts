import type { RunTotals } from '../model/types';
import { HOURS_PER_MONTH, HOURS_PER_YEAR, shockIndex } from './calendar';
import { ALL_CHANNELS, CHANNEL } from './channels';
import { capitalCostPerHour, RENTAL_SEARCH_LIMIT } from './compute-market';
import { demandIndex } from './demand';
import { exp, log, monthly, power, tanh } from './engine-math';
import type { OrderRule } from './investment';
import { MarketClearing, searchStart } from './market-clearing';
import { type ModelInputs, tierInputs } from './model-inputs';
import { MonthDemand } from './month-demand';
import { adjustmentShare } from './pricing';
import { startOfRun } from './start-of-run';
import { trainingEfficiency, trainingFactor } from './training';
import type { RunFork } from './run-state';
import { copyMonths, type Workspace } from './workspace';

/** atanh(0.5): the shock reaches half its full diffusion after `challengerShareMonths`. */
const ATANH_HALF = 0.5493061443340549;
/** Shortage below this share of demand is rounding, not a shortage. */
const SHORTAGE_EPSILON = 1e-12;

/**
 * Runs the monthly market once, to the horizon, writing every series into `ws`, and returns the
 * run's totals.
 *
 * `channels` (see channels.ts) says which routes of the DeepSeek shock are live. Without `base` the
 * run starts at the history start (2023-01) and leaves its state at the shock month in
 * `ws.atShock`. With `base` — the workspace of the base run (no channels) of the same inputs, run
 * just before — it is a counterfactual: a route that is off follows the base run's path, and since
 * before the shock every route is off, it starts at the shock month from the base run's state and
 * takes the months before from it. With every channel on this is the scenario, with none the base,
 * with efficiency + investment the mechanical saving.
 *
 * `keepSeries` false runs for the totals alone (the decomposition's subsets, the break-even's trial
 * elasticities): no series or record is written, the months before the shock are not copied, and
 * the run cannot be followed by a counterfactual other than one with every channel on (which reads
 * only the state at the shock). The totals, the state at the shock and the numbers are the same.
 * `fork` (decomposition.ts, RunFork in run-state.ts): a run with investment on saves its state where
 * its twin without investment can start (`save`), and the twin starts there (`resume`), a lead time
 * less a month after the shock; the twin's totals are those of its run from the shock, bit for bit.
 *
 * Month by month: adoption and trends advance; tier costs, quality and tokens per task are set; the
 * rental price that clears the compute market is found (list prices, tier shares, task demand and
 * training all answer it within the month); what cannot be served at the ceiling price is rationed;
 * then orders are placed for delivery a lead time later and the fleet retires and grows.
 */
export function runModel(
  inputs: ModelInputs,
  channels: number,
  ws: Workspace,
  base?: Workspace,
  keepSeries = true,
  fork?: { save?: RunFork; resume?: RunFork },
): RunTotals {
  const p = inputs.p;
  const paths = inputs.paths;
  const T = ws.months;
  const s = ws.series;
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
  const resume = fork?.resume;
  if (resume && (!base || keepSeries || investOn || resume.channels !== (channels | CHANNEL.investment)))
    throw new Error('runModel: only the twin without investment of the run that saved the fork resumes it');
  const firstOwnMonth = resume ? resume.month : base ? Math.min(shockAt, T) : 0;
  const save = fork?.save;
  const rampRate =
    p.challengerShareMonths > 0 ? ATANH_HALF / p.challengerShareMonths : Number.POSITIVE_INFINITY;
  const rampStep = Number.isFinite(rampRate) ? tanh(rampRate) : 1;

  // ---- the chip-supply ceiling grows at its own pace (adoption and the other trends: trends.ts)
  const ceilingStep = monthly(p.supplyCeilingGrowthPerYear);
  const retireShare = 1 / (p.gpuLifetimeYears * 12);
  const etaPath = paths.elasticity;
  const floorPath = paths.rentalPriceFloor;
  const capexPath = paths.gpuCapexPerGpu;
  const interestPath = paths.costOfCapital;

  // ---- the market in January 2023, consistent with itself (see start-of-run.ts); a counterfactual
  // takes the base run's
  let begun = base?.start;
  if (base && !begun) throw new Error('runModel: the base workspace holds no base run');
  // A channel switched off, or the months before the shock, are read from the base run's series and
  // record: a base run for its totals alone (keepSeries false) left none.
  if (base && !base.recorded && (keepSeries || channels !== ALL_CHANNELS))
    throw new Error('runModel: the base run kept no series, which this counterfactual follows');
  ws.recorded = keepSeries;
  if (!begun) {
    const tiers = tierInputs(p);
    ws.trendPaths.fill(p, T);
    begun = {
      tiers,
      market: startOfRun(p, tiers, floorPath, capexPath, interestPath),
      trends: ws.trendPaths,
    };
  }
  ws.start = begun;
  const tiers = begun.tiers;
  const trends = begun.trends;
  const n = tiers.count;
  const { h0, other0, markup, tasks0, ces, supply, elasticSupply, r0, budget0 } = begun.market;
  const normalU = p.fleetUtilization;
  const maxU = p.maxUtilization;
  const trainingExponent = 1 - p.trainingRebound;
  // r(ū) = floor + capital · (ū/u_n)^β, the price of the fleet at full use: the factor is the run's.
  const fullUseFactor = elasticSupply ? 1 : power(maxU / normalU, supply.exponent);
  const adoption0 = p.adoptionStartShare;

  // ---- investment
  const rule: OrderRule = {
    leadTime: Math.max(1, p.leadTimeMonths),
    expectationMonths: p.expectationMonths,
    profitabilityTilt: p.profitabilityTilt,
    adjustmentMonths: p.investmentAdjustmentMonths,
    retireShare,
    normalUtilization: normalU,
    hoursPerMonth: HOURS_PER_MONTH,
    survivalOverLead: 0,
    ceilingGrowthOverLead: 0,
    scarcityPremiumMax: p.gpuScarcityPremiumMax,
  };
  rule.survivalOverLead = power(1 - retireShare, rule.leadTime);
  rule.ceilingGrowthOverLead = power(ceilingStep, rule.leadTime);
  const shellPerH100e = p.datacenterCapexPerKw * p.powerPerH100eKw;

  // ---- the state carried between months (run-state.ts): fresh, or the base run's at the shock
  const st = ws.state;
  const book = st.orders;
  if (resume && base) {
    // The twin's state where the run with investment on left it, but for the order pipeline: the
    // base run's at the shock, with the base run's orders placed since, as this run would have.
    st.copyFrom(resume.state);
    book.copyFrom(base.atShock.orders);
    for (let t = shockAt; t < firstOwnMonth; t++) {
      book.follow(rule, t, base.record.orders[t], base.record.orderPremium[t]);
      book.ceiling *= ceilingStep;
    }
  } else if (base) {
    st.copyFrom(base.atShock);
    if (keepSeries) copyMonths(base, ws, firstOwnMonth);
  } else {
    st.lagged = 1;
    st.ramp = 0;
    st.lastRental = r0;
    st.prevRental = r0;
    st.prevPrevRental = r0;
    st.fleet = begun.market.fleet;
    st.peakShortage = 0;
    st.prevPrice.set(tiers.listPrice);
    book.open(
      rule,
      T,
      st.fleet,
      log(p.demandGrowthExpectedStart) / 12,
      p.supplyCeilingStart,
      ceilingStep,
      exp,
    );
    st.clearing.reset();
  }
  const deliveries = book.deliveries;
  const atPremium = book.atPremium;

  // ---- the month's demand for compute at a trial rental price (month-demand.ts), and its clearing
  const { h, other, k, q, mu, cost, price, pi, shares } = ws.scratch;
  const prevPrice = st.prevPrice;
  const curve = { ...supply };
  const md = new MonthDemand(
    ws.scratch,
    prevPrice,
    ces,
    demandIndex(inputs),
    curve,
    adjustmentShare(p.priceStickinessMonths, exp),
    p.demandLagMonths > 0 ? 1 - exp(-1 / p.demandLagMonths) : 1,
    passOn ? null : (baseRec as NonNullable<typeof baseRec>),
    substOn
      ? null
      : {
          record: baseRec as NonNullable<typeof baseRec>,
          priceIndex: (baseSeries as NonNullable<typeof baseSeries>).priceIndex,
        },
  );
  const clearing = new MarketClearing(md);
  clearing.recall(st.clearing);

  let cumServed = resume ? resume.served : 0;
  let cumValue = resume ? resume.value : 0;
  let cumCapex = resume ? resume.capex : 0;
  let cumRevenue = resume ? resume.revenue : 0;
  let cumTokens = resume ? resume.tokens : 0;

  // Parameters as locals: `p` is built key by key and V8 keeps such objects as dictionaries, so a
  // property read in the loop would be a hash lookup.
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
  const tierQuality = tiers.quality;
  const tierQualityShock = tiers.qualityShock;
  const tierTokensPerTask = tiers.tokensPerTask;
  const tierPaidShare = tiers.paidShare;
  const tokensByTier = ws.tokensByTier;
  const listPriceByTier = ws.listPriceByTier;
  const rec = ws.record;

  for (let t = firstOwnMonth; t < T; t++) {
    if (!base && t === shockAt) saveAtShock(ws, clearing);
    if (save && t === save.month) {
      clearing.remember(st.clearing);
      save.state.copyFrom(st);
      save.channels = channels;
      save.served = cumServed;
      save.value = cumValue;
      save.capex = cumCapex;
      save.revenue = cumRevenue;
      save.tokens = cumTokens;
    }

    // The shock's diffusion (0 before it; with the shock off, always 0).
    let ramp = st.ramp;
    if (anyShock && t > shockAt) ramp = (ramp + rampStep) / (1 + ramp * rampStep);
    else if (anyShock && t === shockAt && rampStep === 1) ramp = 1;
    st.ramp = ramp;
    const effRamp = effOn ? ramp : 0;
    md.t = t;
    md.eta = etaPath ? etaPath[t] : k_elasticity;
    md.lagged = st.lagged;

    // Tiers: compute per token (efficiency lever), other cost, tokens per task, quality (quality lever).
    const efficiencyFactor = 1 - k_challengerShareMax * (1 - k_challengerFlopsRatio) * effRamp;
    const qualityRamp = qualityOn ? ramp : 0;
    const qualityTrend = trends.quality[t];
    const algorithmicTrend = trends.algorithmic[t];
    const tokensPerTaskTrend = trends.tokensPerTask[t];
    const frontierQuality = tierQuality[0] * qualityTrend;
    for (let i = 0; i < n; i++) {
      h[i] = h0[i] * algorithmicTrend * efficiencyFactor;
      other[i] = other0[i] * algorithmicTrend;
      k[i] = tierTokensPerTask[i] * tokensPerTaskTrend;
      const qi = tierQuality[i] * qualityTrend;
      q[i] = qi + tierQualityShock[i] * k_qualityShock * qualityRamp * (frontierQuality - qi);
      mu[i] = compOn ? markup[i] * (1 - k_incumbentResponse * ramp) : markup[i];
    }
    md.scale = tasks0 * (trends.adoption[t] / adoption0) * trends.tasks[t];
    md.trainingBudget = budget0 * trends.training[t];
    const trainEff = trainingEfficiency(k_trainingEfficiencyRatio, k_trainingEfficiencyAdoption, effRamp);
    md.trainFactor = trainingFactor(trainEff, passOn ? trainingExponent : 1);

    // The supply curve this month: hardware progress cheapens an H100e, and its power and operations
    // with it (an H100e is a smaller share of a newer chip, its server and its kW, as the shell's cost
    // per H100e falls below); floor and capital may vary.
    const hardwareTrend = trends.hardware[t];
    const priceH100e = (capexPath ? capexPath[t] : k_gpuCapexPerGpu) * hardwareTrend;
    const rentalFloor = (floorPath ? floorPath[t] : k_rentalPriceFloor) * hardwareTrend;
    const capital = capitalCostPerHour(
      priceH100e,
      interestPath ? interestPath[t] : k_costOfCapital,
      k_gpuLifetimeYears,
      normalU,
      HOURS_PER_YEAR,
    );
    curve.floor = rentalFloor;
    curve.capital = capital;
    const userCost = rentalFloor + capital;

    // Clear the market (or follow the base path of the rental price). With elastic supply the fleet
    // is what the month's demand at the user cost needs.
    let fleet = st.fleet;
    let rental = userCost;
    if (elasticSupply) md.evaluate(rental);
    let demanded = elasticSupply ? md.demand : 0;
    let rationed = false;
    if (elasticSupply) fleet = demanded / (normalU * HOURS_PER_MONTH);
    const fleetHours = fleet * HOURS_PER_MONTH;
    md.fleetHours = fleetHours;
    if (elasticSupply) {
      // cleared at the user cost
    } else if (priceOn) {
      // Demand beyond the full fleet is rationed by price only where something answers the price:
      // with pass-through on, token prices follow the rental and demand falls as it rises, and a
      // month that no price clears is rationed at r(ū), the supply curve's price at full use
      // (market-clearing.ts). Where token prices follow the base run instead (a counterfactual with
      // pass-through off) only training answers, and bidding the rental up would squeeze training
      // alone, without limit (to 1e100 USD an hour, as it once did). There the rental goes no
      // higher than the base run paid in the month, or r(ū) if that is higher — token prices that
      // follow the base run pay for compute at the base run's price — and the fleet is rationed at
      // that price. With no lever of the shock on, such a run clears where the base run did.
      const fullUseRental = rentalFloor + capital * fullUseFactor;
      let limit = RENTAL_SEARCH_LIMIT;
      let rationAt = fullUseRental;
      if (!passOn) {
        const baseRental = (baseSeries as NonNullable<typeof baseSeries>).rentalPrice[t];
        limit = Math.max(baseRental, fullUseRental);
        rationAt = limit;
      }
      const guess = searchStart(st.lastRental, st.prevRental, st.prevPrevRental);
      clearing.solve(guess, rentalFloor, limit, fleetHours, rationAt);
      rationed = clearing.rationed;
      rental = clearing.rental;
      // The solver's last evaluation is usually at the root; evaluate again only when it is not.
      if (rental !== md.at) md.evaluate(rental);
      demanded = md.demand;
    } else {
      rental = (baseSeries as NonNullable<typeof baseSeries>).rentalPrice[t];
      md.evaluate(rental);
      demanded = md.demand;
      rationed = demanded > maxU * fleetHours;
    }
    const capacity = elasticSupply ? demanded : maxU * fleetHours;
    const served = rationed || demanded > capacity ? capacity : demanded;
    const servedShare = demanded > 0 ? served / demanded : 1;
    const shortage = 1 - servedShare > SHORTAGE_EPSILON ? 1 - servedShare : 0;
    const utilization = fleetHours > 0 ? served / fleetHours : 0;
    st.prevPrevRental = st.prevRental;
    st.prevRental = st.lastRental;
    st.lastRental = rental;

    // Tier quantities, prices and money.
    const row = t * n;
    let tokensDemanded = 0;
    let revenue = 0;
    for (let i = 0; i < n; i++) {
      const tokens = md.tasks * shares[i] * k[i];
      tokensDemanded += tokens;
      const tokensServed = tokens * servedShare;
      if (keepSeries) {
        tokensByTier[row + i] = tokensServed;
        listPriceByTier[row + i] = price[i];
        rec.cost[row + i] = cost[i];
        rec.taskShare[row + i] = shares[i];
        rec.taskPrice[row + i] = pi[i];
      }
      revenue += tierPaidShare[i] * price[i] * tokensServed * 1e-6;
      prevPrice[i] = price[i];
    }
    const tokensServed = tokensDemanded * servedShare;
    const value = rental * served;

    // Investment: deliveries this month are installed; orders for t + L are placed (investment.ts).
    // (With elastic supply the state's fleet is still last month's: the one the month's demand replaced.)
    const delivered = elasticSupply
      ? Math.max(0, fleet - (t > 0 ? st.fleet * (1 - retireShare) : fleet))
      : deliveries[t];
    // The order's scarcity premium (GPU price ÷ list) is fixed when it is placed and paid on delivery.
    const orders = elasticSupply
      ? 0
      : investOn
        ? book.order(rule, t, demanded, rental / userCost, fleet, capital / userCost)
        : book.follow(
            rule,
            t,
            (baseRec as NonNullable<typeof baseRec>).orders[t],
            (baseRec as NonNullable<typeof baseRec>).orderPremium[t],
          );
    const chipCapex = (elasticSupply ? delivered : atPremium[t]) * priceH100e;
    // Power per H100e falls with hardware progress as its price does (FLOP per watt and per dollar
    // have moved together), so the shell is costed per H100e at this month's hardware.
    const shellCapex = delivered * shellPerH100e * hardwareTrend;

    if (keepSeries) {
      const premium = elasticSupply ? 1 : book.premium;
      rec.orders[t] = orders;
      rec.orderPremium[t] = premium;
      s.tokensDemanded[t] = tokensDemanded;
      s.tokensServed[t] = tokensServed;
      s.pricePaid[t] = tokensServed > 0 ? (revenue * 1e6) / tokensServed : 0;
      s.priceIndex[t] = exp(md.lnIndex);
      s.rentalPrice[t] = rental;
      s.userCost[t] = userCost;
      s.utilization[t] = utilization;
      s.fleetH100e[t] = fleet;
      s.capacityHours[t] = capacity;
      s.inferenceHours[t] = md.inference * servedShare;
      s.trainingHours[t] = md.training * servedShare;
      s.servedHours[t] = served;
      s.demandedHours[t] = demanded;
      s.orders[t] = orders;
      s.deliveries[t] = delivered;
      s.supplyCeiling[t] = book.ceiling;
      s.gpuPrice[t] = priceH100e * premium;
      s.capexChips[t] = chipCapex;
      s.capexShell[t] = shellCapex;
      s.capex[t] = chipCapex + shellCapex;
      s.computeValue[t] = value;
      s.revenue[t] = revenue;
      s.shortageShare[t] = shortage;
      s.adoption[t] = trends.adoption[t];
    }

    if (t >= shockAt) {
      cumServed += served;
      cumValue += value;
      cumCapex += chipCapex + shellCapex;
      cumRevenue += revenue;
      cumTokens += tokensServed;
    }
    if (shortage > st.peakShortage) st.peakShortage = shortage;

    // Advance the state to next month.
    st.lagged = md.lag;
    book.lastDemand = demanded;
    book.ceiling *= ceilingStep;
    if (!elasticSupply) fleet = fleet * (1 - retireShare) + deliveries[t + 1];
    st.fleet = fleet;
  }
  // A shock after the end: the state at the end stands for it.
  if (!base && shockAt >= T) saveAtShock(ws, clearing);

  return {
    cumulativeServedHours: cumServed,
    cumulativeComputeValue: cumValue,
    cumulativeCapex: cumCapex,
    cumulativeRevenue: cumRevenue,
    cumulativeTokensServed: cumTokens,
    peakShortageShare: st.peakShortage,
    finalFleetH100e: st.fleet,
    clearingEvaluations: clearing.evaluations,
  };
}

/** The state at the start of the shock month, from which counterfactual runs continue. */
function saveAtShock(ws: Workspace, clearing: MarketClearing): void {
  clearing.remember(ws.state.clearing);
  ws.atShock.copyFrom(ws.state);
}
