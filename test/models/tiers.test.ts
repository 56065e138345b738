import { describe, expect, it } from 'vitest';
import {
  PARAM_IDS,
  TIERS,
  TIER_FIELDS,
  TIER_PARAM_IDS,
  parameterById,
  parameters,
  tierParamId,
} from '../../models';

const HAN = /\p{Script=Han}/u;

describe('tier registry', () => {
  it('declares each tier once, in order, with labels and descriptions in en and zh', () => {
    const ids = TIERS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['frontier', 'mainstream', 'commodity']);
    expect(TIERS.map((t) => t.order)).toEqual([...TIERS.map((t) => t.order)].sort((a, b) => a - b));
    for (const t of TIERS) {
      expect(t.label.en.trim()).not.toBe('');
      expect(t.label.zh).toMatch(HAN);
      expect(t.description.en.length).toBeGreaterThan(40);
      expect(t.description.zh).toMatch(HAN);
    }
  });

  it('names a tier’s parameter <tier><Field>', () => {
    expect(tierParamId('commodity', 'ListPrice')).toBe('commodityListPrice');
    expect(tierParamId('frontier', 'PaidShare')).toBe('frontierPaidShare');
    expect(TIER_FIELDS).toEqual([
      'ListPrice',
      'TokenShare',
      'ComputeRatio',
      'TokensPerTask',
      'Quality',
      'PaidShare',
    ]);
  });

  it('has exactly the tier × field ids in PARAM_IDS (add the missing ones to schema.ts)', () => {
    const expected = TIERS.flatMap((t) => TIER_FIELDS.map((f) => `${t.id}${f}`));
    const declared = new Set<string>(PARAM_IDS);
    const missing = expected.filter((id) => !declared.has(id));
    expect(missing, 'tier parameter ids missing from PARAM_IDS').toEqual([]);
    const tierGroup = parameters.filter((p) => p.group === 'tiers').map((p) => p.id);
    expect([...tierGroup].sort()).toEqual([...expected].sort());
    expect([...TIER_PARAM_IDS].sort()).toEqual([...expected].sort());
    const fieldLike = PARAM_IDS.filter((id) => TIER_FIELDS.some((f) => id.endsWith(f)));
    expect([...fieldLike].sort(), 'ids that look per-tier but belong to no tier').toEqual(
      [...expected].sort(),
    );
  });

  it('generates each tier parameter from the template, tagged with its tier and field', () => {
    for (const t of TIERS) {
      for (const f of TIER_FIELDS) {
        const p = parameterById[tierParamId(t.id, f)];
        expect(p.tier).toBe(t.id);
        expect(p.tierField).toBe(f);
        expect(p.label.en).toContain(t.label.en);
        expect(p.label.zh).toContain(t.label.zh);
      }
    }
  });

  it('gives the quality lever to the commodity tier only, and measures tiers against the frontier', () => {
    expect(TIERS.filter((t) => t.receivesQualityShock).map((t) => t.id)).toEqual(['commodity']);
    expect(parameterById.frontierQuality.value).toBe(1);
    expect(parameterById.frontierComputeRatio.value).toBe(1);
    const shares = TIERS.map((t) => parameterById[tierParamId(t.id, 'TokenShare')].value);
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
