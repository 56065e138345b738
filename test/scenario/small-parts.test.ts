import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, levenshtein } from '../../src/scenario/did-you-mean';
import { childPath, formatNumber } from '../../src/scenario/errors';
import { labelToMonthIndex, monthIndexToLabel } from '../../src/scenario/month';

describe('month labels', () => {
  it('maps 2025-01 to 2025 × 12 and back, for every month of a decade', () => {
    expect(labelToMonthIndex('2025-01')).toBe(24300);
    for (let index = 2020 * 12; index < 2030 * 12; index++) {
      expect(labelToMonthIndex(monthIndexToLabel(index))).toBe(index);
    }
    expect(monthIndexToLabel(2025 * 12 + 11)).toBe('2025-12');
  });

  it('refuses text that is not YYYY-MM with a month 01–12', () => {
    for (const text of ['2025-00', '2025-13', '2025-1', '25-01', '2025/01', '']) {
      expect(labelToMonthIndex(text)).toBeUndefined();
    }
  });
});

describe('did-you-mean', () => {
  it('measures edits case-insensitively', () => {
    expect(levenshtein('elastcity', 'elasticity')).toBe(1);
    expect(levenshtein('GPUHOURCOST', 'gpuHourCost')).toBe(0);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });

  it('suggests only plausible typos', () => {
    expect(closestMatch('elastcity', ['elasticity', 'horizonMonths'])).toBe('elasticity');
    expect(closestMatch('banana', ['elasticity', 'horizonMonths'])).toBeUndefined();
    expect(didYouMean('shockmonth', ['shockMonth'])).toBe(" (did you mean 'shockMonth'?)");
  });
});

describe('message helpers', () => {
  it('formats numbers without NaN or needless digits', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(9.89e14)).toBe('9.89e+14');
    expect(formatNumber(-1)).toBe('−1');
    expect(formatNumber(Number.NaN)).toBe('not a number');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('infinity');
  });

  it('writes JSONPath children, bracketing keys that are not identifiers', () => {
    expect(childPath('$.parameters', 'elasticity')).toBe('$.parameters.elasticity');
    expect(childPath('$.parameters', 'odd key')).toBe('$.parameters["odd key"]');
  });
});
