import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateYearly, spansAbove } from '../../web/charts/yearly-vm';

/** The suite's seed (test/setup/fast-check-seed.ts): a failure prints it, JEVONS_FC_SEED replays it. */
const RUNS = { numRuns: 300 };

const MONTHS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];

describe('aggregateYearly', () => {
  it('sums flows per calendar year and counts the months found', () => {
    const r = aggregateYearly(MONTHS, [1, 2, 10, 20, 30], 'sum');
    expect(r.years).toEqual(['2025', '2026']);
    expect(Array.from(r.values)).toEqual([3, 60]);
    expect(Array.from(r.monthCounts)).toEqual([2, 3]);
  });

  it('averages levels per calendar year', () => {
    expect(Array.from(aggregateYearly(MONTHS, [1, 3, 10, 20, 30], 'mean').values)).toEqual([2, 20]);
  });

  it('makes a year with a missing month a gap when summing, and averages what exists', () => {
    const values = [1, Number.NaN, 10, 20, 30];
    expect(Number.isNaN(aggregateYearly(MONTHS, values, 'sum').values[0])).toBe(true);
    expect(aggregateYearly(MONTHS, values, 'mean').values[0]).toBe(1);
  });

  it('keeps the grand total of finite monthly flows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (v) => {
          const yearly = aggregateYearly(MONTHS, v, 'sum').values;
          const total = v.reduce((a, b) => a + b, 0);
          expect(yearly[0] + yearly[1]).toBeCloseTo(total, 0);
        },
      ),
      RUNS,
    );
  });
});

describe('spansAbove', () => {
  it('turns runs of months above the threshold into spans', () => {
    const spans = spansAbove(MONTHS, [0, 0.2, 0.3, 0, 0.1], 0.05, 'shortage');
    expect(spans).toEqual([
      { fromX: '2025-12', toX: '2026-01', label: 'shortage' },
      { fromX: '2026-03', toX: '2026-03', label: 'shortage' },
    ]);
  });

  it('gives no span when nothing exceeds the threshold', () => {
    expect(spansAbove(MONTHS, [0, 0, 0, 0, 0], 0, 'x')).toEqual([]);
  });
});
