import { VINTAGE } from '../../models/calendar';
import type { Lang } from './i18n';

/**
 * "as of 28 Feb 2025" / "截至2025年2月28日": the vintage every default rests on, from the one
 * constant the catalogue's checks use (models/calendar.ts), so the label cannot drift from it.
 */
export function vintageText(lang: Lang): string {
  const date = new Date(`${VINTAGE}T00:00:00Z`);
  if (lang === 'zh') {
    const text = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    return `截至${text}`;
  }
  const text = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return `as of ${text}`;
}
