// Parameter values as the panel writes them: the shock's month as a calendar month.
import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models';
import { formatParam } from '../../web/i18n/format-param';

describe('formatParam', () => {
  it('writes the shock month as the calendar month it counts to from January 2025', () => {
    const def = parameterById.shockMonth;
    expect(formatParam(def, 0, 'en')).toBe('Jan 2025');
    expect(formatParam(def, 14, 'en')).toBe('Mar 2026');
    expect(formatParam(def, 0, 'zh')).toBe('2025年1月');
    expect(formatParam(def, 23, 'zh')).toBe('2026年12月');
  });

  it('writes any other parameter with its unit', () => {
    expect(formatParam(parameterById.horizonMonths, 72, 'en')).toMatch(/^72\s*months$/);
  });
});
