import { parameterById } from '../../../models/index';
import { percent, quantity, si, signedPercent } from '../../format/quantity';
import {
  BASES,
  type Basis,
  type Distribution,
  SERIES_IDS,
  SERIES_UNITS,
  TIER_SERIES_UNITS,
} from '../../model/types';
import { describeDistribution } from '../../report/distribution-text';
import { BASIS_WORDS } from '../../report/verdict-text';
import { unitOf } from '../../scenario/parameter-rules';
import type { BandSelection } from '../../uncertainty/band-layout';
import { UncertaintyInputError } from '../../uncertainty/errors';
import { MAX_THREADS, validateThreads } from '../../uncertainty/parallel/node-pool';
import { monteCarloParallel } from '../../uncertainty/parallel/run-parallel';
import { type MonteCarloResult, YEARLY_SERIES } from '../../uncertainty/monte-carlo-types';
import { QUANTILE_KEYS, type QuantileBands, type QuantileSummary } from '../../uncertainty/quantiles';
import { resolveDistributions } from '../../uncertainty/resolve-distributions';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { renderTable } from '../format/table';
import { asOfOf, loadScenario } from '../load-scenario';
import { runLongWork } from '../long-work';
import { readFormat, SCENARIO_OPTIONS, setsOf } from '../output';
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
export async function uncertaintyErrors<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
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

/** "triangular: 0.5 – 1 – 2", "fixed at 40.0%": the numbers as `jevons catalogue` writes a default. */
function distributionText(id: string, d: Distribution): string {
  const unit = unitOf(parameterById[id as keyof typeof parameterById]);
  return describeDistribution(d, 'en', { value: (x) => quantity(x, unit), plain: (x) => si(x) });
}

/** `--threads N`: worker threads, 1 … 256; absent → undefined: every core the work can use. */
export function readThreads(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const threads = readWholeNumber('threads', value, 1);
  if (validateThreads(threads) !== null) {
    throw new UsageError(`--threads must be a whole number from 1 to ${MAX_THREADS}; got '${String(value)}'`);
  }
  return threads;
}

/** The --threads option of every command that runs on worker threads. */
export const THREADS_OPTION = {
  threads: {
    type: 'string',
    arg: 'N',
    help: 'worker threads, 1 to 256 (default: every core, fewer for a small run); never changes a number',
  },
} as const;

const BACKFIRE_DEFINITION =
  'share of the samples with a defined rebound whose verdict at the run’s end is backfire (rebound above 1.01); samples with an undefined rebound are counted in verdictCounts.undefined, never classified';

const UNITS = {
  rebound: 'ratio: (scenario − mechanical)/(base − mechanical); above 1 = backfire',
  changeVsBase: 'ratio: scenario/base − 1, totals from the shock to the run’s end',
  probability: 'share 0–1',
} as const;

/** The window the verdict covers, as "2025-01 … 2030-12 (72 months after the shock)". */
function windowText(result: MonteCarloResult): string {
  const from = result.months[result.shockIndex] ?? '—';
  const to = result.months.at(-1) ?? '—';
  return `${from} … ${to} (${result.horizonMonths} months from the shock)`;
}

function bandsJson(bands: QuantileBands): Record<string, number[]> {
  return Object.fromEntries(QUANTILE_KEYS.map((k) => [k, Array.from(bands[k])]));
}

function jsonReport(
  name: string,
  result: MonteCarloResult,
  distributions: ReturnType<typeof resolveDistributions>,
) {
  const quantiles: Record<string, Record<string, number[]>> = {};
  for (const id of SERIES_IDS) quantiles[id] = bandsJson(bandsOf(result.quantiles, id));
  const perTier = (bands: Record<string, QuantileBands>) =>
    Object.fromEntries(result.tiers.map((tier) => [tier, bandsJson(bands[tier])]));
  const byYear = Object.fromEntries(
    YEARLY_SERIES.map((id) => [id, bandsJson(bandsOf(result.byYear.bands, id))]),
  );
  const verdicts = BASES.map((basis) => {
    const v = result.verdicts[basis];
    return {
      basis,
      horizonMonths: result.horizonMonths,
      probabilityBackfire: { ...v.probabilityBackfire, interval: 'Wilson 95%' },
      verdictCounts: v.verdictCounts,
      undefinedShare: v.undefinedShare,
      rebound: v.rebound,
      changeVsBase: v.changeVsBase,
    };
  });
  return {
    scenario: name,
    samples: result.samples,
    seed: result.seed,
    uncertain: Object.entries(distributions).map(([id, distribution]) => ({
      id,
      unit: parameterById[id as keyof typeof parameterById].unit,
      distribution,
    })),
    units: {
      ...SERIES_UNITS,
      ...TIER_SERIES_UNITS,
      byYear: 'the series’ unit × months of the calendar year (USD, H100e-hours, tokens)',
      ...UNITS,
    },
    months: result.months,
    shockMonth: result.months[result.shockIndex] ?? null,
    horizonMonths: result.horizonMonths,
    headline: {
      basis: 'servedCompute',
      probabilityBackfire: {
        ...result.probabilityBackfire,
        interval: 'Wilson 95%',
        definition: BACKFIRE_DEFINITION,
      },
      undefinedShare: result.undefinedShare,
    },
    probabilityBackfireCapex: { ...result.probabilityBackfireCapex, interval: 'Wilson 95%' },
    verdicts,
    quantiles,
    tierQuantiles: {
      tokensByTier: perTier(result.tierQuantiles.tokensByTier),
      listPriceByTier: perTier(result.tierQuantiles.listPriceByTier),
    },
    byYear: { years: result.byYear.years, bands: byYear },
  };
}

const pct = (v: number) => percent(v, 1);

/**
 * The bands the table reads: yearly sums (its capex rows), no monthly series or tiers. Bands are
 * Monte Carlo's cost beside the engine (~40% with every band), and the same seed gives the same
 * verdict figures whichever bands are asked for.
 */
const TABLE_BANDS: BandSelection = Object.freeze({ series: [], tiers: false, yearly: true });

/** A band the command asked for (it asks for every one). */
function bandsOf<K extends string>(bands: Partial<Record<K, QuantileBands>>, id: K): QuantileBands {
  const found = bands[id];
  if (!found) throw new Error(`monte carlo: no band for ${id}`);
  return found;
}

function summaryCells(summary: QuantileSummary | null, show: (v: number) => string): string[] {
  return QUANTILE_KEYS.map((k) => (summary ? show(summary[k]) : 'undefined'));
}

function tableReport(
  name: string,
  result: MonteCarloResult,
  distributions: ReturnType<typeof resolveDistributions>,
) {
  const uncertain = Object.entries(distributions).map(([id, d]) => `  ${id}: ${distributionText(id, d)}`);
  const verdictRows = BASES.map((basis: Basis) => {
    const v = result.verdicts[basis];
    const p = v.probabilityBackfire;
    const c = v.verdictCounts;
    return [
      BASIS_WORDS.en[basis],
      p.n > 0 ? pct(p.value) : 'undefined',
      p.n > 0 ? `${pct(p.low)}–${pct(p.high)}` : '—',
      String(c.backfire),
      String(c['full-rebound']),
      String(c['partial-rebound']),
      String(c['super-conservation']),
      String(c.undefined),
    ];
  });
  const figureRows = BASES.flatMap((basis: Basis) => {
    const v = result.verdicts[basis];
    return [
      [`rebound on ${BASIS_WORDS.en[basis]}`, ...summaryCells(v.rebound, (x) => x.toFixed(3))],
      [`change vs base, ${BASIS_WORDS.en[basis]}`, ...summaryCells(v.changeVsBase, signedPercent)],
    ];
  });
  const years = result.byYear.years;
  const capex = bandsOf(result.byYear.bands, 'capex');
  const yearRows = years.map((year, i) => [year, ...QUANTILE_KEYS.map((k) => quantity(capex[k][i], 'USD'))]);
  const p = result.probabilityBackfire;
  const headline =
    p.n > 0
      ? `Probability that the headline verdict (compute served, to the run's end) is backfire: ${pct(p.value)} (95% interval ${pct(p.low)}–${pct(p.high)}, ${p.count} of ${p.n} samples with a defined rebound)`
      : 'Probability that the headline verdict is backfire: undefined (no sample has a defined rebound)';
  const q = (k: string) => ({ header: k, align: 'right' as const });
  return [
    `${name} — Monte Carlo: ${result.samples.toLocaleString('en-US')} samples, seed ${result.seed}`,
    `Verdict window: ${windowText(result)}`,
    '',
    `Uncertain parameters (${uncertain.length}):`,
    ...uncertain,
    '',
    headline,
    `Rebound undefined (the shock saves nothing on that basis) in ${pct(result.undefinedShare)} of samples; those are counted apart, never classified.`,
    '',
    renderTable(
      [
        { header: 'verdict at the run’s end' },
        q('P(backfire)'),
        q('95% interval'),
        q('backfire'),
        q('full'),
        q('partial'),
        q('super-cons.'),
        q('undefined'),
      ],
      verdictRows,
    ),
    renderTable([{ header: 'figure' }, ...QUANTILE_KEYS.map(q)], figureRows),
    renderTable([{ header: 'GPU capex, per year' }, ...QUANTILE_KEYS.map(q)], yearRows),
    'Monthly bands (p5 … p95) of every series and tier: --format json or --format csv.',
    '',
  ].join('\n');
}

function csvReport(result: MonteCarloResult): string {
  const rows: (string | number)[][] = [];
  const push = (id: string, unit: string, bands: QuantileBands) => {
    result.months.forEach((month, t) => {
      rows.push([id, unit, month, ...QUANTILE_KEYS.map((k) => bands[k][t])]);
    });
  };
  for (const id of SERIES_IDS) push(id, SERIES_UNITS[id], bandsOf(result.quantiles, id));
  for (const tier of result.tiers) {
    push(`tokensByTier.${tier}`, TIER_SERIES_UNITS.tokensByTier, result.tierQuantiles.tokensByTier[tier]);
    push(
      `listPriceByTier.${tier}`,
      TIER_SERIES_UNITS.listPriceByTier,
      result.tierQuantiles.listPriceByTier[tier],
    );
  }
  return toCsv(['series', 'unit', 'month', ...QUANTILE_KEYS], rows);
}

export const mcCommand: Command = {
  name: 'mc',
  summary: 'Monte Carlo over uncertain parameters: p5–p95 bands, probability of backfire, rebound quantiles',
  positionals: ['<scenario|preset>'],
  minPositionals: 1,
  maxPositionals: 1,
  options: {
    samples: { type: 'string', arg: 'N', help: 'number of samples, 1 to 10,000,000 (default: 2,000)' },
    seed: {
      type: 'string',
      arg: 'S',
      help: 'random seed, a whole number; same seed, same numbers on any number of threads (default: 1)',
    },
    ...THREADS_OPTION,
    ...SCENARIO_OPTIONS,
  },
  examples: [
    'jevons mc deepseek-shock --samples 20000 --seed 7',
    'jevons mc my.json --format csv --out bands.csv --threads 4',
  ],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const samples = readWholeNumber('samples', args.values.samples, 2000);
    const seed = readWholeNumber('seed', args.values.seed, 1);
    const threads = readThreads(args.values.threads);
    const scenario = await loadScenario(args.positionals[0], setsOf(args.values.set), io, {
      asOf: asOfOf(args),
    });
    const distributions = resolveDistributions(scenario);
    return runLongWork(io, 'samples', args.values.out, async ({ signal, progress }) => {
      // The table prints the verdicts and the yearly capex bands; JSON and CSV carry every band.
      const bands = format === 'table' ? TABLE_BANDS : undefined;
      const result = await uncertaintyErrors(() =>
        monteCarloParallel(scenario, { samples, seed, threads, onProgress: progress, signal, bands }),
      );
      if (format === 'json')
        return `${JSON.stringify(jsonReport(scenario.name, result, distributions), null, 2)}\n`;
      if (format === 'csv') return csvReport(result);
      return tableReport(scenario.name, result, distributions);
    });
  },
};
