import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketKey,
  bucketMidpoint,
  FloatHistograms,
  mergeSnapshots,
  RELATIVE_ERROR,
  snapshotQuantiles,
} from '../../src/uncertainty/float-histogram';
import { inverseNormalCdf } from '../../src/uncertainty/normal';
import { createPrng } from '../../src/uncertainty/prng';
import { QUANTILE_KEYS, QUANTILE_LEVELS, quantileOfSorted } from '../../src/uncertainty/quantiles';

const LEVELS = [0, 0.01, ...QUANTILE_KEYS.map((k) => QUANTILE_LEVELS[k]), 0.99, 1];
/** Below 2^−1022 values are reported as 0: the bound's absolute part. */
const TINY = 2 ** -1021;

/** One cell holding `values`, fed one sample at a time. */
function histogramOf(values: readonly number[], cells = 1): FloatHistograms {
  const h = new FloatHistograms(cells);
  const row = new Float64Array(cells);
  for (const v of values) {
    row.fill(v);
    h.addRow(0, row, cells);
    h.endSample();
  }
  return h;
}

/**
 * The stated bound: a quantile between order statistics x_k and x_{k+1} is estimated within
 * α·max(|x_k|, |x_{k+1}|) (α = RELATIVE_ERROR), plus 2^−1021 for magnitudes reported as 0.
 */
function checkBound(values: readonly number[], h: FloatHistograms, cell = 0): void {
  const sorted = Float64Array.from(values.filter((v) => !Number.isNaN(v))).sort();
  const n = sorted.length;
  const estimates = h.quantilesOf(cell, LEVELS);
  LEVELS.forEach((p, i) => {
    const exact = quantileOfSorted(sorted, p);
    const k = Math.floor(p * (n - 1));
    const scale = Math.max(Math.abs(sorted[k]), Math.abs(sorted[Math.min(k + 1, n - 1)]));
    const error = Math.abs(estimates[i] - exact);
    expect(error, `p = ${p}: ${estimates[i]} vs ${exact}`).toBeLessThanOrEqual(
      RELATIVE_ERROR * scale * (1 + 1e-12) + TINY,
    );
  });
}

/** Doubles of every kind a series holds: wide positive ranges, negatives, zeros, tiny and huge magnitudes. */
const value = fc.oneof(
  fc.double({ min: 1e-6, max: 1e15, noNaN: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 1, 2, 2.5e-310, -7.25),
  fc.integer({ min: -1000, max: 1000 }).map((i) => i / 7),
);

describe('FloatHistograms: the error bound against exact quantiles', { timeout: 60_000 }, () => {
  it(`holds for any data: |estimate − exact| ≤ ${RELATIVE_ERROR}·max(|x_k|, |x_k+1|) (fast-check)`, () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 400 }), (values) => {
        checkBound(values, histogramOf(values));
      }),
      { numRuns: 300 },
    );
  });

  it('holds on 20,000 draws of a lognormal over four decades, a normal around 0 and a share', () => {
    const prng = createPrng(5);
    const lognormal: number[] = [];
    const normal: number[] = [];
    const share: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const z = inverseNormalCdf(prng.uniform());
      lognormal.push(Math.exp(20 + 2 * z));
      normal.push(z);
      share.push(1 / (1 + Math.exp(-z)));
    }
    for (const values of [lognormal, normal, share]) checkBound(values, histogramOf(values));
    // And it is tight: the worst error of the lognormal's levels is a fair part of the bound.
    const h = histogramOf(lognormal);
    const sorted = Float64Array.from(lognormal).sort();
    const worst = Math.max(
      ...LEVELS.map((p) => Math.abs(h.quantile(0, p) / quantileOfSorted(sorted, p) - 1)),
    );
    expect(worst).toBeGreaterThan(RELATIVE_ERROR / 20);
  });

  it('puts every finite double in a bucket whose midpoint is within the relative bound', () => {
    fc.assert(
      fc.property(fc.double({ min: 2 ** -1022, max: 1e300, noNaN: true }), (v) => {
        const mid = bucketMidpoint(bucketKey(v));
        expect(Math.abs(mid - v)).toBeLessThanOrEqual(RELATIVE_ERROR * v * (1 + 1e-12));
      }),
    );
  });
});

describe('FloatHistograms: merging', { timeout: 60_000 }, () => {
  it('gives bit-identical quantiles however the values are split between histograms (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 300, maxLength: 300 }),
        (values, owner) => {
          const whole = histogramOf(values, 2);
          const parts = Array.from({ length: 5 }, (_, j) => values.filter((_, i) => owner[i] === j));
          const merged = new FloatHistograms(2);
          // Merge in reverse order of the parts: the order must not matter either.
          const snapshots = parts.reverse().map((part) => histogramOf(part, 2).snapshot());
          for (const snapshot of snapshots) merged.merge(snapshot);
          expect(merged.samples).toBe(values.length);
          // The same parts added up as sparse snapshots (as the page does), in another order.
          const sparse = [...snapshots.slice(2), ...snapshots.slice(0, 2)].reduce(mergeSnapshots);
          expect(sparse.samples).toBe(values.length);
          for (const cell of [0, 1]) {
            const a = whole.quantilesOf(cell, LEVELS);
            const b = merged.quantilesOf(cell, LEVELS);
            const c = snapshotQuantiles(sparse, cell, LEVELS);
            const d = snapshotQuantiles(whole.snapshot(), cell, LEVELS);
            for (let i = 0; i < a.length; i++) {
              expect(Object.is(a[i], b[i])).toBe(true);
              expect(Object.is(a[i], c[i])).toBe(true);
              expect(Object.is(a[i], d[i])).toBe(true);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('FloatHistograms: edges', () => {
  it('reports a constant cell exactly, NaN-only cells as NaN, and keeps infinities apart', () => {
    const constant = histogramOf(Array(1000).fill(7.25));
    for (const p of LEVELS) expect(constant.quantile(0, p)).toBe(7.25);
    expect(histogramOf([Number.NaN, Number.NaN]).quantile(0, 0.5)).toBeNaN();
    const withNaN = histogramOf([1, Number.NaN, 3]);
    expect(withNaN.quantile(0, 0)).toBe(1);
    expect(withNaN.quantile(0, 1)).toBe(3);
    const infinite = histogramOf([1, 2, Number.POSITIVE_INFINITY]);
    expect(infinite.quantile(0, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(infinite.quantile(0, 0)).toBe(1);
  });

  it('keeps p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95 and memory that does not grow with the samples', () => {
    const prng = createPrng(8);
    const h = new FloatHistograms(3);
    const row = new Float64Array(3);
    let size = 0;
    for (let i = 0; i < 50_000; i++) {
      for (let c = 0; c < 3; c++) row[c] = (c + 1) * (0.5 + prng.uniform() ** 3);
      h.addRow(0, row, 3);
      h.endSample();
      if (i === 5000) size = h.buckets;
    }
    // The buckets cover the values' range, not their number: ten times the samples, the same store.
    expect(h.buckets).toBe(size);
    // A snapshot holds the buckets with a count only, never more than the stores.
    expect(h.snapshot().counts.length).toBeLessThanOrEqual(size);
    const bands = h.bands(0, 3);
    for (let c = 0; c < 3; c++) {
      const column = QUANTILE_KEYS.map((k) => bands[k][c]);
      expect([...column].sort((a, b) => a - b)).toEqual(column);
    }
  });
});

describe('FloatHistograms: many cells, rows of any length', () => {
  it('bins each cell as a histogram of that cell alone, however rows cross the waiting block’s tiles', () => {
    // 75 cells: tiles of 32 cells, the last one partial; rows cut at 0, 40 and 47 so that a row
    // starts and ends inside a tile. 700 samples: the block fills and is binned more than once.
    const cells = 75;
    const cuts = [0, 40, 47, cells];
    const prng = createPrng(11);
    const kinds = [
      () => Math.exp(30 * prng.uniform() - 15),
      () => -Math.exp(10 * prng.uniform()),
      () => 0,
      () => Number.NaN,
      () => Number.POSITIVE_INFINITY,
      () => 2.5e-310,
    ];
    const values: number[][] = Array.from({ length: cells }, () => []);
    const many = new FloatHistograms(cells);
    const row = new Float64Array(cells);
    for (let s = 0; s < 700; s++) {
      for (let c = 0; c < cells; c++) {
        // Most cells positive; a few carry every kind of value, one is constant.
        const v = c === 5 ? 3 : c % 9 === 0 ? kinds[Math.floor(prng.uniform() * kinds.length)]() : kinds[0]();
        row[c] = v;
        values[c].push(v);
      }
      for (let k = 0; k + 1 < cuts.length; k++)
        many.addRow(cuts[k], row.subarray(cuts[k], cuts[k + 1]), cuts[k + 1] - cuts[k]);
      many.endSample();
    }
    const together = many.snapshot();
    for (let c = 0; c < cells; c++) {
      const alone = histogramOf(values[c]).snapshot();
      expect(snapshotQuantiles(together, c, LEVELS)).toEqual(snapshotQuantiles(alone, 0, LEVELS));
      const store = (s: typeof alone, cell: number, sign: number) =>
        Array.from(s.keys.subarray(s.starts[2 * cell + sign], s.starts[2 * cell + sign + 1]));
      for (const sign of [0, 1]) expect(store(together, c, sign)).toEqual(store(alone, 0, sign));
      expect(together.min[c]).toBe(alone.min[0]);
      expect(together.max[c]).toBe(alone.max[0]);
      expect(Array.from(together.specials.subarray(4 * c, 4 * c + 4))).toEqual(Array.from(alone.specials));
    }
    checkBound(values[1], many, 1);
  });
});

describe('FloatHistograms: memory handed on (release)', () => {
  it('histograms made after others were released bin as fresh ones, and released ones refuse use', () => {
    const prng = createPrng(13);
    const values = Array.from({ length: 600 }, () => Math.exp(20 * prng.uniform() - 10));
    // Histograms of 40 cells filled with other values, snapshot and released: their block and
    // arena (holding counts) serve the next histograms made.
    const before = new FloatHistograms(40);
    const row = new Float64Array(40);
    for (let s = 0; s < 700; s++) {
      for (let c = 0; c < 40; c++) row[c] = -Math.exp(30 * prng.uniform());
      before.addRow(0, row, 40);
      before.endSample();
    }
    before.snapshot();
    before.release();
    expect(() => before.snapshot()).toThrow(/release/);
    const after = histogramOf(values, 3);
    const fresh = histogramOf(values, 3);
    for (let c = 0; c < 3; c++) expect(after.quantilesOf(c, LEVELS)).toEqual(fresh.quantilesOf(c, LEVELS));
    expect(Array.from(after.snapshot().counts)).toEqual(Array.from(fresh.snapshot().counts));
  });
});
