import { describe, expect, it } from 'vitest';
import { cssColor } from '../../web/charts/plot-model';
import { readoutAt } from '../../web/charts/readout-vm';
import { timeChartModel } from '../../web/charts/time-chart-vm';
import { monthlySpec } from './fixtures';

describe('timeChartModel', () => {
  it('gives each series a palette colour unless one is set, and keeps dashes', () => {
    const spec = monthlySpec(3, { a: [1, 2, 3], b: [2, 3, 4] });
    const model = timeChartModel({
      ...spec,
      series: [spec.series[0], { ...spec.series[1], dash: true, color: 'red' }],
    });
    expect(model.series.map((s) => [s.color, s.dash])).toEqual([
      ['var(--jv-series-1, var(--_s1))', false],
      ['red', true],
    ]);
  });

  it('leaves hidden series and their bands out of the domain', () => {
    const spec = {
      ...monthlySpec(3, { a: [1, 2, 3], b: [100, 200, 300] }),
      bands: [{ seriesId: 'b', label: 'p5–p95', lower: [90, 180, 270], upper: [110, 220, 330] }],
    };
    expect(timeChartModel(spec).y.domain[1]).toBeGreaterThanOrEqual(330);
    const hidden = timeChartModel(spec, new Set(['b']));
    expect(hidden.y.domain[1]).toBeLessThan(10);
    expect(hidden.bands).toEqual([]);
  });

  it('widens the domain to cover bands and markers', () => {
    const spec = {
      ...monthlySpec(12, { a: new Array(12).fill(5) }),
      markers: [{ x: '2025', y: 40, yHigh: 60, label: 'capex', tooltip: 'announced' }],
    };
    const model = timeChartModel(spec);
    expect(model.y.domain[1]).toBeGreaterThanOrEqual(60);
    expect(model.markers[0].x).toBe(5.5);
  });

  it('drops markers and shading outside the x range', () => {
    const spec = {
      ...monthlySpec(12, { a: new Array(12).fill(5) }),
      markers: [{ x: '2031', y: 1, label: 'later', tooltip: '' }],
      shading: [
        { fromX: '2025-03', toX: '2025-05', label: 'shortage' },
        { fromX: '2040-01', toX: '2040-02', label: 'x' },
      ],
    };
    const model = timeChartModel(spec);
    expect(model.markers).toEqual([]);
    expect(model.shading.map((s) => [s.from, s.to])).toEqual([[2, 4]]);
  });

  it('adds a note and keeps the chart when a log series is all zeros', () => {
    const model = timeChartModel(monthlySpec(6, { a: new Float64Array(6) }, true));
    expect(model.empty).toBe(false);
    expect(model.note).toMatch(/log scale/);
    expect(model.y.domain[0]).toBeGreaterThan(0);
  });

  it('is empty when nothing is finite', () => {
    expect(timeChartModel(monthlySpec(2, { a: [Number.NaN, Number.NaN] })).empty).toBe(true);
    expect(timeChartModel(monthlySpec(0, {})).empty).toBe(true);
  });

  it('starts a linear bar axis at zero and pads x by half a slot', () => {
    const spec = monthlySpec(2, { a: [50, 60] });
    const model = timeChartModel({
      ...spec,
      xUnit: 'year',
      x: ['2025', '2026'],
      series: [{ ...spec.series[0], mark: 'bar' }],
    });
    expect(model.y.domain[0]).toBe(0);
    expect(model.xDomain).toEqual([-0.5, 1.5]);
    expect(model.barSlots).toBe(1);
  });

  it('ticks x at Januaries with the year as text', () => {
    const model = timeChartModel(monthlySpec(36, { a: new Array(36).fill(1) }));
    expect(model.xTicks(8)).toEqual([
      { value: 0, text: '2025' },
      { value: 12, text: '2026' },
      { value: 24, text: '2027' },
    ]);
  });
});

describe('readoutAt', () => {
  it('lists each visible series with unit and each band range, never NaN', () => {
    const spec = {
      ...monthlySpec(2, { a: [1.25, Number.NaN], b: [3, 4] }),
      bands: [{ seriesId: 'a', label: 'p5–p95', lower: [1, 1], upper: [2, 2] }],
    };
    const model = timeChartModel(spec, new Set(['b']));
    const r = readoutAt(model, 1);
    expect(r?.heading).toBe('2025-02');
    expect(r?.rows.map((row) => `${row.label}=${row.text}`)).toEqual([
      'A=—',
      'A · p5–p95=1.0 – 2.0 USD/Mtok',
    ]);
    expect(r?.spoken).not.toMatch(/NaN/);
    expect(readoutAt(model, 0)?.rows[0].text).toBe('1.3 USD/Mtok');
  });

  it('gives nothing outside the data', () => {
    expect(readoutAt(timeChartModel(monthlySpec(2, { a: [1, 2] })), 5)).toBeNull();
  });
});

describe('cssColor', () => {
  it('gives palette variables the built-in default as fallback and leaves other colours alone', () => {
    expect(cssColor('var(--jv-series-3)')).toBe('var(--jv-series-3, var(--_s3))');
    expect(cssColor('var(--jv-marker)')).toBe('var(--jv-marker, var(--_marker))');
    expect(cssColor('#ff0000')).toBe('#ff0000');
  });
});

describe('readoutAt with markers', () => {
  it('lists an announced range at its year so keyboard users reach it', () => {
    const spec = {
      ...monthlySpec(2, { a: [50, 60] }),
      xUnit: 'year' as const,
      x: ['2025', '2026'],
      markers: [{ x: '2025', y: 38, yHigh: 40, label: 'Big Tech capex', tooltip: '' }],
    };
    const rows = readoutAt(timeChartModel(spec), 0)?.rows ?? [];
    expect(rows.map((r) => `${r.label}=${r.text}`)).toEqual([
      'A=50.0 USD/Mtok',
      '◆ Big Tech capex=38.0 – 40.0 USD/Mtok',
    ]);
    expect(readoutAt(timeChartModel(spec), 1)?.rows.length).toBe(1);
  });
});
