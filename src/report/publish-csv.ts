import { VINTAGE } from '../../models/calendar';
import { PARAM_IDS, type ParamId } from '../../models/schema';
import { parameterById } from '../../models/parameters';
import { presetById } from '../../models/presets';
import {
  SERIES_IDS,
  SERIES_UNITS,
  type Scenario,
  type SeriesId,
  type SimulationResult,
} from '../model/types';
import { baseValues } from '../scenario/catalogue';
import { QUANTILE_KEYS, type QuantileBands } from '../uncertainty/quantiles';
import { type CsvCell, toCsv } from './csv';
import { seriesColumns } from './series-csv';
import type { Lang } from './verdict-text';

/** Monte Carlo bands to put beside the series: p5 … p95 per month, months from 2023-01. */
export interface BandInput {
  months: readonly string[];
  quantiles: Partial<Record<SeriesId, QuantileBands>>;
  samples: number;
  seed: number;
}

export interface PublishCsvInput {
  scenario: Scenario;
  run: SimulationResult;
  /** The dashed baseline's run, as `baseline_` columns. */
  baseline?: SimulationResult;
  bands?: BandInput | null;
  /** Language of the parameters' labels (default English); ids, units and headers do not change. */
  lang?: Lang;
}

/**
 * One row per parameter: id, label, value (a number in the catalogue unit, or the expression of
 * time), unit, the value in the preset the scenario extends, and whether it differs.
 */
function parameterRows(scenario: Scenario, lang: Lang): CsvCell[][] {
  const id = scenario.extends;
  const preset = baseValues(id !== undefined && Object.hasOwn(presetById, id) ? presetById[id] : undefined);
  return PARAM_IDS.map((p: ParamId) => {
    const def = parameterById[p];
    const value = scenario.parameters[p];
    const text = typeof value === 'number' ? value : value ? value.expression : null;
    return [p, def.label[lang], text, def.unit, preset[p], Object.is(value, preset[p]) ? 'no' : 'yes'];
  });
}

/**
 * The CSV an analyst publishes from: a header block (scenario, preset, vintage, demand curve,
 * Monte Carlo samples and seed), a parameter block (every parameter with its value, unit and the
 * catalogue default), then the monthly table — the scenario's series, the baseline's (`baseline_`),
 * and the Monte Carlo bands (`<series> p5 (unit)` … `p95`) where they exist. Blocks are separated by
 * an empty line and headed by a `[section]` row, so a spreadsheet shows them one under another.
 */
export function publishCsv(input: PublishCsvInput): string {
  const { scenario, run, baseline, bands, lang = 'en' } = input;
  const meta: CsvCell[][] = [
    ['[scenario]'],
    ['name', scenario.name],
    ['preset', scenario.extends ?? ''],
    ['vintage', VINTAGE],
    [
      'demand curve',
      scenario.demandCurve.kind === 'expression'
        ? scenario.demandCurve.expression
        : scenario.demandCurve.kind,
    ],
    ['monte carlo', bands ? `${bands.samples} samples, seed ${bands.seed}` : 'not available'],
  ];
  const paramHeader: CsvCell[] = ['parameter', 'label', 'value', 'unit', 'preset value', 'changed'];
  const columns = [...seriesColumns(run, ''), ...(baseline ? seriesColumns(baseline, 'baseline_') : [])];
  const bandColumns: { header: string; values: ArrayLike<number> }[] = [];
  if (bands) {
    const index = new Map(bands.months.map((m, i) => [m, i]));
    for (const id of SERIES_IDS) {
      const q = bands.quantiles[id];
      if (!q) continue;
      for (const k of QUANTILE_KEYS) {
        const values = Float64Array.from(run.months, (m) => {
          const i = index.get(m);
          return i === undefined ? Number.NaN : q[k][i];
        });
        bandColumns.push({ header: `${id} ${k} (${SERIES_UNITS[id]})`, values });
      }
    }
  }
  const all = [...columns, ...bandColumns];
  const table: CsvCell[][] = [
    ['[series]'],
    ['month (YYYY-MM)', ...all.map((c) => c.header)],
    ...run.months.map((month, t) => [month, ...all.map((c) => c.values[t])]),
  ];
  const blocks = [meta, [['[parameters]'], paramHeader, ...parameterRows(scenario, lang)], table];
  const rows = blocks.flatMap((b, i) => (i === 0 ? b : [[], ...b]));
  return toCsv(rows[0].map(String), rows.slice(1));
}
