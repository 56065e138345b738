import { describe, expect, it } from 'vitest';
import { quantileOfSorted, summarize } from '../../src/uncertainty/quantiles';

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
