import type { JevonsOptions } from '../../engine/jevons';
import type { JevonsResult, Scenario } from '../../model/types';
import { type BandInput, publishCsv } from '../../report/publish-csv';
import { runReport } from '../../report/run-report';
import { printable, quoted } from '../../format/text';
import { checkedJevons as check, type WithheldDecomposition } from '../../scenario/checked-jevons';
import { BASIS_WORDS } from '../../report/verdict-text';
import type { Command } from '../command';
import type { CliIO } from '../io';
import { runText } from '../format/run-text';
import { asOfOf, loadScenario } from '../load-scenario';
import { checkOut, emit, LANG_OPTION, readFormat, readLang, SCENARIO_OPTIONS, setsOf } from '../output';
import { UsageError } from '../usage-error';
import { readThreads, readWholeNumber, THREADS_OPTION, uncertaintyErrors } from './mc';
import { monteCarloParallel } from '../../uncertainty/parallel/run-parallel';
import { runLongWork } from '../long-work';

/**
 * The verdict of a scenario, refused (exit 2) when any of its runs — the break-even search's and the
 * decomposition's included — reaches a value that is not a finite number or a demand curve it cannot
 * use: a report of NaN cells or a verdict computed from them would be a false answer. A basis whose
 * decomposition rests on counterfactual runs that state no answer is left out, and stderr says why.
 */
export function checkedJevons(
  scenario: Scenario,
  io: CliIO,
  options?: JevonsOptions,
): { result: JevonsResult; withheld: WithheldDecomposition[] } {
  const checked = check(scenario, options);
  if (!checked.ok) {
    throw new UsageError(`scenario ${quoted(scenario.name)} gives no finite answer:`, [
      `  ${checked.error.path}: ${checked.error.message}`,
    ]);
  }
  for (const w of checked.withheld) {
    io.err(
      `jevons: warning: the decomposition on ${BASIS_WORDS.en[w.basis]} is not shown: ${printable(w.reason)}\n`,
    );
  }
  return checked;
}

/** `--samples`, `--seed`, `--threads`: Monte Carlo bands for the publish CSV (`--format csv` only). */
const BAND_OPTIONS = {
  samples: {
    type: 'string',
    arg: 'N',
    help: 'with --format csv: add Monte Carlo bands (p5–p95) of N samples, as the app’s CSV export does',
  },
  seed: { type: 'string', arg: 'S', help: 'random seed of --samples, a whole number (default: 1)' },
  ...THREADS_OPTION,
} as const;

export const runCommand: Command = {
  name: 'run',
  summary: 'simulate a scenario and give the Jevons verdict, with its reasons',
  positionals: ['<scenario.json|scenario.yaml|preset-id|->'],
  minPositionals: 1,
  maxPositionals: 1,
  options: { ...SCENARIO_OPTIONS, ...LANG_OPTION, ...BAND_OPTIONS },
  examples: [
    'jevons run deepseek-shock',
    'jevons run my.yaml --set elasticity=1.5 --format json --out result.json',
    'jevons run deepseek-shock --format csv --samples 2000 --out deepseek.csv',
    'cat my.yaml | jevons run - --lang zh',
  ],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const lang = readLang(args.values.lang);
    const bandOptions = ['samples', 'seed', 'threads'].filter((o) => args.values[o] !== undefined);
    if (bandOptions.length > 0 && format !== 'csv') {
      throw new UsageError(
        `--${bandOptions[0]} adds Monte Carlo bands to --format csv; for bands in a table or JSON use \`jevons mc\``,
      );
    }
    if (bandOptions.length > 0 && args.values.samples === undefined) {
      throw new UsageError(`--${bandOptions[0]} goes with --samples N (the Monte Carlo bands of the CSV)`);
    }
    const samples =
      args.values.samples === undefined ? undefined : readWholeNumber('samples', args.values.samples, 0);
    const seed = readWholeNumber('seed', args.values.seed, 1);
    const threads = readThreads(args.values.threads);
    const scenario = await loadScenario(args.positionals[0], setsOf(args.values.set), io, {
      asOf: asOfOf(args),
    });
    checkOut(io, args.values.out);
    const { result, withheld } = checkedJevons(scenario, io);
    if (format === 'csv') {
      // The app's "Export series as CSV": one writer (src/report/publish-csv.ts) for both faces.
      const csv = (bands: BandInput | null) =>
        publishCsv({ scenario, run: result.scenario, baseline: result.base, bands, lang });
      if (samples === undefined) {
        emit(io, csv(null), args.values.out);
        return 0;
      }
      return runLongWork(io, 'samples', args.values.out, async ({ signal, progress }) => {
        const mc = await uncertaintyErrors(() =>
          monteCarloParallel(scenario, { samples, seed, threads, onProgress: progress, signal }),
        );
        return csv({ months: mc.months, quantiles: mc.quantiles, samples: mc.samples, seed: mc.seed });
      });
    }
    const text =
      format === 'json'
        ? `${JSON.stringify(runReport(scenario, result, lang), null, 2)}\n`
        : runText(scenario, result, lang, withheld);
    emit(io, text, args.values.out);
    return 0;
  },
};
