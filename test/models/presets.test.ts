import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, PARAM_IDS, type ParamId, parameterById, presetById, presets } from '../../models';
import { sourceProblems } from './seeds';

describe('presets', () => {
  it('have unique ids, and the default is one of them', () => {
    const ids = presets.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(presetById[DEFAULT_PRESET_ID]).toBeDefined();
    expect(ids).toEqual([
      'pre-deepseek',
      'deepseek-shock',
      'jevons-bull',
      'efficiency-bear',
      'epoch-fast-decline',
      'reservation-curve',
      'textbook',
    ]);
  });

  it.each(presets.map((p) => [p.id, p] as const))('%s: sets only known ids, in range', (id, preset) => {
    for (const [key, value] of Object.entries(preset.parameters)) {
      expect(PARAM_IDS as readonly string[], `${id} sets unknown parameter ${key}`).toContain(key);
      const def = parameterById[key as ParamId];
      expect(Number.isFinite(value)).toBe(true);
      expect(value, `${id}.${key}`).toBeGreaterThanOrEqual(def.min);
      expect(value, `${id}.${key}`).toBeLessThanOrEqual(def.max);
      if (def.integer) expect(Number.isInteger(value)).toBe(true);
    }
  });

  it.each(presets.map((p) => [p.id, p] as const))('%s: quotes the view it encodes', (id, preset) => {
    expect(preset.view.some((s) => s.kind === 'article')).toBe(true);
    expect(preset.view.flatMap((s, i) => sourceProblems(s, `${id}.view[${i}]`))).toEqual([]);
    expect(preset.label.zh.trim()).not.toBe('');
    expect(preset.description.en.trim()).not.toBe('');
    expect(preset.description.zh.trim()).not.toBe('');
  });

  it('switch all three levers off before DeepSeek and keep the catalogue as the shock', () => {
    expect(presetById['pre-deepseek'].parameters).toEqual({
      challengerShareMax: 0,
      qualityShock: 0,
      incumbentResponse: 0,
      trainingEfficiencyAdoption: 0,
    });
    expect(presetById['deepseek-shock'].parameters).toEqual({});
  });

  it('put the bull above and the bear below the default elasticity', () => {
    const eps = parameterById.elasticity.value;
    expect(presetById['jevons-bull'].parameters.elasticity).toBeGreaterThan(eps);
    expect(presetById['efficiency-bear'].parameters.elasticity).toBeLessThan(1);
    expect(presetById['efficiency-bear'].parameters.trainingEfficiencyAdoption).toBeGreaterThan(
      parameterById.trainingEfficiencyAdoption.value,
    );
  });

  it('keep the id epoch-fast-decline for links, now meaning fast capability growth', () => {
    const preset = presetById['epoch-fast-decline'];
    expect(preset.label.en).toBe('Fast capability growth');
    expect(preset.parameters.qualityGrowthPerYear).toBeGreaterThan(parameterById.qualityGrowthPerYear.value);
  });

  it('set up the textbook rebound experiment exactly as the spec says', () => {
    const textbook = presetById.textbook;
    expect(textbook.parameters).toEqual({
      mainstreamTokenShare: 0,
      commodityTokenShare: 0,
      scarcityExponent: 0,
      computeCostShare: 1,
      incumbentResponse: 0,
      qualityShock: 0,
      trainingEfficiencyAdoption: 0,
      tokensPerTaskGrowthPerYear: 1,
      qualityGrowthPerYear: 1,
      tasksPerUserGrowthPerYear: 1,
      bassInnovationPerYear: 0,
      bassImitationPerYear: 0,
      demandLagMonths: 0,
      priceStickinessMonths: 0,
      algorithmicGainPerYear: 1,
      hardwareGainPerYear: 1,
      challengerShareMax: 0.1,
      challengerFlopsRatio: 0.5,
      challengerShareMonths: 0,
      elasticity: 1,
    });
    expect(textbook.view.some((s) => s.kind === 'assumption' && s.note?.includes('R = η·s_c'))).toBe(true);
  });
});
