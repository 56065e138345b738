import { jevons } from '../../engine/jevons';
import type { JevonsResult, Scenario } from '../../model/types';
import { runReport } from '../../report/run-report';
import { seriesCsv } from '../../report/series-csv';
import { quoted } from '../../format/text';
import { runProblem } from '../../scenario/run-check';
import type { Command } from '../command';
import { runText } from '../format/run-text';
import { asOfOf, loadScenario } from '../load-scenario';
import { checkOut, emit, LANG_OPTION, readFormat, readLang, SCENARIO_OPTIONS, setsOf } from '../output';
import { UsageError } from '../usage-error';

/**
 * The verdict of a scenario, refused (exit 2) when any of its runs reaches a value that is not a
 * finite number: a report of NaN cells or a verdict computed from them would be a false answer.
 */
export function checkedJevons(scenario: Scenario, options?: Parameters<typeof jevons>[1]): JevonsResult {
  const result = jevons(scenario, options);
  const problem = runProblem(scenario, [result.scenario, result.base, result.mechanical]);
  if (problem) {
    throw new UsageError(`scenario ${quoted(scenario.name)} gives no finite answer:`, [
      `  ${problem.path}: ${problem.message}`,
    ]);
  }
  return result;
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
    const result = checkedJevons(scenario);
    let text: string;
    if (format === 'json') text = `${JSON.stringify(runReport(scenario, result, lang), null, 2)}\n`;
    else if (format === 'csv') text = seriesCsv(result.scenario);
    else text = runText(scenario, result, lang);
    emit(io, text, args.values.out);
    return 0;
  },
};
