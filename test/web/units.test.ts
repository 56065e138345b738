import { describe, expect, it } from 'vitest';
import { formatUnitSuffix } from '../../web/i18n/units';

describe('unit suffixes', () => {
  it('keeps the slash of a rate per year (Bass p and q read "/yr", not "yr")', () => {
    expect(formatUnitSuffix('/yr', 'en')).toBe('/yr');
    expect(formatUnitSuffix('×/yr', 'en')).toBe('×/yr');
  });

  it('writes nothing for pure numbers', () => {
    expect(formatUnitSuffix('share', 'en')).toBe('');
    expect(formatUnitSuffix('ratio', 'zh')).toBe('');
  });
});
