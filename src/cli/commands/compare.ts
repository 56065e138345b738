import { quantity } from '../../format/quantity';
import { oneLine } from '../../format/text';
import { BASES, type JevonsResult, type RunTotals } from '../../model/types';
import { verdictEntry } from '../../report/run-report';
import { TOTALS_UNITS } from '../../report/units';
import { BASIS_WORDS, type Lang, VERDICT_WORDS, verdictSentence } from '../../report/verdict-text';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { renderTable } from '../format/table';
import { asOfOf, loadScenario } from '../load-scenario';
import { checkOut, emit, LANG_OPTION, readFormat, readLang, SCENARIO_OPTIONS, setsOf } from '../output';
import { checkedJevons } from './run';

const TOTAL_LABELS: Record<Exclude<keyof RunTotals, 'clearingEvaluations'>, string> = {
  cumulativeServedHours: 'compute served',
  cumulativeComputeValue: 'compute value (rental × hours)',
  cumulativeCapex: 'capex',
  cumulativeRevenue: 'revenue',
  cumulativeTokensServed: 'tokens served',
  peakShortageShare: 'peak shortage (whole run)',
  finalFleetH100e: 'fleet at the end',
};
const TOTAL_KEYS = Object.keys(TOTAL_LABELS) as (keyof typeof TOTAL_LABELS)[];

/** The verdicts at the run's end, one per basis, and the break-even elasticity. */
function summary(name: string, r: JevonsResult, lang: Lang) {
  const end = r.headline.horizonMonths;
  return {
    name,
    totals: r.scenario.totals,
    headline: { ...verdictEntry(r, r.headline), sentence: verdictSentence(r, lang) },
    verdicts: r.verdicts.filter((v) => v.horizonMonths === end).map((v) => verdictEntry(r, v)),
    breakEvenElasticity: r.breakEvenElasticity,
  };
}

const byBasis = (s: ReturnType<typeof summary>, basis: (typeof BASES)[number]) =>
  s.verdicts.find((v) => v.basis === basis);

const ratio = (x: number, y: number) => (x !== 0 ? y / x : Number.NaN);

export const compareCommand: Command = {
  name: 'compare',
  summary: "two scenarios side by side: totals from the shock on, and each one's verdict per basis",
  positionals: ['<a>', '<b>'],
  minPositionals: 2,
  maxPositionals: 2,
  options: {
    ...SCENARIO_OPTIONS,
    set: { ...SCENARIO_OPTIONS.set, help: 'override a parameter in both scenarios' },
    ...LANG_OPTION,
  },
  examples: ['jevons compare pre-deepseek deepseek-shock', 'jevons compare a.yaml b.json --format csv'],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const lang = readLang(args.values.lang);
    const sets = setsOf(args.values.set);
    const [nameA, nameB] = args.positionals;
    const options = { decomposition: false };
    const scenarioA = await loadScenario(nameA, sets, io, { asOf: asOfOf(args) });
    const scenarioB = await loadScenario(nameB, sets, io, { asOf: asOfOf(args) });
    checkOut(io, args.values.out);
    const a = checkedJevons(scenarioA, io, options).result;
    const b = checkedJevons(scenarioB, io, options).result;
    const sa = summary(nameA, a, lang);
    const sb = summary(nameB, b, lang);
    const rows = TOTAL_KEYS.map((key) => ({
      label: TOTAL_LABELS[key],
      unit: TOTALS_UNITS[key],
      a: a.scenario.totals[key],
      b: b.scenario.totals[key],
    }));
    let text: string;
    if (format === 'json') {
      // b / a, null where a is 0 (JSON has no NaN).
      const ratios = Object.fromEntries(
        rows.map((r, i) => [TOTAL_KEYS[i], Number.isFinite(ratio(r.a, r.b)) ? ratio(r.a, r.b) : null]),
      );
      text = `${JSON.stringify({ a: sa, b: sb, ratio: ratios, units: TOTALS_UNITS }, null, 2)}\n`;
    } else if (format === 'csv') {
      const verdictRows = BASES.map((basis) => [
        `rebound on ${BASIS_WORDS.en[basis]} at the run's end`,
        'ratio',
        byBasis(sa, basis)?.rebound ?? null,
        byBasis(sb, basis)?.rebound ?? null,
        null,
      ]);
      text = toCsv(
        ['measure', 'unit', nameA, nameB, 'b/a'],
        [...rows.map((r) => [r.label, r.unit, r.a, r.b, ratio(r.a, r.b)]), ...verdictRows],
      );
    } else {
      const [headA, headB] = [oneLine(nameA, 40), oneLine(nameB, 40)];
      const table = renderTable(
        [
          { header: 'from the shock on' },
          { header: headA, align: 'right' },
          { header: headB, align: 'right' },
          { header: 'b / a', align: 'right' },
        ],
        [
          ...rows.map((r) => {
            const q = ratio(r.a, r.b);
            return [
              r.label,
              quantity(r.a, r.unit),
              quantity(r.b, r.unit),
              Number.isFinite(q) ? `${q.toFixed(2)}×` : '—',
            ];
          }),
          ...BASES.map((basis) => {
            const cell = (v: ReturnType<typeof byBasis>) =>
              !v
                ? '—'
                : v.rebound === null
                  ? VERDICT_WORDS[lang].undefined
                  : `${v.rebound.toFixed(2)} ${VERDICT_WORDS[lang][v.verdict].split(/ — |——/)[0]}`;
            return [
              `rebound on ${BASIS_WORDS[lang][basis]}`,
              cell(byBasis(sa, basis)),
              cell(byBasis(sb, basis)),
              '',
            ];
          }),
        ],
      );
      text = `${table}\n${headA}: ${sa.headline.sentence}\n${headB}: ${sb.headline.sentence}\n`;
    }
    emit(io, text, args.values.out);
    return 0;
  },
};
