import type { JevonsOptions } from '../../engine/jevons';
import type { JevonsResult, Scenario } from '../../model/types';
import { runReport } from '../../report/run-report';
import { seriesCsv } from '../../report/series-csv';
import { printable, quoted } from '../../format/text';
import { checkedJevons as check, type WithheldDecomposition } from '../../scenario/checked-jevons';
import { BASIS_WORDS } from '../../report/verdict-text';
import type { Command } from '../command';
import type { CliIO } from '../io';
import { runText } from '../format/run-text';
import { asOfOf, loadScenario } from '../load-scenario';
import { checkOut, emit, LANG_OPTION, readFormat, readLang, SCENARIO_OPTIONS, setsOf } from '../output';
import { UsageError } from '../usage-error';

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

export const runCommand: Command = {
  name: 'run',
  summary: 'simulate a scenario and give the Jevons verdict, with its reasons',
  positionals: ['<scenario.json|scenario.yaml|preset-id|->'],
  minPositionals: 1,
  maxPositionals: 1,
  options: { ...SCENARIO_OPTIONS, ...LANG_OPTION },
  examples: [
    'jevons run deepseek-shock',
    'jevons run my.yaml --set elasticity=1.5 --format json --out result.json',
    'cat my.yaml | jevons run - --lang zh',
  ],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const lang = readLang(args.values.lang);
    const scenario = await loadScenario(args.positionals[0], setsOf(args.values.set), io, {
      asOf: asOfOf(args),
    });
    checkOut(io, args.values.out);
    const { result, withheld } = checkedJevons(scenario, io);
    let text: string;
    if (format === 'json') text = `${JSON.stringify(runReport(scenario, result, lang), null, 2)}\n`;
    else if (format === 'csv') text = seriesCsv(result.scenario);
    else text = runText(scenario, result, lang, withheld);
    emit(io, text, args.values.out);
    return 0;
  },
};
