/**
 * Which quantile bands a Monte Carlo computes, and where each lives among the histogram cells.
 * Bands are the cost of Monte Carlo beside the engine runs, so a view asks only for what it draws
 * (the app: four series), and a report for everything (the CLI's JSON and CSV).
 */
import { TIERS } from '../../models/tiers';
import { HISTORY_START } from '../engine';
import { SERIES_IDS, type SeriesId } from '../model/types';
import { monthIndexToLabel } from '../scenario/month';
import { YEARLY_SERIES } from './monte-carlo-types';

export interface BandSelection {
  /** Series banded by month: 'all' (the default) or a list of series ids. */
  series?: 'all' | readonly SeriesId[];
  /** Each tier's served tokens and list price by month (default true). */
  tiers?: boolean;
  /** Yearly sums of the flows (YEARLY_SERIES; default true). */
  yearly?: boolean;
}

/** Every band: what `monteCarlo` computes unless told otherwise. */
const ALL_BANDS: Readonly<BandSelection> = Object.freeze({ series: 'all', tiers: true, yearly: true });

export interface BandLayout {
  months: number;
  /** "YYYY-MM" per month from the history start. */
  monthLabels: string[];
  /** Banded series, in SERIES_IDS order; series i fills cells i·months … (i + 1)·months − 1. */
  series: SeriesId[];
  /** Tier ids banded (empty when tiers are off); tokens then list prices, by tier, from `tierOffset`. */
  tiers: string[];
  tierOffset: number;
  /** Calendar years ("YYYY") and each month's year slot; yearly sums from `yearOffset` (none when off). */
  years: string[];
  yearOf: Int32Array;
  yearly: boolean;
  yearOffset: number;
  cells: number;
}

/** Problems with a selection, each naming the field, the rule and the value. */
export function bandSelectionProblems(selection: BandSelection | undefined): string[] {
  if (selection === undefined) return [];
  if (typeof selection !== 'object' || selection === null) {
    return [`bands: must be an object { series, tiers, yearly }, got ${JSON.stringify(selection)}`];
  }
  const problems: string[] = [];
  const series = selection.series;
  if (series !== undefined && series !== 'all') {
    if (!Array.isArray(series)) {
      problems.push(`bands.series: must be 'all' or a list of series ids, got ${JSON.stringify(series)}`);
    } else {
      series.forEach((id, i) => {
        if (!(SERIES_IDS as readonly unknown[]).includes(id)) {
          problems.push(`bands.series[${i}]: is not a series id, got ${JSON.stringify(id)}`);
        }
      });
    }
  }
  for (const key of ['tiers', 'yearly'] as const) {
    const v = selection[key];
    if (v !== undefined && typeof v !== 'boolean') {
      problems.push(`bands.${key}: must be true or false, got ${JSON.stringify(v)}`);
    }
  }
  return problems;
}

/** The cells of a run of `months` months under `selection` (validated). */
export function bandLayout(months: number, selection: BandSelection = ALL_BANDS): BandLayout {
  const chosen = selection.series ?? 'all';
  const series = chosen === 'all' ? [...SERIES_IDS] : SERIES_IDS.filter((id) => chosen.includes(id));
  const tiers = (selection.tiers ?? true) ? TIERS.map((tier) => tier.id) : [];
  const yearly = selection.yearly ?? true;
  const monthLabels = Array.from({ length: months }, (_, t) => monthIndexToLabel(HISTORY_START + t));
  const years = [...new Set(monthLabels.map((label) => label.slice(0, 4)))];
  const yearOf = Int32Array.from(monthLabels, (label) => years.indexOf(label.slice(0, 4)));
  const tierOffset = series.length * months;
  const yearOffset = tierOffset + 2 * tiers.length * months;
  const cells = yearOffset + (yearly ? YEARLY_SERIES.length * years.length : 0);
  return { months, monthLabels, series, tiers, tierOffset, years, yearOf, yearly, yearOffset, cells };
}
