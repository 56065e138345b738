import { parameterById } from '../../../models/index';
import { quantity } from '../../format/quantity';
import { type Distribution, SERIES_IDS, SERIES_UNITS } from '../../model/types';
import { UncertaintyInputError } from '../../uncertainty/errors';
import { monteCarlo } from '../../uncertainty/monte-carlo';
import type { MonteCarloResult, SampleOutputs } from '../../uncertainty/monte-carlo-types';
import { QUANTILE_KEYS, type QuantileSummary } from '../../uncertainty/quantiles';
import { resolveDistributions } from '../../uncertainty/resolve-distributions';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { renderTable } from '../format/table';
import { loadScenario } from '../load-scenario';
import type { CliIO } from '../io';
import { emit, readFormat, SCENARIO_OPTIONS, setsOf } from '../output';
import { UsageError } from '../usage-error';

// Helpers shared with `jevons sensitivity` (./sensitivity.ts imports them from here).

/** A whole-number option (`--samples 20000`, `--seed 7`); absent → fallback. */
export function readWholeNumber(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value.replaceAll(',', '')) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new UsageError(`--${name} must be a whole number ≥ 0; got '${String(value)}'`);
  }
  return n;
}

/** Runs `work`, turning refused samples, seeds or distributions into a usage error (exit 2). */
export function uncertaintyErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UncertaintyInputError) {
      throw new UsageError(
        'the Monte Carlo request is not valid:',
        error.problems.map((p) => `  ${p}`),
      );
    }
    throw error;
  }
}

/** "triangular(min 0.5, mode 1.2, max 2)". */
export function describeDistribution(d: Distribution): string {
  const { dist, ...fields } = d;
  const parts = Object.entries(fields).map(([k, v]) => `${k} ${Number((v as number).toPrecision(4))}`);
  return `${dist}(${parts.join(', ')})`;
}

/** A one-line progress bar on stderr, redrawn in place; only used when stderr is a terminal. */
export function progressBar(io: CliIO, what: string) {
  const width = 30;
  return {
    update: (done: number, total: number) => {
      const filled = Math.round((done / total) * width);
      const pct = Math.floor((done / total) * 100);
      io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${done}/${total} ${what}`);
    },
    done: () => io.err(`\r${' '.repeat(width + 40)}\r`),
  };
}

/** What each per-sample total is called and measured in. */
const TOTALS: Record<keyof SampleOutputs, { label: string; unit: string }> = {
  cumulativeGpuSpendDemanded: { label: 'GPU spend demanded, cumulative', unit: 'USD' },
  cumulativeGpuHoursDemanded: { label: 'GPU-hours demanded, cumulative', unit: 'GPU-hours' },
  cumulativeGpuSpend: { label: 'GPU spend paid (served), cumulative', unit: 'USD' },
  reboundGpuSpend: { label: 'rebound on GPU spend', unit: 'ratio' },
  reboundGpuHours: { label: 'rebound on GPU-hours', unit: 'ratio' },
};

const BACKFIRE_DEFINITION =
  'share of samples whose verdict on GPU spend demanded is backfire (rebound above 1.01); undefined rebounds count as not backfire';

function showTotal(value: number, unit: string): string {
  return unit === 'ratio' ? value.toFixed(3) : quantity(value, unit);
}

function jsonReport(
  name: string,
  result: MonteCarloResult,
  distributions: ReturnType<typeof resolveDistributions>,
) {
  const quantiles: Record<string, Record<string, number[]>> = {};
  for (const id of SERIES_IDS) {
    quantiles[id] = Object.fromEntries(QUANTILE_KEYS.map((k) => [k, Array.from(result.quantiles[id][k])]));
  }
  return {
    scenario: name,
    samples: result.samples,
    seed: result.seed,
    uncertain: Object.entries(distributions).map(([id, distribution]) => ({
      id,
      unit: parameterById[id as keyof typeof parameterById].unit,
      distribution,
    })),
    units: { ...SERIES_UNITS, ...Object.fromEntries(Object.entries(TOTALS).map(([k, v]) => [k, v.unit])) },
    months: result.months,
    quantiles,
    totals: result.totals,
    probabilityBackfire: {
      ...result.probabilityBackfire,
      interval: 'Wilson 95%',
      definition: BACKFIRE_DEFINITION,
    },
    undefinedShare: result.undefinedShare,
  };
}

function tableReport(
  name: string,
  result: MonteCarloResult,
  distributions: ReturnType<typeof resolveDistributions>,
) {
  const p = result.probabilityBackfire;
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const uncertain = Object.entries(distributions).map(([id, d]) => `  ${id}: ${describeDistribution(d)}`);
  const rows = (Object.keys(TOTALS) as (keyof SampleOutputs)[]).map((key) => {
    const summary: QuantileSummary | null = result.totals[key];
    const cells = QUANTILE_KEYS.map((k) => (summary ? showTotal(summary[k], TOTALS[key].unit) : 'undefined'));
    return [TOTALS[key].label, ...cells];
  });
  const byYear = result.derived.gpuSpendByYear;
  const yearRows = byYear.years.map((year, i) => [
    year,
    ...QUANTILE_KEYS.map((k) => quantity(byYear.bands[k][i], 'USD')),
  ]);
  return [
    `${name} — Monte Carlo: ${result.samples.toLocaleString('en-US')} samples, seed ${result.seed}`,
    '',
    `Uncertain parameters (${uncertain.length}):`,
    ...uncertain,
    '',
    renderTable(
      [
        { header: 'total over the window' },
        ...QUANTILE_KEYS.map((k) => ({ header: k, align: 'right' as const })),
      ],
      rows,
    ),
    renderTable(
      [
        { header: 'GPU spend paid, per year' },
        ...QUANTILE_KEYS.map((k) => ({ header: k, align: 'right' as const })),
      ],
      yearRows,
    ),
    `Probability that the verdict is backfire: ${pct(p.value)} (95% interval ${pct(p.low)}–${pct(p.high)}, ${p.count} of ${p.n} samples)`,
    `Rebound undefined (the shock saves nothing) in ${pct(result.undefinedShare)} of samples.`,
    'Monthly bands (p5 … p95) of every series: --format json or --format csv.',
    '',
  ].join('\n');
}

export const mcCommand: Command = {
  name: 'mc',
  summary: 'Monte Carlo over uncertain parameters: p5–p95 bands, totals, probability of backfire',
  positionals: ['<scenario|preset>'],
  minPositionals: 1,
  maxPositionals: 1,
  options: {
    samples: { type: 'string', arg: 'N', help: 'number of samples, 1 to 10,000,000 (default: 2,000)' },
    seed: {
      type: 'string',
      arg: 'S',
      help: 'random seed, a whole number; same seed, same numbers (default: 1)',
    },
    ...SCENARIO_OPTIONS,
  },
  examples: [
    'jevons mc deepseek-shock --samples 20000 --seed 7',
    'jevons mc my.json --format csv --out bands.csv',
  ],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const samples = readWholeNumber('samples', args.values.samples, 2000);
    const seed = readWholeNumber('seed', args.values.seed, 1);
    const scenario = await loadScenario(args.positionals[0], setsOf(args.values.set), io);
    const distributions = resolveDistributions(scenario);
    const bar = io.stderrIsTTY ? progressBar(io, 'samples') : undefined;
    const result = uncertaintyErrors(() =>
      monteCarlo(scenario, {
        samples,
        seed,
        chunk: Math.max(200, Math.ceil(samples / 100)),
        onProgress: bar?.update,
      }),
    );
    bar?.done();
    let text: string;
    if (format === 'json') {
      text = JSON.stringify(jsonReport(scenario.name, result, distributions), null, 2) + '\n';
    } else if (format === 'csv') {
      const rows = SERIES_IDS.flatMap((id) =>
        result.months.map((month, t) => [
          id,
          SERIES_UNITS[id],
          month,
          ...QUANTILE_KEYS.map((k) => result.quantiles[id][k][t]),
        ]),
      );
      text = toCsv(['series', 'unit', 'month', ...QUANTILE_KEYS], rows);
    } else {
      text = tableReport(scenario.name, result, distributions);
    }
    emit(io, text, args.values.out);
    return 0;
  },
};
