import { VINTAGE } from '../../models/calendar';
import type { Lang } from './i18n';
import { TextCache } from './text-cache';

/**
 * The two date formats, made once: building an Intl.DateTimeFormat costs about a millisecond, and
 * the vintage beside the verdict is written on every slider step.
 */
const DAY_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * A day as the page writes dates of publication and vintages: "28 Feb 2025" / "2025年2月28日".
 * `day` is YYYY-MM-DD; anything else is shown as given.
 */
export function dayText(day: string, lang: Lang): string {
  return dayTexts.get(`${lang}|${day}`, () => formatDay(day, lang));
}

/**
 * dayText's answers: formatting a date was about a sixth of the verdict panel's render, and
 * the page shows a handful of days (the vintage, publication dates) again on every slider step.
 */
const dayTexts = new TextCache<string>(512);

function formatDay(day: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return DAY_FORMATS[lang].format(date);
}

/**
 * "as of 28 Feb 2025" / "截至2025年2月28日": the vintage the numbers rest on — the scenario's own
 * `asOf` when it has one, else the catalogue's, from the one constant its checks use
 * (models/calendar.ts), so the label cannot drift from it.
 */
export function vintageText(lang: Lang, asOf: string = VINTAGE): string {
  const text = dayText(asOf, lang);
  return lang === 'zh' ? `截至${text}` : `as of ${text}`;
}
