import { describe, expect, it } from 'vitest';
import { legendItems, readoutIndexAfterKey } from '../../web/charts/legend-vm';
import { timeChartModel } from '../../web/charts/time-chart-vm';
import { monthlySpec } from './fixtures';

describe('legendItems', () => {
  it('lists hidden series too (so they can come back), leaves quiet ones out, adds each shading label once', () => {
    const base = monthlySpec(12, {
      a: new Array(12).fill(1),
      b: new Array(12).fill(2),
      c: new Array(12).fill(3),
    });
    const spec = {
      ...base,
      series: base.series.map((s) => (s.id === 'c' ? { ...s, quiet: true } : s)),
      shading: [
        { fromX: 1, toX: 2, label: 'Shortage' },
        { fromX: 5, toX: 6, label: 'Shortage' },
      ],
    };
    const items = legendItems(timeChartModel(spec, new Set(['b'])));
    expect(items.map((i) => [i.key, i.kind, i.visible])).toEqual([
      ['a', 'series', true],
      ['b', 'series', false],
      ['shade:Shortage', 'shade', true],
    ]);
  });

  it('is empty without a model', () => {
    expect(legendItems(null)).toEqual([]);
  });
});

describe('readoutIndexAfterKey', () => {
  it('starts at the latest point and steps with the arrows', () => {
    expect(readoutIndexAfterKey('ArrowLeft', null, 72)).toBe(70);
    expect(readoutIndexAfterKey('ArrowRight', 5, 72)).toBe(6);
  });

  it('jumps a tenth with PageUp/PageDown and to the ends with Home/End, clamped', () => {
    expect(readoutIndexAfterKey('PageUp', 3, 72)).toBe(0);
    expect(readoutIndexAfterKey('PageDown', 3, 72)).toBe(10);
    expect(readoutIndexAfterKey('Home', 40, 72)).toBe(0);
    expect(readoutIndexAfterKey('End', 4, 72)).toBe(71);
    expect(readoutIndexAfterKey('ArrowRight', 71, 72)).toBe(71);
  });

  it('clears on Escape and ignores other keys', () => {
    expect(readoutIndexAfterKey('Escape', 3, 72)).toBe('clear');
    expect(readoutIndexAfterKey('a', 3, 72)).toBeNull();
    expect(readoutIndexAfterKey('ArrowLeft', null, 0)).toBeNull();
  });
});
