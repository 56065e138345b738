import { describe, expect, it } from 'vitest';
import { referencePoints } from '../../models';
import { sourceProblems } from './seeds';

const byId = new Map(referencePoints.map((p) => [p.id, p]));

describe('reference points', () => {
  it('have unique ids', () => {
    expect(byId.size).toBe(referencePoints.length);
  });

  it.each(referencePoints.map((p) => [p.id, p] as const))(
    '%s: complete, dated and quoted verbatim',
    (id, p) => {
      expect(Number.isFinite(p.value)).toBe(true);
      if (p.valueHigh !== undefined) expect(p.valueHigh).toBeGreaterThan(p.value);
      expect(p.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(p.unit.trim()).not.toBe('');
      expect(p.label.en.trim()).not.toBe('');
      expect(p.label.zh.trim()).not.toBe('');
      expect(p.subject.en.trim()).not.toBe('');
      expect(p.sources.some((s) => s.kind === 'article')).toBe(true);
      expect(p.sources.flatMap((s, i) => sourceProblems(s, `${id}.sources[${i}]`))).toEqual([]);
    },
  );

  it('hold the announced capex the charts mark', () => {
    const capex = (id: string) => byId.get(id)?.value;
    expect(capex('capex-big4-2024')).toBe(218e9);
    expect(capex('capex-big4-2025')).toBe(300e9);
    expect(capex('capex-six-2023')).toBe(160e9);
    expect(capex('capex-six-2024')).toBe(200e9);
    expect(capex('capex-microsoft-2025')).toBe(80e9);
    expect(capex('capex-stargate')).toBe(500e9);
    expect(byId.get('capex-meta-2024')?.valueHigh).toBe(40e9);
    for (const p of referencePoints.filter((r) => r.kind === 'capex')) expect(p.unit).toBe('USD');
  });

  it('flag the figures that contradict each other', () => {
    for (const id of [
      'capex-big4-2024',
      'capex-six-2024',
      'price-deepseek-cents-003',
      'nvidia-revenue-fy2026-001',
      'training-cost-r1-002',
      'training-cost-r1-004',
      'training-gpu-hours-v3-001',
    ]) {
      expect(byId.get(id)?.caveat, id).toBeTruthy();
    }
  });

  it('reproduce the articles’ training arithmetic', () => {
    expect(byId.get('training-gpu-hours-55-days-004')?.value).toBe(2_703_360);
    const cost = byId.get('training-cost-v3-001')?.value ?? Number.NaN;
    const hours = byId.get('training-gpu-hours-v3-001')?.value ?? Number.NaN;
    expect(cost / hours).toBeCloseTo(2, 2);
  });
});
