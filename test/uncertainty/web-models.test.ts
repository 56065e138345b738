import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine';
import type { Distribution, Scenario } from '../../src/model/types';
import { defaultScenario } from '../../src/scenario/from-preset';
import { timeChartSpecs } from '../../web/app/chart-models';
import { rowAfterKey, type TornadoSpec, tornadoLayout } from '../../web/charts/tornado-vm';
import { chartBands } from '../../web/uncertainty/chart-bands';
import type { McResult } from '../../web/uncertainty/mc-protocol';
import { createInProcessRunner } from '../../web/uncertainty/mc-runner';
import { LastTornado, tornadoSpec } from '../../web/uncertainty/tornado-model';
import { sobolSpec } from '../../web/uncertainty/sobol-model';
import { sobolLayout } from '../../web/charts/sobol-chart-vm';
import type { SobolResult } from '../../src/uncertainty/sobol';
import { describeDistribution } from '../../src/report/distribution-text';
import { distributionNumbers } from '../../web/uncertainty/uncertainty-panel';

function scenario(): Scenario {
  const s = defaultScenario();
  s.parameters.horizonMonths = 12;
  return s;
}

async function result(): Promise<McResult> {
  const runner = createInProcessRunner();
  const outcome = await runner.run({ scenario: scenario(), samples: 120, seed: 4, range: 'distribution' });
  runner.terminate();
  if (outcome.status !== 'done') throw new Error(outcome.status);
  return outcome.result;
}

describe('fan bands on the app charts', { timeout: 60_000 }, () => {
  it('attach to series the charts draw, one value per x entry, outer band first', async () => {
    const r = await result();
    const s = scenario();
    const inputs = {
      run: simulate(s),
      baseline: simulate(s, 'base'),
      shockMonth: s.parameters.shockMonth as number,
      lang: 'en' as const,
    };
    const specs = timeChartSpecs(inputs, chartBands(r, 'en'));
    const banded = specs.filter((spec) => spec.bands && spec.bands.length > 0);
    expect(banded.map((spec) => spec.id).sort()).toEqual(['fleet', 'market', 'price', 'tokens']);
    for (const spec of banded) {
      const ids = new Set(spec.series.map((s) => s.id));
      for (const band of spec.bands!) {
        expect(ids.has(band.seriesId)).toBe(true);
        expect(band.lower).toHaveLength(spec.x.length);
        expect(band.upper).toHaveLength(spec.x.length);
      }
      const [outer, inner] = spec.bands!;
      for (let i = 0; i < spec.x.length; i++) {
        expect(outer.lower[i]).toBeLessThanOrEqual(inner.lower[i]);
        expect(outer.upper[i]).toBeGreaterThanOrEqual(inner.upper[i]);
      }
    }
  });
});

describe('tornado', { timeout: 60_000 }, () => {
  it('the model keeps rows that move the rebound, largest first, in the reader’s language', async () => {
    const r = await result();
    const en = tornadoSpec(r.sensitivity!, 'en');
    const zh = tornadoSpec(r.sensitivity!, 'zh');
    expect(en.rows.length).toBeGreaterThan(0);
    expect(en.rows.length).toBeLessThanOrEqual(10);
    const swings = en.rows.map((row) => Math.abs((row.high ?? 0) - (row.low ?? 0)));
    expect(swings[0]).toBeGreaterThan(0);
    expect(zh.rows[0].id).toBe(en.rows[0].id);
    expect(zh.rows[0].label).not.toBe(en.rows[0].label);
    expect(en.base).toBe(r.sensitivity!.base.reboundServedCompute);
  });

  it('the panel rebuilds the spec only for a new tornado or language, and keeps the last one through a first pass', async () => {
    const r = await result();
    const last = new LastTornado();
    expect(last.spec(null, 'en')).toBeNull();
    const en = last.spec(r.sensitivity, 'en');
    expect(en?.rows).toEqual(tornadoSpec(r.sensitivity!, 'en').rows);
    expect(last.spec(r.sensitivity, 'en')).toBe(en);
    // A first pass (no tornado yet) for a moved scenario: the last tornado stays.
    expect(last.spec(null, 'en')).toBe(en);
    const zh = last.spec(r.sensitivity, 'zh');
    expect(zh).not.toBe(en);
    expect(zh?.rows[0].label).not.toBe(en?.rows[0].label);
    // Kept only in its own language.
    expect(last.spec(null, 'en')).toBeNull();
  });

  const spec: TornadoSpec = {
    id: 't',
    title: 'T',
    axisLabel: 'rebound',
    base: 1.5,
    reference: { value: 1, label: 'full rebound' },
    rows: [
      { id: 'a', label: 'A', lowText: '0', highText: '1', low: 0.5, high: 3 },
      { id: 'b', label: 'B', lowText: '0', highText: '1', low: 2, high: null },
    ],
    format: (v) => v.toFixed(1),
    labels: {
      noData: 'none',
      undefinedValue: 'undefined',
      lowEnd: 'low',
      highEnd: 'high',
      readout: (row, lo, hi) => `${row.label}: ${lo} → ${hi}`,
      summary: 's',
    },
  };

  it('splits each bar at the scenario output and leaves an undefined end empty', () => {
    const layout = tornadoLayout(spec, 500);
    const [a, b] = layout.bars;
    expect(layout.baseX).not.toBeNull();
    expect(a.lowSegment!.x1).toBeCloseTo(layout.baseX!, 9);
    expect(a.highSegment!.x0).toBeCloseTo(layout.baseX!, 9);
    expect(a.lowSegment!.x0).toBeLessThan(a.highSegment!.x1);
    expect(b.highSegment).toBeNull();
    expect(b.readout).toBe('B: 2.0 → undefined');
    expect(layout.reference!.x).toBeLessThan(layout.baseX!);
    expect(layout.ticks.every((t) => t.x >= layout.plotLeft - 1e-9 && t.x <= layout.plotRight + 1e-9)).toBe(
      true,
    );
  });

  it('labels every tick apart when the rebound moves by a percent or two', () => {
    const row = (paramId: 'elasticity' | 'trainingRebound', lowOutput: number, highOutput: number) => ({
      paramId,
      baseValue: 1,
      low: 0.5,
      high: 2,
      lowOutput,
      highOutput,
      swing: Math.abs(highOutput - lowOutput),
    });
    const rows = [row('elasticity', 0.985, 1.007), row('trainingRebound', 0.99, 0.998)];
    const narrow = tornadoSpec(
      {
        method: 'tornado',
        range: 'distribution',
        horizonMonths: 72,
        base: { changeServedCompute: 0, changeCapex: 0, reboundServedCompute: 0.995 },
        tornado: { changeServedCompute: rows, changeCapex: rows, reboundServedCompute: rows },
        global: null,
      },
      'en',
    );
    const ticks = tornadoLayout(narrow, 600).ticks.map((t) => t.text);
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks).toContain('99.0%');
  });

  it('moves keyboard focus with the arrows, Home and End, and ignores other keys', () => {
    expect(rowAfterKey('ArrowDown', 0, 3)).toBe(1);
    expect(rowAfterKey('ArrowDown', 2, 3)).toBe(2);
    expect(rowAfterKey('ArrowUp', 0, 3)).toBe(0);
    expect(rowAfterKey('End', 0, 3)).toBe(2);
    expect(rowAfterKey('Home', 2, 3)).toBe(0);
    expect(rowAfterKey('a', 1, 3)).toBeNull();
  });
});

describe('distributions in words, in the app', () => {
  // The words are the report layer's (test/report/distribution-text.test.ts); the app writes the numbers.
  const inApp = (id: Parameters<typeof distributionNumbers>[0], d: Distribution, lang: 'en' | 'zh') =>
    describeDistribution(d, lang, distributionNumbers(id, lang));

  it('writes the bounds in the parameter’s unit as the app writes it, in both languages', () => {
    expect(inApp('elasticity', { dist: 'triangular', min: 0.5, mode: 1, max: 2 }, 'en')).toMatch(
      /^triangular: 0\.5.* – 1.* – 2/,
    );
    expect(inApp('qualityGrowthPerYear', { dist: 'lognormal', median: 5.5, sigma: 0.6 }, 'zh')).toMatch(
      /^对数正态分布：中位数 .*5\.5.*σ 0\.6/,
    );
    expect(inApp('challengerShareMax', { dist: 'fixed', value: 0.4 }, 'en')).toBe('fixed at 40%');
    expect(inApp('shockMonth', { dist: 'fixed', value: 2 }, 'zh')).toBe('固定为 2025年3月');
  });
});

describe('the Sobol chart', () => {
  const estimate = (value: number, low: number, high: number) => ({ value, low, high });
  const sobol = (sumFirst: { value: number; low: number; high: number }): SobolResult => {
    const factors = [
      {
        id: 'elasticity',
        parameters: ['elasticity' as const],
        first: estimate(0.1, -0.05, 0.2),
        total: estimate(0.35, 0.25, 0.45),
        interaction: 0.25,
      },
      {
        id: 'others',
        parameters: ['trainingRebound' as const, 'qualityShock' as const],
        first: estimate(0.6, 0.5, 0.7),
        total: estimate(0.62, 0.55, 1.3),
        interaction: 0.02,
      },
    ];
    const output = { rows: 256, mean: 1, variance: 0.01, sumFirst, factors };
    return {
      method: 'sobol',
      samples: 256,
      seed: 1,
      bootstrap: 500,
      confidence: 0.95,
      horizonMonths: 72,
      evaluations: 1024,
      factors: factors.map((f) => ({ id: f.id, parameters: f.parameters })),
      outputs: { changeServedCompute: output, changeCapex: output, reboundServedCompute: output },
    };
  };

  it('says how much interacts and who, in English and Chinese, and reads shares between 0 and 100%', () => {
    const en = sobolSpec(sobol(estimate(0.7, 0.6, 0.8)), 'en');
    expect(en.caption).toMatch(
      /^Interactions: 30% of the variance of the rebound \(95% interval 20%–40%\) comes from parameters acting together/,
    );
    expect(en.caption).toMatch(/Price elasticity of demand acts mostly through interactions/);
    // The group's interaction is too small to name; an index outside 0–100% brings the noise note.
    expect(en.caption).not.toMatch(/other 2/);
    expect(en.caption).toMatch(/sampling noise/);
    expect(en.rows.map((r) => r.label)).toEqual(['Price elasticity of demand', 'the other 2 together']);
    const layout = sobolLayout(en, 600);
    expect(layout.rows[0].readout).toBe(
      'Price elasticity of demand: alone 10% (0%–20%); with interactions 35% (25%–45%).',
    );
    expect(layout.rows[1].total.w1).toBe(layout.plotRight);
    const zh = sobolSpec(sobol(estimate(0.7, 0.6, 0.8)), 'zh');
    expect(zh.caption).toMatch(/^交互作用：回弹方差的 30%（95% 区间 20%–40%）来自参数的共同作用/);
    expect(zh.caption).toMatch(/主要通过交互作用起作用/);
    expect(zh.rows[1].label).toBe('其余 2 个参数合计');
  });

  it('does not guess when the interval of the interaction share is wide', () => {
    const en = sobolSpec(sobol(estimate(1.1, 0.4, 1.5)), 'en');
    expect(en.caption).toMatch(/is not clear yet from 256 design rows \(95% interval 0%–60%\)/);
  });
});
