/**
 * A user's observations file for `jevons backtest`: CSV with a header row, or JSON (an array of
 * objects, or { "observations": [...] }). Columns: series, period, aggregation, value, and optional
 * id, low, high, side, unit, source. Every problem is reported with its row, field, rule and value.
 */
import { AGGREGATIONS, type Aggregation, type Observation } from '../../models/observations/schema';
import { describeValue } from '../scenario/errors';
import { observedUnit, parsePeriod } from './observed-series';

export interface ObservationsRead {
  observations: Observation[];
  errors: string[];
}

const MAX_ROWS = 100_000;
const SIDES = ['atLeast', 'atMost'] as const;

/** Reads observations from text; `format` by the file's extension, else JSON if it starts with [ or {. */
export function readObservations(
  text: string,
  format: 'csv' | 'json' | undefined,
  knownSeries: readonly string[],
): ObservationsRead {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const asJson = format === 'json' || (format === undefined && /^[[{]/.test(trimmed));
  let records: Record<string, unknown>[];
  try {
    records = asJson ? jsonRecords(trimmed) : csvRecords(trimmed);
  } catch (error) {
    return { observations: [], errors: [(error as Error).message] };
  }
  if (records.length > MAX_ROWS) {
    return { observations: [], errors: [`at most ${MAX_ROWS} observations; got ${records.length}`] };
  }
  const observations: Observation[] = [];
  const errors: string[] = [];
  records.forEach((record, i) => {
    const read = observationOf(record, `row ${i + 1}`, knownSeries);
    if (typeof read === 'string') errors.push(read);
    else observations.push({ ...read, id: read.id || `row-${i + 1}` });
  });
  if (records.length === 0) errors.push('the file has no observations');
  return { observations, errors };
}

function jsonRecords(text: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { observations?: unknown })?.observations;
  if (!Array.isArray(list))
    throw new Error('JSON observations must be an array, or an object with an "observations" array');
  return list.map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new Error(`row ${i + 1}: an observation must be an object; got ${describeValue(item)}`);
    }
    return item as Record<string, unknown>;
  });
}

/** CSV: comma-separated, double quotes around cells with commas or quotes ("" inside is a quote). */
function csvRecords(text: string): Record<string, unknown>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (lines.length === 0) return [];
  const header = splitCsvLine(lines[0]).map((h) => h.trim());
  for (const required of ['series', 'period', 'value']) {
    if (!header.includes(required))
      throw new Error(`the CSV header must name the column "${required}"; got ${header.join(',')}`);
  }
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    const record: Record<string, unknown> = {};
    header.forEach((h, k) => {
      const cell = cells[k]?.trim();
      if (cell !== undefined && cell !== '') record[h] = cell;
    });
    return record;
  });
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

function observationOf(
  r: Record<string, unknown>,
  where: string,
  knownSeries: readonly string[],
): Observation | string {
  const series = r.series;
  if (typeof series !== 'string' || !knownSeries.includes(series)) {
    return `${where}: series must be one of the model's series (${knownSeries.slice(0, 6).join(', ')}, … see \`jevons backtest --help\`); got ${describeValue(series)}`;
  }
  const period = r.period;
  if (typeof period !== 'string' || !parsePeriod(period)) {
    return `${where}: period must be YYYY-MM or YYYY-MM/YYYY-MM (first ≤ last); got ${describeValue(period)}`;
  }
  const aggregation = r.aggregation ?? 'mean';
  if (!(AGGREGATIONS as readonly unknown[]).includes(aggregation)) {
    return `${where}: aggregation must be ${AGGREGATIONS.join(', ')}; got ${describeValue(aggregation)}`;
  }
  const value = positive(r.value);
  if (value === undefined) return `${where}: value must be a number above 0; got ${describeValue(r.value)}`;
  const out: Observation = {
    id: typeof r.id === 'string' ? r.id : '',
    series,
    period,
    aggregation: aggregation as Aggregation,
    value,
    unit: typeof r.unit === 'string' ? r.unit : observedUnit(series, aggregation as Aggregation),
    definition: '',
    sources: typeof r.source === 'string' ? [{ kind: 'external', ref: r.source, date: '' }] : [],
  };
  for (const key of ['low', 'high'] as const) {
    if (r[key] === undefined) continue;
    const bound = positive(r[key]);
    if (bound === undefined) return `${where}: ${key} must be a number above 0; got ${describeValue(r[key])}`;
    out[key] = bound;
  }
  if (out.low !== undefined && out.low > value)
    return `${where}: low must be at most value (${value}); got ${out.low}`;
  if (out.high !== undefined && out.high < value)
    return `${where}: high must be at least value (${value}); got ${out.high}`;
  if (r.side !== undefined) {
    if (!(SIDES as readonly unknown[]).includes(r.side))
      return `${where}: side must be atLeast or atMost; got ${describeValue(r.side)}`;
    out.side = r.side as Observation['side'];
  }
  return out;
}

function positive(raw: unknown): number | undefined {
  const n =
    typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
