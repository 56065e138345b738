import { SERIES_IDS, SERIES_UNITS, type SimulationResult, TIER_SERIES_UNITS } from '../model/types';
import { type CsvCell, toCsv } from './csv';

type Column = { header: string; values: ArrayLike<number> };

/** The columns of a run's monthly table, each header naming its unit; `prefix` marks a baseline's. */
export function seriesColumns(run: SimulationResult, prefix: string): Column[] {
  const columns: Column[] = SERIES_IDS.map((id) => ({
    header: `${prefix}${id} (${SERIES_UNITS[id]})`,
    values: run.series[id],
  }));
  for (const tier of run.tiers) {
    columns.push({
      header: `${prefix}tokensByTier.${tier} (${TIER_SERIES_UNITS.tokensByTier})`,
      values: run.tokensByTier[tier],
    });
  }
  for (const tier of run.tiers) {
    columns.push({
      header: `${prefix}listPriceByTier.${tier} (${TIER_SERIES_UNITS.listPriceByTier})`,
      values: run.listPriceByTier[tier],
    });
  }
  return columns;
}

/**
 * The monthly series as CSV: one row per month from 2023-01, one column per series and per tier
 * series (`tokensByTier.frontier`), each header naming its unit in parentheses. With a baseline, its
 * columns follow prefixed `baseline_`. Full precision, canonical units.
 */
export function seriesCsv(run: SimulationResult, baseline?: SimulationResult): string {
  const columns = [...seriesColumns(run, ''), ...(baseline ? seriesColumns(baseline, 'baseline_') : [])];
  const header = ['month (YYYY-MM)', ...columns.map((c) => c.header)];
  const rows: CsvCell[][] = run.months.map((month, t) => [month, ...columns.map((c) => c.values[t])]);
  return toCsv(header, rows);
}

/** Where a run first has a value that is not a finite number, or undefined when every value is finite. */
export function firstNonFinite(
  run: SimulationResult,
): { series: string; month: string; value: number } | undefined {
  for (const column of seriesColumns(run, '')) {
    const values = column.values;
    for (let t = 0; t < values.length; t++) {
      if (!Number.isFinite(values[t]))
        return { series: column.header.replace(/ \(.*$/, ''), month: run.months[t], value: values[t] };
    }
  }
  return undefined;
}
