import { describe, expect, it } from 'vitest';
import { GROUP_IDS, PARAM_IDS, type ParameterDef, groups, parameterById, parameters } from '../../models';
import { sourceProblems } from './seeds';

const HAN = /\p{Script=Han}/u;

const TIME_VARYING = [
  'elasticity',
  'challengerPriceRatio',
  'incumbentResponse',
  'gpuHourCost',
  'gpuCapexPerGpu',
  'inferenceUtilization',
  'fleetUtilization',
  'trainingEfficiencyAdoption',
];

const MUST_BE_UNCERTAIN = [
  'elasticity',
  'priceDeclinePerYear',
  'challengerShareMax',
  'adoptionCeiling',
  'tokensPerTaskGrowthPerYear',
  'algorithmicGainPerYear',
  'hardwareGainPerYear',
  'trainingEfficiencyAdoption',
  'demandLagMonths',
  'challengerPriceRatio',
];

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
    expect([...ids].sort()).toEqual([...PARAM_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of PARAM_IDS) expect(parameterById[id]?.id).toBe(id);
  });

  it('lists parameters in GROUP_IDS order and names every group in en and zh', () => {
    const order = parameters.map((p) => GROUP_IDS.indexOf(p.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(groups.map((g) => g.id)).toEqual([...GROUP_IDS]);
    for (const g of groups) {
      expect(g.label.en.trim()).not.toBe('');
      expect(g.label.zh).toMatch(HAN);
    }
    expect(groups.find((g) => g.id === 'price')?.label.en).toBe('Price & the DeepSeek shock');
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
    expect(p.description.en.length).toBeGreaterThan(40);
    expect(p.description.zh).toMatch(HAN);
  });

  it.each(parameters.map((p) => [p.id, p] as const))('%s: every source is complete and verbatim', (id, p) => {
    expect(p.sources.length).toBeGreaterThan(0);
    const problems = p.sources.flatMap((s, i) => sourceProblems(s, `${id}.sources[${i}]`));
    expect(problems).toEqual([]);
  });

  it('keeps uncertainty inside the slider range, with its reasoning stated', () => {
    for (const id of MUST_BE_UNCERTAIN)
      expect(parameterById[id as keyof typeof parameterById].uncertainty).toBeDefined();
    for (const p of parameters) {
      const range = support(p);
      if (!range) continue;
      expect(range[0], `${p.id} uncertainty low end`).toBeGreaterThanOrEqual(p.min);
      expect(range[1], `${p.id} uncertainty high end`).toBeLessThanOrEqual(p.max);
      if (p.uncertainty?.dist === 'triangular') {
        expect(p.uncertainty.mode).toBeGreaterThanOrEqual(p.uncertainty.min);
        expect(p.uncertainty.mode).toBeLessThanOrEqual(p.uncertainty.max);
      }
      expect(p.integer, `${p.id}: sampled values would not be whole`).not.toBe(true);
      const reasoning = p.sources.some((s) => s.kind === 'assumption' && s.note?.startsWith('Uncertainty:'));
      expect(reasoning, `${p.id} has an "Uncertainty:" assumption`).toBe(true);
    }
  });

  it('marks exactly the agreed parameters as time-varying', () => {
    const marked = parameters.filter((p) => p.timeVarying).map((p) => p.id);
    expect([...marked].sort()).toEqual([...TIME_VARYING].sort());
  });

  it('gives physical quantities the mathjs units the scenario parser converts to', () => {
    expect(parameterById.pricePerMTok.mathUnit).toBe('USD/Mtok');
    expect(parameterById.gpuPeakFlops.mathUnit).toBe('FLOP/s');
    expect(parameterById.flopsPerToken.mathUnit).toBe('FLOP/token');
    expect(parameterById.gpuHourCost.mathUnit).toBe('USD/GPUh');
    expect(parameterById.tokensPerMonth.mathUnit).toBe('token/month');
    expect(parameterById.trainingGpuHoursPerMonth.mathUnit).toBe('GPUh/month');
    expect(parameterById.gpuCapexPerGpu.mathUnit).toBe('USD');
    expect(parameterById.gpuLifetimeYears.mathUnit).toBe('year');
    for (const id of ['horizonMonths', 'shockMonth', 'challengerShareMonths', 'demandLagMonths'] as const) {
      expect(parameterById[id].mathUnit).toBe('month');
    }
    for (const p of parameters)
      if (p.unit === 'share' || p.unit === 'ratio') expect(p.mathUnit).toBeUndefined();
  });

  it('admits the extreme but valid inputs scripts use', () => {
    const admits = (id: keyof typeof parameterById, v: number) => {
      const p = parameterById[id];
      return v >= p.min && v <= p.max;
    };
    expect(admits('elasticity', 0) && admits('elasticity', 3)).toBe(true);
    expect(admits('priceDeclinePerYear', 100)).toBe(true);
    expect(admits('horizonMonths', 12) && admits('horizonMonths', 240)).toBe(true);
    expect(admits('startMonth', 2020 * 12) && admits('startMonth', 2035 * 12 + 11)).toBe(true);
    expect(parameterById.startMonth.value).toBe(24300);
  });
});
