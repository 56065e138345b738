import { describe, expect, it } from 'vitest';
import type { ElasticityChartSpec } from '../../web/charts/chart-spec';
import { layoutFor } from '../../web/charts/layout-vm';
import { elasticityChartModel, interpolateAt } from '../../web/charts/elasticity-chart-vm';
import { LABELS } from './fixtures';

function spec(breakEven: number | null, current: number): ElasticityChartSpec {
  return {
    id: 'elasticity',
    title: 'GPU spend vs elasticity',
    xLabel: 'ε',
    y: { label: 'Cumulative GPU spend (USD)', unit: 'USD', scale: 'linear', format: (v) => `${v / 1e9}B` },
    values: [0.5, 1, 1.5, 2],
    scenario: [80e9, 100e9, 130e9, 170e9],
    base: [110e9, 110e9, 110e9, 110e9],
    breakEven,
    current,
    labels: {
      ...LABELS,
      scenario: 'With shock',
      base: 'Without shock',
      breakEven: (e) => `Break-even ε = ${e}`,
      current: (e) => `Current ε = ${e}`,
    },
  };
}

describe('interpolateAt', () => {
  it('interpolates linearly and refuses to extrapolate', () => {
    expect(interpolateAt([0, 1, 2], [0, 10, 30], 1.5)).toBe(20);
    expect(Number.isNaN(interpolateAt([0, 1], [0, 10], 3))).toBe(true);
  });
});

describe('elasticityChartModel', () => {
  it('marks the break-even rule and the current point on the scenario curve', () => {
    const model = elasticityChartModel(spec(1.33, 1.25));
    expect(model.rules).toEqual([{ key: 'break-even', x: 1.33, label: 'Break-even ε = 1.3' }]);
    expect(model.points[0].y).toBeCloseTo(115e9, 0);
    expect(model.points[0].label).toBe('Current ε = 1.3');
    expect(model.series.map((s) => s.dash)).toEqual([false, true]);
    expect(model.xDomain).toEqual([0.5, 2]);
  });

  it('draws no rule when there is no break-even in range', () => {
    expect(elasticityChartModel(spec(null, 1)).rules).toEqual([]);
    expect(elasticityChartModel(spec(7, 1)).rules).toEqual([]);
  });

  it('names the elasticity in the read-out heading', () => {
    expect(elasticityChartModel(spec(null, 1)).xText(2)).toBe('ε: 1.5');
  });
});

describe('elasticity x ticks', () => {
  it('keeps x tick labels from crowding a wide plot', () => {
    const s = spec(null, 1);
    const wide = {
      ...s,
      values: Array.from({ length: 31 }, (_, i) => i * 0.1),
      scenario: new Array(31).fill(1),
      base: new Array(31).fill(1),
    };
    const model = elasticityChartModel(wide);
    const { maxXTicks, innerWidth } = layoutFor(model, 800, 300);
    const ticks = model.xTicks(maxXTicks);
    const longest = Math.max(...ticks.map((t) => t.text.length));
    expect(ticks.length * longest * 6.6).toBeLessThan(innerWidth * 0.75);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
  });
});
