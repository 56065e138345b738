import { describe, expect, it } from 'vitest';
import { barGeometry, layoutFor, staggerLabels } from '../../web/charts/layout-vm';
import { timeChartModel } from '../../web/charts/time-chart-vm';
import { monthlySpec } from './fixtures';

describe('layoutFor', () => {
  const model = timeChartModel(monthlySpec(72, { a: Array.from({ length: 72 }, (_, i) => 1 + i) }));

  it('keeps the plot inside the SVG with room for labels', () => {
    const l = layoutFor(model, 600, 280);
    expect(l.left + l.innerWidth + l.right).toBe(600);
    expect(l.top + l.innerHeight + l.bottom).toBe(280);
    expect(l.left).toBeGreaterThan(20);
  });

  it('keeps a minimum plot size on a tiny element', () => {
    const l = layoutFor(model, 10, 10);
    expect(l.innerWidth).toBe(40);
    expect(l.innerHeight).toBe(40);
  });

  it('fits fewer x ticks on a narrower plot', () => {
    expect(layoutFor(model, 300, 280).maxXTicks).toBeLessThan(layoutFor(model, 900, 280).maxXTicks);
  });
});

describe('barGeometry', () => {
  it('places grouped bars side by side within 80% of a step', () => {
    const a = barGeometry(100, 2, 0);
    const b = barGeometry(100, 2, 1);
    expect(a.offset).toBe(-40);
    expect(b.offset).toBe(0);
    expect(a.width).toBe(39);
  });
});

describe('staggerLabels', () => {
  it('leaves separate labels alone and moves clashing ones by whole lines, nearest first', () => {
    const offsets = staggerLabels(
      [
        { x: 0, y: 100 },
        { x: 10, y: 102 },
        { x: 20, y: 100 },
        { x: 500, y: 100 },
      ],
      100,
    );
    expect(offsets).toEqual([0, 13, -13, 0]);
  });
});

describe('staggerLabels within bounds', () => {
  it('moves a label up rather than below the plot', () => {
    const offsets = staggerLabels(
      [
        { x: 0, y: 270 },
        { x: 0, y: 273 },
      ],
      100,
      13,
      [0, 275],
    );
    expect(offsets).toEqual([0, -26]);
  });

  it('keeps a label at its marker when no line in bounds is free', () => {
    const offsets = staggerLabels(
      [
        { x: 0, y: 5 },
        { x: 0, y: 5 },
      ],
      100,
      13,
      [0, 10],
    );
    expect(offsets).toEqual([0, 0]);
  });
});

describe('staggerLabels at the plot edge', () => {
  it('lets a label stay at a marker that sits below the bounds', () => {
    expect(staggerLabels([{ x: 0, y: 300 }], 100, 13, [0, 280])).toEqual([0]);
  });
});
