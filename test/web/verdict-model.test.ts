// The verdict panel's content and the decomposition waterfall, from real engine results, in Node.
import { describe, expect, it } from 'vitest';
import { jevons } from '../../src/engine/jevons';
import type { Warning } from '../../src/model/types';
import { BASES } from '../../src/model/types';
import { verdictSentence } from '../../src/report/verdict-text';
import { defaultScenario, scenarioFromPreset, scenarioFromValues } from '../../src/scenario/from-preset';
import { decompositionSpec } from '../../web/app/decomposition-model';
import { verdictView, verdictWord, warningText } from '../../web/app/verdict-model';
import { waterfallLayout } from '../../web/charts/waterfall-vm';

describe('the verdict panel', () => {
  const result = jevons(defaultScenario());

  it('shows the report layer’s sentence and the verdict at 12, 24 months and the end on every basis', () => {
    for (const lang of ['en', 'zh'] as const) {
      const view = verdictView(result, false, lang);
      expect(view.sentence).toBe(verdictSentence(result, lang));
      expect(view.rows.map((r) => r.horizonMonths)).toEqual([12, 24, result.headline.horizonMonths]);
      expect(view.bases.map((b) => b.basis)).toEqual([...BASES]);
      for (const row of view.rows) {
        for (const basis of BASES) {
          const v = result.verdicts.find((x) => x.horizonMonths === row.horizonMonths && x.basis === basis)!;
          const cell = row.cells[basis];
          expect(cell.verdict).toBe(v.verdict);
          expect(cell.word).toBe(verdictWord(v.verdict, lang));
          expect(cell.rebound).toBe(v.value === null ? '—' : v.value.toFixed(2));
        }
      }
      expect(view.breakEven.map((b) => b.basis)).toEqual(['servedCompute', 'capex']);
      expect(`${view.sentence}${view.diagnostic}`).not.toMatch(/NaN|Infinity/);
    }
    expect(verdictWord('backfire', 'en')).toBe('backfire');
  });

  it('says why capex has no rebound at the chip-supply ceiling, in the reader’s language, the engine’s words kept', () => {
    // Chip supply that grows 1.4× a year: deliveries sit at the ceiling and the GPU price at its cap
    // with and without the shock, so capex cannot move (at the defaults it can, since the fit to the
    // H100's price).
    const result = jevons(scenarioFromValues({ supplyCeilingGrowthPerYear: 1.4 }));
    const capex = result.verdicts.filter((v) => v.basis === 'capex');
    expect(capex.every((v) => v.reasonCode === 'at-supply-ceiling')).toBe(true);
    const zh = verdictView(result, false, 'zh').rows[0].cells.capex;
    expect(zh.reason).toMatch(/^GPU交付在有无冲击时都处于芯片供给上限/);
    expect(zh.reasonOriginal).toBe(capex[0].reason);
    expect(verdictView(result, false, 'en').rows[0].cells.capex.reason).toBe(capex[0].reason);
    const be = verdictView(result, false, 'zh').breakEven.find((b) => b.basis === 'capex')!;
    expect(be.detail).toMatch(/^在任何弹性下冲击都不改变资本开支/);
  });

  it('says the break-even elasticity is being worked out while the analysis runs, and labels the diagnostic', () => {
    const pending = verdictView(
      jevons(defaultScenario(), { breakEven: false, decomposition: false }),
      true,
      'en',
    );
    expect(pending.breakEven.every((b) => b.pending && b.text === '…')).toBe(true);
    expect(pending.diagnostic).toMatch(/^Diagnostic only, not the verdict/);
  });

  it('writes every warning in Chinese from the catalogue, with its numbers', () => {
    const warnings: Warning[] = [
      { id: 'shortage', value: 0.12, unit: 'share', bound: 0.03, month: '2027-03', message: 'm' },
      {
        id: 'spend-share-of-gdp',
        value: 0.031,
        unit: 'share of world GDP',
        bound: 0.02,
        month: '2029-10',
        message: 'm',
      },
      {
        id: 'capex-share-of-gdp',
        value: 0.025,
        unit: 'share of world GDP',
        bound: 0.02,
        month: '2030-01',
        message: 'm',
      },
      {
        id: 'tokens-per-person',
        value: 102798,
        unit: 'tokens per person per day',
        bound: 1e5,
        month: '2027-01',
        message: 'm',
      },
    ];
    expect(warningText(warnings[0], 'en')).toBe('m');
    const zh = warnings.map((w) => warningText(w, 'zh'));
    expect(zh[0]).toContain('2027-03');
    expect(zh[0]).toContain('12%');
    expect(zh[1]).toContain('3.1%');
    expect(zh[3]).toMatch(/10\.28万 token，超过 10万 token/);
    for (const text of zh) expect(text).not.toMatch(/\{|NaN|undefined/);
  });
});

describe('the decomposition waterfall', () => {
  it('has the six channels adding up to the total on every basis, drawn end to end', () => {
    const result = jevons(scenarioFromPreset('deepseek-shock'));
    for (const basis of BASES) {
      const spec = decompositionSpec(result.decomposition, basis, 'en')!;
      expect(spec.steps.map((s) => s.id)).toEqual([
        'efficiency',
        'passThrough',
        'substitution',
        'competition',
        'capacityPrice',
        'investment',
      ]);
      const sum = spec.steps.reduce((s, x) => s + x.value, 0);
      expect(sum).toBeCloseTo(spec.total.value, -Math.floor(Math.log10(Math.abs(spec.total.value) + 1)) + 6);
      const layout = waterfallLayout(spec, 600);
      // Each step starts where the previous one ended.
      for (let i = 1; i < spec.steps.length; i++) {
        const prev = layout.bars[i - 1];
        const bar = layout.bars[i];
        const prevEnd = spec.steps[i - 1].value >= 0 ? prev.x1 : prev.x0;
        const start = spec.steps[i].value >= 0 ? bar.x0 : bar.x1;
        expect(start).toBeCloseTo(prevEnd, 6);
      }
      expect(layout.bars.at(-1)?.kind).toBe('total');
      for (const bar of layout.bars) expect(bar.valueText).not.toMatch(/NaN|Infinity/);
    }
  });
});
