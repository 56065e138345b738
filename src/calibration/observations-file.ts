/**
 * A user's observations file for `jevons backtest` and the app's import: CSV with a header row, or
 * JSON (an array of objects, or { "observations": [...] }). Columns: series, period, aggregation,
 * value, and optional id, low, high, side, unit, source, published. Every problem is reported with
 * its row, field, rule and value, as data (so the app can say it in Chinese) and as English text.
 */
import { AGGREGATIONS, type Aggregation, type Observation } from '../../models/observations/schema';
import { isSourceDate } from '../../models/vintage';
import { describeValue } from '../scenario/errors';
import { observedUnit, parsePeriod } from './observed-series';

/** What was wrong: one rule per kind of problem, each with its own sentence (observationProblemText). */
export type ObservationRule =
  | 'json'
  | 'jsonShape'
  | 'rowObject'
  | 'csvHeader'
  | 'tooMany'
  | 'empty'
  | 'series'
  | 'period'
  | 'aggregation'
  | 'positive'
  | 'lowAboveValue'
  | 'highBelowValue'
  | 'side'
  | 'published';

export interface ObservationProblem {
  rule: ObservationRule;
  /** 1-based row (data rows, the header not counted); absent for a problem with the whole file. */
  row?: number;
  /** The column or JSON key. */
  field?: string;
  /** The value found, as describeValue writes it. */
  value?: string;
  /** What the rule compares with: the parser's message, the header, a limit, the row's value. */
  detail?: string;
}

export interface ObservationsRead {
  observations: Observation[];
  problems: ObservationProblem[];
  /** The problems in English, one line each, as the CLI prints them. */
  errors: string[];
}

const EN: { readonly [R in ObservationRule]: string } = {
  json: 'not valid JSON: {detail}',
  jsonShape: 'JSON observations must be an array, or an object with an "observations" array',
  rowObject: 'an observation must be an object; got {value}',
  csvHeader: 'the CSV header must name the column "{field}"; got {detail}',
  tooMany: 'at most {detail} observations; got {value}',
  empty: 'the file has no observations',
  series: "series must be one of the model's series ({detail}, … see `jevons backtest --help`); got {value}",
  period: 'period must be YYYY-MM or YYYY-MM/YYYY-MM (first ≤ last); got {value}',
  aggregation: 'aggregation must be {detail}; got {value}',
  positive: '{field} must be a number above 0; got {value}',
  lowAboveValue: 'low must be at most value ({detail}); got {value}',
  highBelowValue: 'high must be at least value ({detail}); got {value}',
  side: 'side must be atLeast or atMost; got {value}',
  published: 'published must be a day written YYYY-MM-DD (or YYYY-MM); got {value}',
};

/** Fills a rule's sentence from the problem's parts; a row's problems start with "row N: ". */
export function fillProblem(
  template: string,
  p: Omit<ObservationProblem, 'rule'>,
  rowWord = (n: number) => `row ${n}: `,
): string {
  const text = template.replace(
    /\{(row|field|value|detail)\}/g,
    (_, key: 'row' | 'field' | 'value' | 'detail') => String(p[key] ?? ''),
  );
  return p.row === undefined ? text : `${rowWord(p.row)}${text}`;
}

/** The problem in English. */
export function observationProblemText(p: ObservationProblem): string {
  return fillProblem(EN[p.rule], p);
}

class FileProblem extends Error {
  constructor(readonly problem: ObservationProblem) {
    super(observationProblemText(problem));
  }
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
    if (!(error instanceof FileProblem)) throw error;
    return outcome([], [error.problem]);
  }
  if (records.length > MAX_ROWS) {
    return outcome([], [{ rule: 'tooMany', detail: String(MAX_ROWS), value: String(records.length) }]);
  }
  const observations: Observation[] = [];
  const problems: ObservationProblem[] = [];
  records.forEach((record, i) => {
    const read = observationOf(record, knownSeries);
    if ('rule' in read) problems.push({ ...read, row: i + 1 });
    else observations.push({ ...read, id: read.id || `row-${i + 1}` });
  });
  if (records.length === 0) problems.push({ rule: 'empty' });
  return outcome(observations, problems);
}

function outcome(observations: Observation[], problems: ObservationProblem[]): ObservationsRead {
  return { observations, problems, errors: problems.map(observationProblemText) };
}

function jsonRecords(text: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FileProblem({ rule: 'json', detail: (error as Error).message });
  }
  const list = Array.isArray(data) ? data : (data as { observations?: unknown })?.observations;
  if (!Array.isArray(list)) throw new FileProblem({ rule: 'jsonShape' });
  return list.map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new FileProblem({ rule: 'rowObject', row: i + 1, value: describeValue(item) });
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
      throw new FileProblem({ rule: 'csvHeader', field: required, detail: header.join(',') });
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
  knownSeries: readonly string[],
): Observation | ObservationProblem {
  const series = r.series;
  if (typeof series !== 'string' || !knownSeries.includes(series)) {
    return {
      rule: 'series',
      field: 'series',
      value: describeValue(series),
      detail: knownSeries.slice(0, 6).join(', '),
    };
  }
  const period = r.period;
  if (typeof period !== 'string' || !parsePeriod(period)) {
    return { rule: 'period', field: 'period', value: describeValue(period) };
  }
  const aggregation = r.aggregation ?? 'mean';
  if (!(AGGREGATIONS as readonly unknown[]).includes(aggregation)) {
    return {
      rule: 'aggregation',
      field: 'aggregation',
      value: describeValue(aggregation),
      detail: AGGREGATIONS.join(', '),
    };
  }
  const value = positive(r.value);
  if (value === undefined) return { rule: 'positive', field: 'value', value: describeValue(r.value) };
  const published = r.published;
  if (
    published !== undefined &&
    (typeof published !== 'string' || !isSourceDate(published) || published.length < 7)
  ) {
    return { rule: 'published', field: 'published', value: describeValue(published) };
  }
  const source = typeof r.source === 'string' ? r.source : '';
  const out: Observation = {
    id: typeof r.id === 'string' ? r.id : '',
    series,
    period,
    aggregation: aggregation as Aggregation,
    value,
    unit: typeof r.unit === 'string' ? r.unit : observedUnit(series, aggregation as Aggregation),
    definition: '',
    // A publication date makes the figure judgeable against a vintage (hindsight or not), with or
    // without a named source.
    sources:
      source !== '' || published !== undefined
        ? [{ kind: 'external', ref: source, date: typeof published === 'string' ? published : '' }]
        : [],
  };
  for (const key of ['low', 'high'] as const) {
    if (r[key] === undefined) continue;
    const bound = positive(r[key]);
    if (bound === undefined) return { rule: 'positive', field: key, value: describeValue(r[key]) };
    out[key] = bound;
  }
  if (out.low !== undefined && out.low > value)
    return { rule: 'lowAboveValue', field: 'low', value: String(out.low), detail: String(value) };
  if (out.high !== undefined && out.high < value)
    return { rule: 'highBelowValue', field: 'high', value: String(out.high), detail: String(value) };
  if (r.side !== undefined) {
    if (!(SIDES as readonly unknown[]).includes(r.side))
      return { rule: 'side', field: 'side', value: describeValue(r.side) };
    out.side = r.side as Observation['side'];
  }
  return out;
}

function positive(raw: unknown): number | undefined {
  const n =
    typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
