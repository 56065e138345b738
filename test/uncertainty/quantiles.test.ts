import { describe, expect, it } from 'vitest';
import { createPrng } from '../../src/uncertainty/prng';
import { inverseNormalCdf } from '../../src/uncertainty/normal';
import { QUANTILE_KEYS, QUANTILE_LEVELS, quantileOfSorted, summarize } from '../../src/uncertainty/quantiles';
import { StreamingQuantiles } from '../../src/uncertainty/streaming-quantiles';

/** Feeds `rows` samples of `cells` cells from `make(sample, cell)`; returns the estimator and the exact values. */
function feed(cells: number, rows: number, make: (sample: number, cell: number) => number) {
  const sq = new StreamingQuantiles(cells);
  const exact = Array.from({ length: cells }, () => new Float64Array(rows));
  const row = new Float64Array(cells);
  for (let i = 0; i < rows; i++) {
    for (let c = 0; c < cells; c++) {
      row[c] = make(i, c);
      exact[c][i] = row[c];
    }
    sq.addRow(0, row, cells);
    sq.endSample();
  }
  return { sq, exact: exact.map((v) => v.sort()) };
}

describe('quantileOfSorted', () => {
  it('interpolates between order statistics (type 7)', () => {
    const v = new Float64Array([1, 2, 3, 4, 5]);
    expect(quantileOfSorted(v, 0.5)).toBe(3);
    expect(quantileOfSorted(v, 0.25)).toBe(2);
    expect(quantileOfSorted(v, 0.1)).toBeCloseTo(1.4, 12);
    expect(quantileOfSorted(new Float64Array(0), 0.5)).toBeNaN();
  });

  it('summarize leaves NaN out and says null when nothing is left', () => {
    expect(summarize(new Float64Array([Number.NaN, 2, Number.NaN, 4]))?.p50).toBe(3);
    expect(summarize(new Float64Array([Number.NaN]))).toBeNull();
  });
});

describe('StreamingQuantiles', () => {
  it('is exact while the run fits in the pilot', () => {
    const prng = createPrng(3);
    const { sq, exact } = feed(2, 200, () => prng.uniform());
    for (const key of QUANTILE_KEYS) {
      expect(sq.quantile(1, QUANTILE_LEVELS[key])).toBe(quantileOfSorted(exact[1], QUANTILE_LEVELS[key]));
    }
  });

  it('matches exact quantiles of 20,000 lognormal, normal and shifted draws to 0.4 % (lognormal) or 0.05 % of their spread', () => {
    const prng = createPrng(5);
    const rows = 20_000;
    // cell 0: lognormal over 4 decades (log bins); 1: normal around 0 (linear bins, negative values);
    // 2: a share in [0, 1]; 3: a drift so later samples leave the pilot's range.
    const { sq, exact } = feed(4, rows, (i, c) => {
      const z = inverseNormalCdf(prng.uniform());
      if (c === 0) return Math.exp(20 + 2 * z);
      if (c === 1) return z;
      if (c === 2) return 1 / (1 + Math.exp(-z));
      return z + (3 * i) / rows;
    });
    for (let c = 0; c < 4; c++) {
      const spread = exact[c][rows - 1] - exact[c][0];
      for (const key of QUANTILE_KEYS) {
        const truth = quantileOfSorted(exact[c], QUANTILE_LEVELS[key]);
        const estimate = sq.quantile(c, QUANTILE_LEVELS[key]);
        if (c === 0) expect(Math.abs(estimate / truth - 1)).toBeLessThan(4e-3);
        else expect(Math.abs(estimate - truth) / spread).toBeLessThan(5e-4);
      }
    }
  });

  it('reports a constant cell exactly and NaN-only cells as NaN', () => {
    const { sq } = feed(2, 1000, (_i, c) => (c === 0 ? 7.25 : Number.NaN));
    for (const key of QUANTILE_KEYS) expect(sq.quantile(0, QUANTILE_LEVELS[key])).toBe(7.25);
    expect(sq.quantile(1, 0.5)).toBeNaN();
  });

  it('keeps bands ordered p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95 and uses memory independent of samples', () => {
    const prng = createPrng(8);
    const { sq } = feed(3, 5000, (_i, c) => (c + 1) * prng.uniform() ** 3);
    const bands = sq.bands(0, 3);
    for (let c = 0; c < 3; c++) {
      const column = QUANTILE_KEYS.map((k) => bands[k][c]);
      expect([...column].sort((a, b) => a - b)).toEqual(column);
    }
    expect(sq.samples).toBe(5000);
  });
});
