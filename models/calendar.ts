// Fixed dates of the model: where every run starts, where the articles' month 0 is, and the vintage
// the catalogue's defaults are set for. Month indices are year × 12 + (month − 1).

/** Month index of January 2023, where every run starts (so the model can be fitted to 2023–24). Not a parameter. */
export const HISTORY_START = 2023 * 12;

/** Month index of January 2025, the articles' month 0: `shockMonth` and `horizonMonths` count from it. */
export const ARTICLES_MONTH_ZERO = 2025 * 12;

/**
 * The vintage of the catalogue's defaults: the articles' time. Every default rests on at least one
 * source published by this day; later sources are marked `contextOnly`.
 */
export const VINTAGE = '2025-02-28';
