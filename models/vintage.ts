// Publication dates are ISO days, months or years ("2025-02-28", "2024-12", "2012"). A partial date
// stands for a span; a source is "published by" a day only if the whole span lies on or before it.
import type { Source } from './schema';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real day, month or year. */
export function isSourceDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysIn(Number(m[1]), month);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a (possibly partial) date can mean, as `YYYY-MM-DD`. */
function earliestDay(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a (possibly partial) date can mean, as `YYYY-MM-DD`. */
export function latestDay(date: string): string {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return date;
  if (m !== undefined) return `${y}-${m}-${String(daysIn(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/** True when a source dated `date` was certainly published on or before the day `asOf` (YYYY-MM-DD). */
export function publishedBy(date: string, asOf: string): boolean {
  return latestDay(date) <= asOf;
}

/** True when a source dated `date` was certainly published after the day `asOf`. */
export function publishedAfter(date: string, asOf: string): boolean {
  return earliestDay(date) > asOf;
}

/** The sources that support a default at vintage `asOf`: not context-only, and published by then. */
export function supportingSources(sources: readonly Source[], asOf: string): Source[] {
  return sources.filter((s) => !s.contextOnly && publishedBy(s.date, asOf));
}
