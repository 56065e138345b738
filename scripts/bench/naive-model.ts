import { all, create } from 'mathjs';
import type { ModelInputs } from '../../src/engine/model-inputs';
import { HOURS_PER_MONTH } from '../../src/engine/run-model';

/**
 * The naive baseline for `npm run bench`: the same monthly equations as src/engine/run-model.ts
 * (constant-elasticity curve, scenario mode), written the way a first version often is — each
 * equation a mathjs expression evaluated every month against a scope object, a fresh object per
 * step. test/engine/naive-baseline.test.ts checks it returns the engine's numbers, so the speed-up
 * the bench reports is for identical work.
 */
const math = create(all);

const EQUATIONS: [string, string][] = [
  ['years', 't / 12'],
  [
    'ramp',
    't >= shockMonth ? (shareMonths > 0 ? tanh(0.5493061443340549 * (t - shockMonth) / shareMonths) : 1) : 0',
  ],
  ['share', 'shareMax * ramp'],
  ['priceInc', 'P0 * decline ^ (-years)'],
  ['price', '(1 - share) * priceInc * (1 - response * (1 - ratio) * ramp) + share * ratio * priceInc'],
  ['k', '4 / midpoint'],
  ['sigma0', '1 / (1 + exp(k * midpoint))'],
  ['adoption', '1 + (ceiling - 1) / (1 - sigma0) * (1 / (1 + exp(-k * (t - midpoint))) - sigma0)'],
  ['target', 'Q0 * (price / P0) ^ (-eps) * adoption * taskGrowth ^ years'],
  ['tokens', 'tokens + (target - tokens) * alpha'],
  ['flops', 'flops0 * algo ^ (-years) * (1 - share * (1 - flopsRatio))'],
  ['inferenceHours', 'tokens * flops / (peak * util * hw ^ years * 3600)'],
  ['trainingHours', 'training0 * trainingGrowth ^ years * (1 - adopt * (1 - trainingRatio) * ramp)'],
  ['hoursPerGpu', 'hoursPerMonth * fleetUtil'],
  ['needed', '(inferenceHours + trainingHours) / hoursPerGpu'],
  ['survivors', 'fleet * (1 - 1 / (lifetime * 12))'],
  ['nextFleet', 'min(max(needed, survivors), fleet * fleetGrowth ^ (1 / 12))'],
  ['bought', 'nextFleet - survivors'],
  ['fleet', 'nextFleet'],
  ['capacity', 'fleet * hoursPerGpu'],
  ['trainingServed', 'min(trainingHours, capacity)'],
  ['inferenceServed', 'min(inferenceHours, capacity - trainingServed)'],
  ['served', 'inferenceHours > 0 ? tokens * inferenceServed / inferenceHours : tokens'],
  ['spend', '(inferenceServed + trainingServed) * cost'],
  ['capex', 'bought * capexPerGpu'],
  ['revenue', 'price * served / 1e6'],
];
const COMPILED = EQUATIONS.map(([name, text]) => [name, math.compile(text)] as const);

export interface NaiveRun {
  gpuSpend: number[];
  tokens: number[];
  cumulativeGpuSpend: number;
}

export function naiveRun(inputs: ModelInputs): NaiveRun {
  const p = inputs.p;
  const T = p.horizonMonths;
  const hours0 =
    (p.tokensPerMonth * p.flopsPerToken) / (p.gpuPeakFlops * p.inferenceUtilization * 3600) +
    p.trainingGpuHoursPerMonth;
  let state: Record<string, number> = {
    tokens: p.tokensPerMonth,
    fleet: hours0 / (HOURS_PER_MONTH * p.fleetUtilization),
  };
  const out: NaiveRun = { gpuSpend: [], tokens: [], cumulativeGpuSpend: 0 };
  for (let t = 0; t < T; t++) {
    const scope: Record<string, number> = {
      ...state,
      t,
      shockMonth: p.shockMonth,
      shareMonths: p.challengerShareMonths,
      shareMax: p.challengerShareMax,
      P0: p.pricePerMTok,
      decline: p.priceDeclinePerYear,
      response: p.incumbentResponse,
      ratio: p.challengerPriceRatio,
      midpoint: p.adoptionMidpointMonths,
      ceiling: p.adoptionCeiling,
      Q0: p.tokensPerMonth,
      eps: p.elasticity,
      taskGrowth: p.tokensPerTaskGrowthPerYear,
      alpha: p.demandLagMonths > 0 ? 1 - Math.exp(-1 / p.demandLagMonths) : 1,
      flops0: p.flopsPerToken,
      algo: p.algorithmicGainPerYear,
      flopsRatio: p.challengerFlopsRatio,
      peak: p.gpuPeakFlops,
      util: p.inferenceUtilization,
      hw: p.hardwareGainPerYear,
      training0: p.trainingGpuHoursPerMonth,
      trainingGrowth: p.trainingGrowthPerYear,
      adopt: p.trainingEfficiencyAdoption,
      trainingRatio: p.trainingEfficiencyRatio,
      hoursPerMonth: HOURS_PER_MONTH,
      fleetUtil: p.fleetUtilization,
      lifetime: p.gpuLifetimeYears,
      fleetGrowth: p.maxFleetGrowthPerYear,
      cost: p.gpuHourCost,
      capexPerGpu: p.gpuCapexPerGpu,
    };
    for (const [name, code] of COMPILED) scope[name] = code.evaluate(scope) as number;
    state = { tokens: scope.tokens, fleet: scope.fleet };
    out.gpuSpend.push(scope.spend);
    out.tokens.push(scope.tokens);
    out.cumulativeGpuSpend += scope.spend;
  }
  return out;
}
