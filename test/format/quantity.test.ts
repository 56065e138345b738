import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { count, grouped, money, percent, quantity, si, signedPercent } from '../../src/format/quantity';

describe('numbers for people', () => {
  it('uses SI prefixes up to P and a reader-style power of ten beyond', () => {
    expect(si(1.23e12)).toBe('1.23 T');
    expect(si(4.56e15)).toBe('4.56 P');
    expect(si(1.4e18)).toBe('1.40×10¹⁸');
    expect(si(-2.5e21)).toBe('−2.50×10²¹');
    expect(si(0.000123)).toBe('1.23×10⁻⁴');
  });

  it('puts the unit after the prefix and never shows NaN or Infinity', () => {
    expect(quantity(1.4e18, 'tokens')).toBe('1.40×10¹⁸ tokens');
    expect(quantity(2.5e9, 'H100e-hours')).toBe('2.50 B H100e-hours');
    expect(quantity(Number.NaN, 'tokens')).toBe('—');
    expect(quantity(Number.POSITIVE_INFINITY, 'USD')).toBe('—');
    expect(money(5.58e6)).toBe('$5.58 M');
    expect(money(-1.2e9)).toBe('−$1.20 B');
    expect(percent(0.1234)).toBe('12.3%');
    expect(signedPercent(-0.38)).toBe('−38.0%');
    expect(count(4_700_000)).toBe('4,700,000');
  });
});

describe('the formatters made once write what toLocaleString writes', () => {
  it('groups and rounds like toLocaleString("en-US")', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (value) => {
        expect(grouped(value)).toBe(value.toLocaleString('en-US'));
        expect(count(value)).toBe(Math.round(value).toLocaleString('en-US'));
      }),
      { seed: 20251130, numRuns: 2000 },
    );
  });

  it('writes three significant digits below 1,000 with the fixed-decimal formats', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 999, noNaN: true }), fc.boolean(), (abs, negative) => {
        const value = negative ? -abs : abs;
        const decimals = Math.max(0, Math.min(6, 2 - Math.floor(Math.log10(abs))));
        const old = value.toLocaleString('en-US', {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        });
        expect(si(value)).toBe(old.replace('-', '−'));
      }),
      { seed: 20251130, numRuns: 2000 },
    );
  });
});
