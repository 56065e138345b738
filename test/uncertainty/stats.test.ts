import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ranks, spearman, spearmanEach, wilsonProportion } from '../../src/uncertainty/stats';

describe('wilsonProportion', () => {
  it('matches published Wilson score intervals', () => {
    const a = wilsonProportion(5, 20);
    expect(a.low).toBeCloseTo(0.1119, 4);
    expect(a.high).toBeCloseTo(0.4687, 4);
    const none = wilsonProportion(0, 100);
    expect(none.value).toBe(0);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.037, 4);
    expect(wilsonProportion(100, 100).high).toBe(1);
    expect(wilsonProportion(0, 0)).toEqual({ value: 0, count: 0, n: 0, low: 0, high: 1 });
  });
});

describe('ranks and Spearman', () => {
  it('gives ties their average rank', () => {
    expect([...ranks([3, 1, 3, 2])]).toEqual([3.5, 1, 3.5, 2]);
    expect([...ranks([7, 7, 7])]).toEqual([2, 2, 2]);
  });

  it('is 1 for any increasing transform and −1 for a decreasing one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 3, maxLength: 40 }),
        (xs) => {
          expect(
            spearman(
              xs,
              xs.map((x) => x ** 3 + 2 * x),
            ),
          ).toBeCloseTo(1, 12);
          expect(
            spearman(
              xs,
              xs.map((x) => Math.exp(-x / 1e6)),
            ),
          ).toBeCloseTo(-1, 12);
        },
      ),
    );
  });

  it('leaves out rows where the output is undefined (NaN), and is 0 without spread', () => {
    expect(spearman([1, 2, 3, 4], [10, Number.NaN, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBe(0);
    expect(
      spearmanEach(
        [
          [1, 2, 3],
          [3, 2, 1],
        ],
        [1, 2, 3],
      ),
    ).toEqual([1, -1]);
  });
});
