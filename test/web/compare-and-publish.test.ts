// Comparing two scenarios, the dashed baseline's figures, the elasticity curve as a change, the
// export caption and the published CSV: from real engine runs, in Node.
import { describe, expect, it } from 'vitest';
import { jevons } from '../../src/engine/jevons';
import { sweep } from '../../src/engine/sweep';
import type { Scenario } from '../../src/model/types';
import { publishCsv } from '../../src/report/publish-csv';
import { defaultScenario, scenarioFromPreset } from '../../src/scenario/from-preset';
import { baselineView } from '../../web/app/baseline-figures';
import { compareView } from '../../web/app/compare-model';
import { elasticitySpec } from '../../web/app/elasticity-model';
import { exportCaption } from '../../web/app/export-caption';
import { QUANTILE_KEYS } from '../../src/uncertainty/quantiles';

function edited(elasticity: number): Scenario {
  const s = defaultScenario();
  return { ...s, parameters: { ...s.parameters, elasticity, qualityShock: 0.5 } };
}

describe('compare', () => {
  const a = defaultScenario();
  const b = edited(1.6);
  const ra = jevons(a, { breakEven: false, decomposition: false });
  const rb = jevons(b, { breakEven: false, decomposition: false });
  const view = compareView(
    { label: 'Preset', scenario: a, result: ra, error: null },
    { label: 'Mine', scenario: b, result: rb, error: null },
    'en',
  );

  it('lists exactly the parameters that differ, with both values in their units', () => {
    expect(view.changed.map((c) => c.id)).toEqual(['elasticity', 'qualityShock']);
    const quality = view.changed.find((c) => c.id === 'qualityShock')!;
    expect(quality.b).toBe('50%');
    expect(view.changed[0].b).toBe('1.6');
  });

  it('gives both verdicts and the headline figures with B’s difference from A', () => {
    expect(view.sides.map((s) => s.verdict)).toEqual([ra.headline.verdict, rb.headline.verdict]);
    expect(view.sides[0].sentence).toMatch(/^Under these assumptions/);
    const served = view.figures.find((f) => f.basis === 'servedCompute')!;
    const expected = rb.headline.scenario / ra.headline.scenario - 1;
    expect(served.total.delta).toMatch(expected > 0 ? /^\+/ : /^−/);
    expect(served.change.delta).toMatch(/pp$/);
    expect(JSON.stringify(view)).not.toMatch(/NaN|Infinity/);
  });

  it('says when two scenarios are the same', () => {
    const same = compareView(
      { label: 'A', scenario: a, result: ra, error: null },
      { label: 'B', scenario: a, result: ra, error: null },
      'zh',
    );
    expect(same.changed).toEqual([]);
    expect(same.figures.every((f) => f.total.delta === '+0%' || f.total.delta === '0%')).toBe(true);
  });
});

describe('the dashed baseline in the verdict panel', () => {
  const result = jevons(defaultScenario(), { breakEven: false, decomposition: false });

  it('sets the run without the shock beside the scenario, with the change the verdict reports', () => {
    const view = baselineView(result, { kind: 'base' }, null, 'en');
    expect(view.title).toBe('Dashed baseline: No DeepSeek shock');
    expect(view.rows.map((r) => r.basis)).toEqual(['servedCompute', 'computeValue', 'capex']);
    expect(view.verdict).toBe('');
    expect(view.note).toBe('');
  });

  it('gives a preset baseline’s own verdict, and no difference over another window', () => {
    const other = jevons(scenarioFromPreset('jevons-bull'), { breakEven: false, decomposition: false });
    const view = baselineView(result, { kind: 'preset', id: 'jevons-bull' }, other, 'en');
    expect(view.verdict).not.toBe('');
    const longer = defaultScenario();
    const far = jevons(
      { ...longer, parameters: { ...longer.parameters, horizonMonths: 96 } },
      { breakEven: false, decomposition: false },
    );
    const mismatch = baselineView(result, { kind: 'preset', id: 'x' }, far, 'en');
    expect(mismatch.rows.every((r) => r.delta === '—')).toBe(true);
    expect(mismatch.note).toMatch(/another window/);
  });
});

describe('the elasticity curve answers the question', () => {
  it('draws the change against no shock, crossing zero where the shock breaks even', () => {
    const s = defaultScenario();
    const values = [0.3, 0.8, 1.4, 2, 2.8];
    const swept = sweep(s, 'elasticity', values);
    const spec = elasticitySpec(swept, 'servedCompute', {}, 1, 'en');
    expect(spec.zeroLine).toMatch(/no change/);
    expect(spec.base).toBeUndefined();
    const path = swept.bases.servedCompute;
    for (let i = 0; i < values.length; i++) {
      expect(spec.scenario[i]).toBeCloseTo(path.scenario[i] / path.base[i] - 1, 12);
    }
    expect(spec.y.format(0.05)).toBe('+5%');
  });
});

describe('publishing', () => {
  const scenario = { ...edited(1.5), name: 'Analyst view' };

  it('captions an export with the scenario, the changed assumptions, the vintage, the date, the link and the source', () => {
    const lines = exportCaption(scenario, 'en', 'http://x/#elasticity=1.5', new Date('2025-03-04T10:00:00Z'));
    expect(lines[0]).toBe('Scenario: Analyst view');
    expect(lines[1]).toMatch(
      /^Changed from the preset “The DeepSeek shock”: Price elasticity of demand 1 → 1\.5; /,
    );
    expect(lines[2]).toBe('Data vintage: as of 28 Feb 2025 · exported 2025-03-04');
    expect(lines[3]).toBe('Open this view: http://x/#elasticity=1.5');
    expect(lines[4]).toMatch(/^Source: Jevons/);
    const zh = exportCaption(scenario, 'zh', 'l', new Date('2025-03-04T00:00:00Z'));
    expect(zh[2]).toBe('数据截至2025年2月28日 · 导出于 2025-03-04');
  });

  it('writes a CSV with the scenario, every parameter, the series and the Monte Carlo bands', () => {
    const result = jevons(scenario, { breakEven: false, decomposition: false });
    const run = result.scenario;
    const band = (f: number) => Float64Array.from(run.series.tokensServed, (v) => v * f);
    const bands = {
      months: run.months,
      samples: 200,
      seed: 7,
      quantiles: {
        tokensServed: { p5: band(0.5), p25: band(0.8), p50: band(1), p75: band(1.2), p95: band(2) },
      },
    };
    const text = publishCsv({ scenario, run, baseline: result.base, bands });
    const blocks = text.trim().split('\n\n');
    expect(blocks.map((b) => b.split('\n')[0])).toEqual(['[scenario]', '[parameters]', '[series]']);
    expect(blocks[0]).toContain('vintage,2025-02-28');
    expect(blocks[0]).toContain('monte carlo,"200 samples, seed 7"');
    expect(blocks[1]).toMatch(/\nelasticity,Price elasticity of demand,1\.5,–,1,yes\n/);
    const header = blocks[2].split('\n')[1];
    for (const k of QUANTILE_KEYS) expect(header).toContain(`tokensServed ${k} (tokens/month)`);
    expect(header).toContain('baseline_capex (USD/month)');
    const rows = blocks[2].split('\n').slice(2);
    expect(rows).toHaveLength(run.months.length);
    expect(text).not.toMatch(/NaN|Infinity/);
  });
});
