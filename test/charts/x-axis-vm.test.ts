import { describe, expect, it } from 'vitest';
import { monthIndexAtPixel, nearestIndex, resolveX, xTickIndices } from '../../web/charts/x-axis-vm';

function months(from: number, to: number): string[] {
  const out: string[] = [];
  for (let y = from; y <= to; y++)
    for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}

const MONTHS = months(2025, 2030);

describe('resolveX', () => {
  it('finds an exact month label', () => {
    expect(resolveX('2025-03', MONTHS, 'month')).toBe(2);
  });

  it('puts an ISO date in its month', () => {
    expect(resolveX('2025-01-27', MONTHS, 'month')).toBe(0);
  });

  it('puts a bare year in the middle of its months', () => {
    expect(resolveX('2026', MONTHS, 'month')).toBe(17.5);
  });

  it('maps a date to its year on a yearly axis', () => {
    expect(resolveX('2027-05-01', ['2025', '2026', '2027'], 'year')).toBe(2);
  });

  it('returns null outside the axis', () => {
    expect(resolveX('2040', MONTHS, 'month')).toBeNull();
    expect(resolveX(99, ['2025'], 'year')).toBeNull();
    expect(resolveX('soon', MONTHS, 'month')).toBeNull();
  });
});

describe('xTickIndices', () => {
  it('ticks each January when they fit', () => {
    expect(xTickIndices(MONTHS, 'month', 10)).toEqual([0, 12, 24, 36, 48, 60]);
  });

  it('thins Januaries when space is short', () => {
    expect(xTickIndices(MONTHS, 'month', 3)).toEqual([0, 24, 48]);
  });

  it('ticks quarters on a short window', () => {
    expect(xTickIndices(months(2025, 2025), 'month', 6)).toEqual([0, 3, 6, 9]);
  });

  it('ticks every year on a yearly axis', () => {
    expect(xTickIndices(['2025', '2026', '2027'], 'year', 8)).toEqual([0, 1, 2]);
  });
});

describe('nearestIndex', () => {
  const xs = [0.2, 0.5, 1, 2, 4];

  it('finds the nearest x', () => {
    expect(nearestIndex(xs, 1.4)).toBe(2);
    expect(nearestIndex(xs, 1.6)).toBe(3);
  });

  it('clamps to the ends', () => {
    expect(nearestIndex(xs, -5)).toBe(0);
    expect(nearestIndex(xs, 50)).toBe(4);
    expect(nearestIndex(xs, Number.NaN)).toBe(0);
  });

  it('says -1 for no data', () => {
    expect(nearestIndex([], 1)).toBe(-1);
  });
});

describe('monthIndexAtPixel', () => {
  it('rounds to the nearest month and clamps', () => {
    expect(monthIndexAtPixel(50 + 3 * 10 + 4, 50, 10, 72)).toBe(3);
    expect(monthIndexAtPixel(50 + 3 * 10 + 6, 50, 10, 72)).toBe(4);
    expect(monthIndexAtPixel(0, 50, 10, 72)).toBe(0);
    expect(monthIndexAtPixel(5000, 50, 10, 72)).toBe(71);
  });
});
