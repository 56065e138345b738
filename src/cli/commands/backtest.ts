import { TIERS } from '../../../models/tiers';
import { type BacktestResult, backtest } from '../../calibration/backtest';
import { observableSeries } from '../../calibration/observed-series';
import { readObservations } from '../../calibration/observations-file';
import { quantity } from '../../format/quantity';
import { quoted } from '../../format/text';
import { decodeScenarioBytes, MAX_INPUT_BYTES } from '../../scenario/input-text';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { OBSERVATION_COLUMNS } from '../format/observation-columns';
import { renderTable } from '../format/table';
import { asOfOf, loadScenario } from '../load-scenario';
import { checkOut, emit, readFormat, rememberInput, SCENARIO_OPTIONS, setsOf } from '../output';
import { UsageError } from '../usage-error';

const DEFAULT_SAMPLES = 200;
const MAX_BACKTEST_SAMPLES = 20_000;

const fixed2 = (v: number | undefined): string =>
  v !== undefined && Number.isFinite(v) ? v.toFixed(2) : '—';

function backtestText(name: string, r: BacktestResult): string {
  const table = renderTable(
    [...OBSERVATION_COLUMNS, { header: 'p5 … p95' }, { header: 'covered' }],
    r.rows.map((row) => {
      const o = row.observation;
      return [
        o.id,
        o.series,
        o.period,
        quantity(o.value, o.unit),
        row.model === undefined ? `— (${row.reason})` : quantity(row.model, o.unit),
        row.ratio === undefined ? '—' : `${row.ratio.toFixed(2)}×`,
        fixed2(row.logError),
        row.band ? `${quantity(row.band.p5, o.unit)} … ${quantity(row.band.p95, o.unit)}` : '—',
        row.covered === undefined ? '—' : row.covered ? 'yes' : 'no',
      ];
    }),
  );
  const s = r.summary;
  const lines = [
    `Backtest of ${quoted(name)} against ${s.observations} observation${s.observations === 1 ? '' : 's'}`,
    '',
    table,
    '',
    s.scored === 0
      ? 'No observation falls inside the run: nothing scored.'
      : `${s.withinTwofold} of ${s.scored} within 2×; geometric-mean error ×${s.geometricMeanError.toFixed(2)}${
          s.coverage !== undefined
            ? `; the p5–p95 band (${s.samples} Monte Carlo samples) covers ${(s.coverage * 100).toFixed(0)}%`
            : ''
        }.`,
  ];
  if (s.scored < s.observations)
    lines.push(
      `${s.observations - s.scored} not scored: the model has no value for them (see the model column).`,
    );
  return `${lines.join('\n')}\n`;
}

function backtestCsv(r: BacktestResult): string {
  return toCsv(
    [
      'id',
      'series',
      'period',
      'aggregation',
      'observed',
      'model',
      'ratio',
      'ln_error',
      'p5',
      'p95',
      'covered',
      'reason',
    ],
    r.rows.map((row) => [
      row.observation.id,
      row.observation.series,
      row.observation.period,
      row.observation.aggregation,
      row.observation.value,
      row.model ?? '',
      row.ratio ?? '',
      row.logError ?? '',
      row.band?.p5 ?? '',
      row.band?.p95 ?? '',
      row.covered === undefined ? '' : row.covered ? 'yes' : 'no',
      row.reason ?? '',
    ]),
  );
}

function readSamples(raw: unknown): number {
  if (raw === undefined) return DEFAULT_SAMPLES;
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n) || n < 0 || n > MAX_BACKTEST_SAMPLES) {
    throw new UsageError(
      `--samples must be a whole number from 0 to ${MAX_BACKTEST_SAMPLES}; got ${quoted(String(raw))}`,
    );
  }
  return n;
}

export const backtestCommand: Command = {
  name: 'backtest',
  summary: 'score a scenario (a vintage) against observations you supply: ratio, ln error, band coverage',
  positionals: ['<scenario|preset>'],
  minPositionals: 1,
  maxPositionals: 1,
  options: {
    ...SCENARIO_OPTIONS,
    observed: {
      type: 'string',
      arg: 'FILE',
      help: 'observations, CSV or JSON: series, period (YYYY-MM or YYYY-MM/YYYY-MM), aggregation (mean|sum|end), value, optional id, low, high, side',
    },
    samples: {
      type: 'string',
      arg: 'N',
      help: `Monte Carlo samples for the p5–p95 bands (default ${DEFAULT_SAMPLES}; 0 = none)`,
    },
  },
  examples: [
    'jevons backtest deepseek-shock --observed observed.csv',
    'jevons backtest vintage.json --observed observed.json --as-of 2025-02-28 --format json',
  ],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const file = args.values.observed;
    if (typeof file !== 'string' || file === '') {
      throw new UsageError('backtest needs --observed FILE (CSV or JSON of observations)', [
        'columns: series,period,aggregation,value[,id,low,high,side,unit,source,published]',
        'example row: capexChips,2025-02/2026-01,sum,2.0e11',
      ]);
    }
    const samples = readSamples(args.values.samples);
    const scenario = await loadScenario(args.positionals[0], setsOf(args.values.set), io, {
      asOf: asOfOf(args),
    });
    const path = io.resolvePath(file);
    let text: string;
    try {
      const data = await io.readFile(path, MAX_INPUT_BYTES);
      text = typeof data === 'string' ? data : decodeScenarioBytes(data);
    } catch (error) {
      throw new UsageError(
        `cannot read --observed ${quoted(file)}: ${(error as { code?: string }).code ?? (error as Error).message}`,
      );
    }
    rememberInput(io, path);
    const ext = file.toLowerCase().endsWith('.csv')
      ? 'csv'
      : file.toLowerCase().endsWith('.json')
        ? 'json'
        : undefined;
    const read = readObservations(text, ext, observableSeries(TIERS.map((t) => t.id)));
    if (read.errors.length > 0) {
      throw new UsageError(
        `--observed ${quoted(file)} is not valid (${read.errors.length} error${read.errors.length === 1 ? '' : 's'}):`,
        read.errors.slice(0, 20).map((e) => `  ${e}`),
      );
    }
    checkOut(io, args.values.out);
    const result = backtest(scenario, read.observations, { samples });
    const out =
      format === 'json'
        ? `${JSON.stringify({ scenario: scenario.name, asOf: scenario.asOf ?? null, ...result }, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`
        : format === 'csv'
          ? backtestCsv(result)
          : backtestText(scenario.name, result);
    emit(io, out, args.values.out);
    return 0;
  },
};
