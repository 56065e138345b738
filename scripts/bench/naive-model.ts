import { all, create, type EvalFunction } from 'mathjs';
import { TIER_PARAM_IDS } from '../../models/tiers';
import {
  HOURS_PER_MONTH,
  HOURS_PER_YEAR,
  historyMonths,
  shockIndex,
  totalMonths,
} from '../../src/engine/calendar';
import { RENTAL_SEARCH_LIMIT } from '../../src/engine/compute-market';
import { MarketClearing, searchStart } from '../../src/engine/market-clearing';
import { CURVE, type ModelInputs, tierInputs } from '../../src/engine/model-inputs';
import { inverseHazard, normalTail } from '../../src/engine/normal';
import { SERIES_IDS, type SeriesId } from '../../src/model/types';

/**
 * The naive baseline of `npm run bench`: the scenario run of src/engine/run-model.ts (every
 * channel of the shock on) written the way a first version often is — every equation a mathjs
 * expression evaluated against a fresh scope object, every tier a fresh object each step, every
 * series a growing array. Only the root finder (MarketClearing) and the loop are plain code.
 * test/engine/naive-baseline.test.ts checks it returns the engine's numbers (to ~1e-9), so the
 * speed-up the bench reports is for identical work.
 */
const math = create(all);

type Equations = [string, EvalFunction][];
const compile = (lines: [string, string][]): Equations =>
  lines.map(([name, text]) => [name, math.compile(text)]);

/** Once per run. */
const INIT = compile([
  ['rampStep', 'challengerShareMonths > 0 ? tanh(atanhHalf / challengerShareMonths) : 1'],
  ['tasksStep', 'tasksPerUserGrowthPerYear ^ (1 / 12)'],
  ['tokensPerTaskStep', 'tokensPerTaskGrowthPerYear ^ (1 / 12)'],
  ['qualityStep', 'qualityGrowthPerYear ^ (1 / 12)'],
  ['algorithmicStep', '1 / algorithmicGainPerYear ^ (1 / 12)'],
  ['hardwareStep', '1 / hardwareGainPerYear ^ (1 / 12)'],
  ['trainingStep', 'trainingGrowthPerYear ^ (1 / 12)'],
  ['ceilingStep', 'supplyCeilingGrowthPerYear ^ (1 / 12)'],
  ['damping', 'exp(-LN2 / (12 * trendHalfLifeYears))'],
  ['lnTasks', 'log(tasksStep)'],
  ['lnTokensPerTask', 'log(tokensPerTaskStep)'],
  ['lnQuality', 'log(qualityStep)'],
  ['lnTraining', 'log(trainingStep)'],
  ['bassP', 'bassInnovationPerYear / 12'],
  ['bassQ', 'bassImitationPerYear / 12'],
  ['lagAlpha', 'demandLagMonths > 0 ? 1 - exp(-1 / demandLagMonths) : 1'],
  ['theta', 'priceStickinessMonths > 0 ? 1 - exp(-1 / priceStickinessMonths) : 1'],
  ['retireShare', '1 / (gpuLifetimeYears * 12)'],
  ['frontierHours', 'flopsPerToken * 1e6 / (gpuPeakFlops * inferenceUtilization * 3600)'],
  ['elastic', 'scarcityExponent == 0'],
  ['capital0', 'gpuCapexPerGpu * (costOfCapital + 1 / gpuLifetimeYears) / (hoursPerYear * fleetUtilization)'],
  ['u0', 'elastic ? fleetUtilization : min(initialUtilization, maxUtilization)'],
  [
    'r0',
    'elastic ? rentalPriceFloor + capital0 : (u0 <= 0 ? rentalPriceFloor : rentalPriceFloor + capital0 * (u0 / fleetUtilization) ^ scarcityExponent)',
  ],
  ['budget0', 'trainingGpuHoursPerMonth * r0'],
  ['trainingExponent', '1 - trainingRebound'],
  ['L', 'max(1, leadTimeMonths)'],
  ['expectedGrowth', 'log(demandGrowthExpectedStart) / 12'],
  ['shellPerH100e', 'datacenterCapexPerKw * powerPerH100eKw'],
  ['survivalOverLead', '(1 - retireShare) ^ L'],
  ['cobbDouglas', 'abs(1 - substitutionElasticity) < 1e-9'],
]);

/** Once per run and tier: the start (taskShare0 needs Σ shares, given in the scope). */
const TIER_INIT = compile([
  ['h0', 'frontierHours * computeRatio'],
  ['taskShare0', 'tokenShare / shareSum / tokensPerTask / tasksPerToken'],
  ['computeCost', 'h0 * r0'],
  ['other0', 'computeCost * (1 - computeCostShare) / computeCostShare'],
  ['markup', 'max(0, computeCost + other0 > 0 ? listPrice / (computeCost + other0) - 1 : 0)'],
  ['pi0', 'listPrice * tokensPerTask / quality'],
  ['weight', 'cobbDouglas or taskShare0 == 0 ? taskShare0 : taskShare0 * pi0 ^ (substitutionElasticity - 1)'],
  ['inference0', 'tasks0 * taskShare0 * tokensPerTask * h0 * 1e-6'],
]);

/** Each month, before the market clears. */
const MONTH = compile([
  [
    'ramp',
    't > shockAt ? (ramp + rampStep) / (1 + ramp * rampStep) : (t == shockAt and rampStep == 1 ? 1 : ramp)',
  ],
  ['efficiencyFactor', '1 - challengerShareMax * (1 - challengerFlopsRatio) * ramp'],
  ['frontierQuality', 'frontierQuality0 * qualityTrend'],
  ['scale', 'tasks0 * (adoption / adoptionStartShare) * tasksTrend'],
  ['trainingBudget', 'budget0 * trainingTrend'],
  ['trainEff', '1 - trainingEfficiencyAdoption * (1 - trainingEfficiencyRatio) * ramp'],
  ['priceH100e', 'gpuCapexPerGpu * hardwareTrend'],
  ['capital', 'priceH100e * (costOfCapital + 1 / gpuLifetimeYears) / (hoursPerYear * fleetUtilization)'],
  ['rentalFloor', 'rentalPriceFloor * hardwareTrend'],
  ['userCost', 'rentalFloor + capital'],
  ['fullUseRental', 'rentalFloor + capital * (maxUtilization / fleetUtilization) ^ scarcityExponent'],
]);

/** Each month and tier. */
const TIER_MONTH = compile([
  ['h', 'h0 * algorithmicTrend * efficiencyFactor'],
  ['other', 'other0 * algorithmicTrend'],
  ['k', 'tokensPerTask * tokensPerTaskTrend'],
  ['qi', 'quality * qualityTrend'],
  ['q', 'qi + qualityShockFlag * qualityShock * ramp * (frontierQuality - qi)'],
  ['mu', 'markup * (1 - incumbentResponse * ramp)'],
]);

/** Each trial rental price r, per tier. */
const DEMAND_TIER = compile([
  ['cost', 'h * r + other'],
  ['target', '(1 + mu) * cost'],
  ['sticky', 'prevPrice + theta * (target - prevPrice)'],
  ['price', 'sticky > cost ? sticky : cost'],
  ['pi', 'price * k / q'],
  ['term', 'cobbDouglas ? 0 : (weight > 0 ? weight * pi ^ (1 - substitutionElasticity) : 0)'],
  ['lnTerm', 'cobbDouglas and weight > 0 ? weight * log(pi / pi0) : 0'],
]);

/** Each trial rental price r, once `total` and `lnTotal` (Σ terms) are in the scope. */
const DEMAND = compile([
  ['index', 'cobbDouglas ? exp(lnTotal) : total ^ (1 / (1 - substitutionElasticity))'],
  ['d', 'reservation ? reservationIndex(log(index), eta) : exp(-eta * log(index))'],
  ['lag', 'd < lagged ? d : lagged + lagAlpha * (d - lagged)'],
  ['tasks', 'scale * lag'],
]);
const DEMAND_TIER_SHARE = compile([['share', 'cobbDouglas ? weight : term / total']]);
const DEMAND_HOURS = compile([
  [
    'training',
    'trainEff == 1 or trainingExponent == 0 ? trainingBudget / r : trainingBudget / r * trainEff ^ trainingExponent',
  ],
  ['demandHours', 'inference + training'],
  [
    'u',
    'r <= rentalFloor ? 0 : min(fleetUtilization * ((r - rentalFloor) / capital) ^ (1 / scarcityExponent), maxUtilization)',
  ],
  ['excess', 'demandHours - u * fleetHours'],
]);

/** After the market clears. */
const SERVED = compile([
  ['capacity', 'elastic ? demanded : maxUtilization * fleetHours'],
  ['served', 'rationed or demanded > capacity ? capacity : demanded'],
  ['servedShare', 'demanded > 0 ? served / demanded : 1'],
  ['shortage', '1 - servedShare > 1e-12 ? 1 - servedShare : 0'],
  ['utilization', 'fleetHours > 0 ? served / fleetHours : 0'],
]);
const TIER_SERVED = compile([
  ['tokens', 'tasks * share * k'],
  ['tokensServed', 'tokens * servedShare'],
  ['revenue', 'paidShare * price * tokensServed * 1e-6'],
]);
const INVEST = compile([
  ['tokensServed', 'tokensDemanded * servedShare'],
  ['value', 'rental * served'],
  ['delivered', 'elastic ? max(0, fleet - (t > 0 ? prevFleet * (1 - retireShare) : fleet)) : deliveriesNow'],
  [
    'expectedGrowth',
    'not elastic and t > 0 and prevDemandHours > 0 and demanded > 0 ? expectedGrowth + (log(demanded / prevDemandHours) - expectedGrowth) / expectationMonths : expectedGrowth',
  ],
  ['ceilingAtDelivery', 'ceiling * ceilingStep ^ L'],
  ['tilt', 'profitabilityTilt == 0 ? 1 : (rental / userCost) ^ profitabilityTilt'],
  ['desired', 'demanded * exp(expectedGrowth * L) * tilt / (fleetUtilization * hoursPerMonth)'],
  ['projected', 'fleet * survivalOverLead + pending'],
  ['ordersWanted', 'desired * retireShare + (desired - projected) / investmentAdjustmentMonths'],
  ['orders', 'elastic ? 0 : (ordersWanted > 0 ? min(ordersWanted, ceilingAtDelivery) : 0)'],
  // The scarcity premium that clears orders at the ceiling (investment.ts): capital scales with the GPU price.
  ['capitalShare', 'capital / userCost'],
  ['costAtCap', '1 + capitalShare * (gpuScarcityPremiumMax - 1)'],
  ['desiredAtCap', 'desired * costAtCap ^ (-profitabilityTilt)'],
  ['wantedAtCap', 'desiredAtCap * retireShare + (desiredAtCap - projected) / investmentAdjustmentMonths'],
  [
    'cleared',
    '(ceilingAtDelivery + projected / investmentAdjustmentMonths) / (retireShare + 1 / investmentAdjustmentMonths)',
  ],
  [
    'premium',
    'elastic or not (ordersWanted > ceilingAtDelivery) or gpuScarcityPremiumMax <= 1 ? 1 : (profitabilityTilt == 0 or not (capitalShare > 0) or wantedAtCap >= ceilingAtDelivery ? gpuScarcityPremiumMax : min(gpuScarcityPremiumMax, max(1, 1 + ((desired / cleared) ^ (1 / profitabilityTilt) - 1) / capitalShare)))',
  ],
  ['capexChips', '(elastic ? delivered : atPremiumNow) * priceH100e'],
  ['gpuPrice', 'priceH100e * premium'],
  ['capexShell', 'delivered * shellPerH100e * hardwareTrend'],
  ['pricePaid', 'tokensServed > 0 ? revenue * 1e6 / tokensServed : 0'],
]);
const ADVANCE = compile([
  ['adoption', 'min(1, adoption + (bassP + bassQ * adoption) * (1 - adoption))'],
  ['dampNow', 't >= historyMonths + 2 ? exp((t - historyMonths - 1) * log(damping)) : 1'],
  ['tasksTrend', 'tasksTrend * (dampNow == 1 ? tasksStep : exp(lnTasks * dampNow))'],
  [
    'tokensPerTaskTrend',
    'tokensPerTaskTrend * (dampNow == 1 ? tokensPerTaskStep : exp(lnTokensPerTask * dampNow))',
  ],
  ['qualityTrend', 'qualityTrend * (dampNow == 1 ? qualityStep : exp(lnQuality * dampNow))'],
  ['algorithmicTrend', 'algorithmicTrend * algorithmicStep'],
  ['hardwareTrend', 'hardwareTrend * hardwareStep'],
  ['trainingTrend', 'trainingTrend * (dampNow == 1 ? trainingStep : exp(lnTraining * dampNow))'],
  ['ceiling', 'ceiling * ceilingStep'],
]);

type Scope = Record<string, unknown>;

function apply(equations: Equations, scope: Scope): Scope {
  for (const [name, code] of equations) scope[name] = code.evaluate(scope);
  return scope;
}

export interface NaiveRun {
  /** Every series of the engine (SERIES_IDS), one number per month. */
  series: Record<SeriesId, number[]>;
  cumulativeServedHours: number;
  cumulativeCapex: number;
}

/** The reservation-price demand index with its start point cached per elasticity, as in demand.ts. */
function reservationIndex(sigma: number): (lnX: number, eps: number) => number {
  let cached = Number.NaN;
  let z0 = 0;
  let tail0 = 1;
  return (lnX, eps) => {
    if (eps !== cached) {
      cached = eps;
      z0 = eps * sigma > 1e-12 ? inverseHazard(eps * sigma) : Number.NEGATIVE_INFINITY;
      tail0 = z0 === Number.NEGATIVE_INFINITY ? 1 : normalTail(z0);
    }
    if (z0 === Number.NEGATIVE_INFINITY) return 1;
    return normalTail(z0 + lnX / sigma) / tail0;
  };
}

/** The scenario run of `inputs` (constant or reservation demand curve, constant parameters). */
export function naiveRun(inputs: ModelInputs): NaiveRun {
  if (inputs.curve === CURVE.expression) throw new Error('naiveRun: expression curves are not modelled');
  const perTier = new Set<string>(TIER_PARAM_IDS);
  const params: Scope = {};
  for (const [id, value] of Object.entries(inputs.p)) if (!perTier.has(id)) params[id] = value;
  Object.assign(params, {
    atanhHalf: 0.5493061443340549,
    hoursPerMonth: HOURS_PER_MONTH,
    hoursPerYear: HOURS_PER_YEAR,
    shockAt: shockIndex(inputs.p.shockMonth),
    reservation: inputs.curve === CURVE.reservation,
    reservationIndex: reservationIndex(inputs.p.reservationSigma),
    historyMonths: historyMonths(),
  });
  const T = totalMonths(inputs.p.horizonMonths);
  const t0 = tierInputs(inputs.p);
  const tierFields = Array.from({ length: t0.count }, (_, i) => ({
    listPrice: t0.listPrice[i],
    tokenShare: t0.tokenShare[i],
    computeRatio: t0.computeRatio[i],
    tokensPerTask: t0.tokensPerTask[i],
    quality: t0.quality[i],
    paidShare: t0.paidShare[i],
    qualityShockFlag: t0.qualityShock[i],
  }));

  // ---- the start
  let run = apply(INIT, { ...params });
  const shareSum = tierFields.reduce((sum, tier) => sum + tier.tokenShare, 0);
  const tasksPerToken = tierFields.reduce(
    (sum, tier) => sum + tier.tokenShare / shareSum / tier.tokensPerTask,
    0,
  );
  run = { ...run, shareSum, tasksPerToken, tasks0: (inputs.p.tokensPerMonth as number) * tasksPerToken };
  const tierStart = tierFields.map((fields) => apply(TIER_INIT, { ...run, ...fields }));
  const inference0 = tierStart.reduce((sum, tier) => sum + (tier.inference0 as number), 0);
  const L = run.L as number;
  const deliveries: number[] = new Array(T + L + 1).fill(0);
  // Deliveries weighted by the scarcity premium their orders paid.
  let atPremium: number[] = [];
  let state: Scope = {
    fleet:
      (inference0 + (params.trainingGpuHoursPerMonth as number)) / ((run.u0 as number) * HOURS_PER_MONTH),
    expectedGrowth: run.expectedGrowth,
    ceiling: params.supplyCeilingStart,
    adoption: params.adoptionStartShare,
    lagged: 1,
    ramp: 0,
    tasksTrend: 1,
    tokensPerTaskTrend: 1,
    qualityTrend: 1,
    algorithmicTrend: 1,
    hardwareTrend: 1,
    trainingTrend: 1,
    lastRental: run.r0,
    prevRental: run.r0,
    prevPrevRental: run.r0,
    prevDemandHours: 0,
    prevFleet: 0,
    pending: 0,
    frontierQuality0: tierFields[0].quality,
  };
  {
    let c = state.ceiling as number;
    const fleet = state.fleet as number;
    const g = state.expectedGrowth as number;
    for (let j = 0; j < L && j < deliveries.length; j++) {
      const steady = fleet * ((run.retireShare as number) + g) * Math.exp(g * j);
      deliveries[j] = steady > 0 ? Math.min(steady, c) : 0;
      c *= run.ceilingStep as number;
    }
    let pending = 0;
    for (let j = 1; j < L; j++) pending += deliveries[j];
    state.pending = pending;
    atPremium = [...deliveries];
  }
  let prevPrices = tierFields.map((tier) => tier.listPrice);
  // The engine's root finder (one per run: it learns the market's slope month to month).
  const clearing: { excess: (r: number) => number; solver: MarketClearing } = {
    excess: () => 0,
    solver: new MarketClearing({ excessAt: (r: number) => clearing.excess(r) }),
  };

  const series = Object.fromEntries(SERIES_IDS.map((id) => [id, [] as number[]])) as Record<
    SeriesId,
    number[]
  >;
  const out: NaiveRun = { series, cumulativeServedHours: 0, cumulativeCapex: 0 };
  for (let t = 0; t < T; t++) {
    const month = apply(MONTH, { ...run, ...state, t });
    const tiers = tierStart.map((tier, i) =>
      apply(TIER_MONTH, { ...month, ...tier, prevPrice: prevPrices[i] }),
    );
    let trial: { scope: Scope; tiers: Scope[] } = { scope: month, tiers };
    let fleetHours = (state.fleet as number) * HOURS_PER_MONTH;
    const demandAt = (r: number): number => {
      const trialTiers = tiers.map((tier) => apply(DEMAND_TIER, { ...tier, r }));
      const total = trialTiers.reduce((sum, tier) => sum + (tier.term as number), 0);
      const lnTotal = trialTiers.reduce((sum, tier) => sum + (tier.lnTerm as number), 0);
      const scope = apply(DEMAND, { ...month, r, total, lnTotal, eta: params.elasticity });
      const shared = trialTiers.map((tier) => apply(DEMAND_TIER_SHARE, { ...tier, total }));
      const inference =
        shared.reduce(
          (sum, tier) =>
            sum + (scope.tasks as number) * (tier.share as number) * (tier.k as number) * (tier.h as number),
          0,
        ) * 1e-6;
      trial = { scope: apply(DEMAND_HOURS, { ...scope, inference, fleetHours }), tiers: shared };
      return trial.scope.demandHours as number;
    };
    let rental: number;
    let rationed = false;
    let fleet = state.fleet as number;
    if (run.elastic) {
      rental = month.userCost as number;
      demandAt(rental);
      fleet = (trial.scope.demandHours as number) / ((params.fleetUtilization as number) * HOURS_PER_MONTH);
      fleetHours = fleet * HOURS_PER_MONTH;
    } else {
      const excess = (r: number): number => {
        demandAt(r);
        return trial.scope.excess as number;
      };
      clearing.excess = excess;
      clearing.solver.solve(
        searchStart(state.lastRental as number, state.prevRental as number, state.prevPrevRental as number),
        month.rentalFloor as number,
        RENTAL_SEARCH_LIMIT,
        fleetHours,
        month.fullUseRental as number,
      );
      rental = clearing.solver.rental;
      rationed = clearing.solver.rationed;
      demandAt(rental);
    }
    const demanded = trial.scope.demandHours as number;
    const served = apply(SERVED, { ...run, ...trial.scope, demanded, fleetHours, rationed });
    const tierServed = trial.tiers.map((tier) =>
      apply(TIER_SERVED, { ...tier, ...served, tasks: trial.scope.tasks }),
    );
    const tokensDemanded = tierServed.reduce((sum, tier) => sum + (tier.tokens as number), 0);
    const revenue = tierServed.reduce((sum, tier) => sum + (tier.revenue as number), 0);
    const money = apply(INVEST, {
      ...month,
      ...served,
      fleet,
      tokensDemanded,
      revenue,
      rental,
      deliveriesNow: deliveries[t],
      atPremiumNow: atPremium[t],
    });
    const orders = money.orders as number;
    if (!run.elastic) {
      deliveries[t + L] += orders;
      atPremium[t + L] += orders * (money.premium as number);
      state.pending = (state.pending as number) + orders - (L > 1 ? deliveries[t + 1] : orders);
    }
    const row: Record<SeriesId, number> = {
      tokensDemanded,
      tokensServed: money.tokensServed as number,
      pricePaid: money.pricePaid as number,
      priceIndex: trial.scope.index as number,
      rentalPrice: rental,
      userCost: month.userCost as number,
      utilization: served.utilization as number,
      fleetH100e: fleet,
      capacityHours: served.capacity as number,
      inferenceHours: (trial.scope.inference as number) * (served.servedShare as number),
      trainingHours: (trial.scope.training as number) * (served.servedShare as number),
      servedHours: served.served as number,
      demandedHours: demanded,
      orders,
      deliveries: money.delivered as number,
      capex: (money.capexChips as number) + (money.capexShell as number),
      capexChips: money.capexChips as number,
      capexShell: money.capexShell as number,
      supplyCeiling: state.ceiling as number,
      gpuPrice: money.gpuPrice as number,
      computeValue: money.value as number,
      revenue,
      shortageShare: served.shortage as number,
      adoption: month.adoption as number,
    };
    for (const id of SERIES_IDS) series[id].push(row[id]);
    if (t >= (params.shockAt as number)) {
      out.cumulativeServedHours += row.servedHours;
      out.cumulativeCapex += row.capex;
    }
    prevPrices = trial.tiers.map((tier) => tier.price as number);
    const next = apply(ADVANCE, {
      ...run,
      ...money,
      adoption: month.adoption,
      t,
    });
    state = {
      ...state,
      adoption: next.adoption,
      tasksTrend: next.tasksTrend,
      tokensPerTaskTrend: next.tokensPerTaskTrend,
      qualityTrend: next.qualityTrend,
      algorithmicTrend: next.algorithmicTrend,
      hardwareTrend: next.hardwareTrend,
      trainingTrend: next.trainingTrend,
      ceiling: next.ceiling,
      ramp: month.ramp,
      lagged: trial.scope.lag,
      expectedGrowth: money.expectedGrowth,
      lastRental: rental,
      prevRental: state.lastRental,
      prevPrevRental: state.prevRental,
      prevDemandHours: demanded,
      prevFleet: fleet,
      fleet: run.elastic ? fleet : fleet * (1 - (run.retireShare as number)) + deliveries[t + 1],
    };
  }
  return out;
}
