/**
 * The model's calendar (the fixed dates live in models/calendar.ts). Every run starts at the history start, January 2023, so that the model can
 * be fitted to 2023–24; the articles' month 0 — R1's release, January 2025 — is 24 months in.
 * `shockMonth` and `horizonMonths` keep their version-1 meaning: months counted from January 2025.
 */
import { ARTICLES_MONTH_ZERO, HISTORY_START } from '../../models/calendar';

export { ARTICLES_MONTH_ZERO, HISTORY_START };
export const HISTORY_START_LABEL = '2023-01';

/** Months simulated before January 2025. */
export function historyMonths(): number {
  return ARTICLES_MONTH_ZERO - HISTORY_START;
}

/** Months in a run that ends `horizonMonths` after January 2025. */
export function totalMonths(horizonMonths: number): number {
  return historyMonths() + horizonMonths;
}

/** Index in a run of the month the shock arrives (`shockMonth` months after January 2025). */
export function shockIndex(shockMonth: number): number {
  return historyMonths() + shockMonth;
}

/** Hours in an average month (8,766 h per year / 12). */
export const HOURS_PER_MONTH = 730.5;
export const HOURS_PER_YEAR = 8766;
