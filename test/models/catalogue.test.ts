import { describe, expect, it } from 'vitest';
import {
  GROUP_IDS,
  PARAM_IDS,
  type ParamId,
  type ParameterDef,
  groups,
  parameterById,
  parameters,
} from '../../models';
import { sourceProblems } from './seeds';

const HAN = /\p{Script=Han}/u;

/** The parameters whose value may be an expression of time (the spec's list). */
const TIME_VARYING: ParamId[] = ['elasticity', 'rentalPriceFloor', 'gpuCapexPerGpu', 'costOfCapital'];

/** Behavioural parameters that must carry a Monte Carlo distribution. */
const MUST_BE_UNCERTAIN: ParamId[] = [
  'elasticity',
  'substitutionElasticity',
  'qualityShock',
  'incumbentResponse',
  'challengerShareMax',
  'scarcityExponent',
  'leadTimeMonths',
  'trainingRebound',
  'trainingEfficiencyAdoption',
  'tokensPerTaskGrowthPerYear',
  'algorithmicGainPerYear',
  'hardwareGainPerYear',
  'demandLagMonths',
];

/** Defaults and ranges pinned by the lead's spec (.notes/v2-spec.md): [value, min?, max?]. */
const SPEC: Partial<Record<ParamId, [number, number?, number?]>> = {
  horizonMonths: [72, 12, 240],
  shockMonth: [0, 0, 60],
  elasticity: [1, 0.05, 3],
  reservationSigma: [1.5],
  demandLagMonths: [6],
  substitutionElasticity: [1.5, 0.2, 5],
  bassInnovationPerYear: [0.03, 0, 0.5],
  bassImitationPerYear: [0.9, 0, 3],
  adoptionStartShare: [0.08, 0.001, 0.9],
  tasksPerUserGrowthPerYear: [1.3, 0.5, 5],
  tokensPerTaskGrowthPerYear: [1.5, 0.5, 10],
  tokensPerMonth: [5e12, 1e10, 1e16],
  qualityGrowthPerYear: [2, 1, 20],
  trendHalfLifeYears: [4, 0.5, 1000],
  frontierListPrice: [37.5],
  mainstreamListPrice: [2],
  commodityListPrice: [0.4],
  frontierTokenShare: [0.05],
  mainstreamTokenShare: [0.75],
  commodityTokenShare: [0.2],
  frontierComputeRatio: [1],
  mainstreamComputeRatio: [0.15],
  commodityComputeRatio: [0.03],
  frontierTokensPerTask: [1500],
  mainstreamTokensPerTask: [800],
  commodityTokensPerTask: [500],
  frontierQuality: [1],
  mainstreamQuality: [0.6],
  commodityQuality: [0.35],
  frontierPaidShare: [0.6],
  mainstreamPaidShare: [0.3],
  commodityPaidShare: [0.5],
  challengerShareMax: [0.4],
  challengerFlopsRatio: [0.185],
  challengerShareMonths: [6],
  qualityShock: [0.8, 0, 1],
  incumbentResponse: [0.3, 0, 1],
  flopsPerToken: [4e11],
  gpuPeakFlops: [989e12],
  inferenceUtilization: [0.2],
  algorithmicGainPerYear: [1.4, 1, 10],
  hardwareGainPerYear: [1.35],
  rentalPriceFloor: [0.5, 0, 5],
  gpuCapexPerGpu: [30000],
  costOfCapital: [0.1, 0, 0.5],
  gpuLifetimeYears: [5],
  fleetUtilization: [0.7],
  maxUtilization: [0.95, 0.5, 1],
  scarcityExponent: [6, 0, 20],
  computeCostShare: [0.8, 0.05, 1],
  priceStickinessMonths: [3, 0, 24],
  initialUtilization: [0.85],
  leadTimeMonths: [9, 0, 36],
  demandGrowthExpectedStart: [2.5, 1, 10],
  expectationMonths: [12, 1, 60],
  profitabilityTilt: [1, 0, 5],
  investmentAdjustmentMonths: [6, 1, 36],
  supplyCeilingStart: [150000],
  supplyCeilingGrowthPerYear: [1.8],
  datacenterCapexPerKw: [10000],
  powerPerH100eKw: [1.4],
  trainingGpuHoursPerMonth: [2e8],
  trainingGrowthPerYear: [2.4],
  trainingEfficiencyRatio: [0.071],
  trainingEfficiencyAdoption: [0.3],
  trainingRebound: [0.5, 0, 1],
};

/** The interval a distribution puts (almost) all its mass in: exact bounds, or ±3σ. */
function support(p: ParameterDef): [number, number] | undefined {
  const u = p.uncertainty;
  if (!u) return undefined;
  switch (u.dist) {
    case 'fixed':
      return [u.value, u.value];
    case 'uniform':
      return [u.min, u.max];
    case 'triangular':
      return [u.min, u.max];
    case 'normal':
      return [u.mean - 3 * u.sd, u.mean + 3 * u.sd];
    case 'lognormal':
      return [u.median * Math.exp(-3 * u.sigma), u.median * Math.exp(3 * u.sigma)];
  }
}

describe('parameter catalogue', () => {
  it('has every PARAM_ID exactly once and nothing else', () => {
    const ids = parameters.map((p) => p.id);
    expect(new Set(PARAM_IDS).size, 'PARAM_IDS has a duplicate').toBe(PARAM_IDS.length);
    expect(new Set(ids).size, 'a parameter is defined twice').toBe(ids.length);
    expect([...ids].sort()).toEqual([...PARAM_IDS].sort());
    for (const id of PARAM_IDS) expect(parameterById[id]?.id).toBe(id);
    expect(PARAM_IDS.length).toBe(67);
  });

  it('keeps the defaults and ranges the spec pins', () => {
    const drift: string[] = [];
    for (const [id, [value, min, max]] of Object.entries(SPEC) as [ParamId, [number, number?, number?]][]) {
      const p = parameterById[id];
      // A calibrated parameter keeps the spec's value as its prior; the fit moves the default.
      const handSet = p.prior ?? p.value;
      if (handSet !== value) drift.push(`${id}: hand-set value ${handSet}, spec ${value}`);
      if (min !== undefined && p.min !== min) drift.push(`${id}: min ${p.min}, spec ${min}`);
      if (max !== undefined && p.max !== max) drift.push(`${id}: max ${p.max}, spec ${max}`);
    }
    expect(drift).toEqual([]);
  });

  it('lists parameters in GROUP_IDS order and names every group in en and zh', () => {
    const order = parameters.map((p) => GROUP_IDS.indexOf(p.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(groups.map((g) => g.id)).toEqual([...GROUP_IDS]);
    expect([...GROUP_IDS]).toEqual([
      'time',
      'demand',
      'tiers',
      'shock',
      'compute',
      'market',
      'fleet',
      'training',
    ]);
    for (const g of groups) {
      expect(g.label.en.trim()).not.toBe('');
      expect(g.label.zh).toMatch(HAN);
    }
    for (const group of GROUP_IDS)
      expect(
        parameters.some((p) => p.group === group),
        group,
      ).toBe(true);
  });

  it.each(parameters.map((p) => [p.id, p] as const))('%s: default, range and step are coherent', (_id, p) => {
    for (const n of [p.value, p.min, p.max, p.step]) expect(Number.isFinite(n)).toBe(true);
    expect(p.min).toBeLessThan(p.max);
    expect(p.step).toBeGreaterThan(0);
    expect(p.value).toBeGreaterThanOrEqual(p.min);
    expect(p.value).toBeLessThanOrEqual(p.max);
    if (p.scale === 'log') expect(p.min).toBeGreaterThan(0);
    if (p.integer) {
      for (const n of [p.value, p.min, p.max, p.step]) expect(Number.isInteger(n)).toBe(true);
    }
    expect(p.unit.trim()).not.toBe('');
  });

  it.each(parameters.map((p) => [p.id, p] as const))('%s: labelled and described in en and zh', (_id, p) => {
    expect(p.label.en.trim()).not.toBe('');
    expect(p.label.zh).toMatch(HAN);
    expect(p.description.en.length).toBeGreaterThan(60);
    expect(p.description.zh).toMatch(HAN);
    expect(p.description.zh.length).toBeGreaterThan(20);
  });

  it.each(parameters.map((p) => [p.id, p] as const))(
    '%s: every source is complete, dated and verbatim',
    (id, p) => {
      expect(p.sources.length).toBeGreaterThan(0);
      const problems = p.sources.flatMap((s, i) => sourceProblems(s, `${id}.sources[${i}]`));
      expect(problems).toEqual([]);
    },
  );

  it('keeps uncertainty inside the slider range, with its reasoning stated', () => {
    for (const id of MUST_BE_UNCERTAIN) expect(parameterById[id].uncertainty, id).toBeDefined();
    for (const p of parameters) {
      const range = support(p);
      if (!range) continue;
      expect(range[0], `${p.id} uncertainty low end`).toBeGreaterThanOrEqual(p.min);
      expect(range[1], `${p.id} uncertainty high end`).toBeLessThanOrEqual(p.max);
      if (p.uncertainty?.dist === 'triangular') {
        expect(p.uncertainty.mode).toBeGreaterThanOrEqual(p.uncertainty.min);
        expect(p.uncertainty.mode).toBeLessThanOrEqual(p.uncertainty.max);
        expect(p.uncertainty.mode, `${p.id}: the mode is the default`).toBe(p.value);
      }
      if (p.uncertainty?.dist === 'lognormal') expect(p.uncertainty.median, p.id).toBe(p.value);
      const reasoning = p.sources.some((s) => s.kind === 'assumption' && s.note?.startsWith('Uncertainty:'));
      expect(reasoning, `${p.id} has an "Uncertainty:" assumption`).toBe(true);
    }
  });

  it('marks exactly the agreed parameters as time-varying', () => {
    const marked = parameters.filter((p) => p.timeVarying).map((p) => p.id);
    expect([...marked].sort()).toEqual([...TIME_VARYING].sort());
  });

  it('gives physical quantities the mathjs units the scenario parser converts to', () => {
    const expected: Partial<Record<ParamId, string>> = {
      frontierListPrice: 'USD/Mtok',
      frontierTokensPerTask: 'token',
      gpuPeakFlops: 'FLOP/s',
      flopsPerToken: 'FLOP/token',
      tokensPerMonth: 'token/month',
      trainingGpuHoursPerMonth: 'GPUh/month',
      rentalPriceFloor: 'USD/GPUh',
      gpuCapexPerGpu: 'USD',
      gpuLifetimeYears: 'year',
      supplyCeilingStart: 'GPU/month',
      datacenterCapexPerKw: 'USD/kW',
      powerPerH100eKw: 'kW',
    };
    for (const [id, unit] of Object.entries(expected))
      expect(parameterById[id as ParamId].mathUnit, id).toBe(unit);
    for (const p of parameters) {
      if (p.unit === 'months') expect(p.mathUnit, p.id).toBe('month');
      if (['share', 'ratio', 'index', '–', '×/yr', '/yr'].includes(p.unit))
        expect(p.mathUnit, p.id).toBeUndefined();
    }
  });

  it('admits the extreme but valid inputs scripts and presets use', () => {
    const admits = (id: ParamId, v: number) => v >= parameterById[id].min && v <= parameterById[id].max;
    expect(admits('elasticity', 0.05) && admits('elasticity', 3)).toBe(true);
    // No price response at all is out of range: demand beyond the supply ceiling could not clear.
    expect(admits('elasticity', 0)).toBe(false);
    expect(admits('horizonMonths', 12) && admits('horizonMonths', 240)).toBe(true);
    expect(admits('scarcityExponent', 0)).toBe(true);
    expect(admits('mainstreamTokenShare', 0) && admits('commodityTokenShare', 0)).toBe(true);
    for (const id of ['qualityGrowthPerYear', 'algorithmicGainPerYear', 'hardwareGainPerYear'] as const) {
      expect(admits(id, 1), id).toBe(true);
    }
  });
});
