import { BASES, type JevonsResult, type Scenario } from '../../model/types';
import { count, money, percent, si, signedPercent } from '../../format/quantity';
import { oneLine } from '../../format/text';
import { LABELS } from '../../report/labels';
import { DEMANDED_DIAGNOSTIC_LABEL, verdictEntry } from '../../report/run-report';
import {
  BASIS_WORDS,
  type Lang,
  noBreakEvenText,
  undefinedReboundText,
  VERDICT_WORDS,
  verdictSentence,
} from '../../report/verdict-text';
import { warningText } from '../../report/warning-text';
import { findPreset } from '../../scenario/catalogue';
import { YEAR_ROW_UNITS, yearlyRows } from '../../report/yearly';
import { CHANNEL_IDS } from '../../engine/channels';
import type { WithheldDecomposition } from '../../scenario/checked-jevons';
import { renderTable } from './table';

/** Short unit names for table headers. */
const SHORT_UNIT: Record<string, string> = {
  tokens: 'tok',
  'USD/Mtok': 'USD/Mtok',
  'USD/H100e-hour': 'USD/H100e-h',
  'USD/H100e': 'USD/H100e',
  share: '%',
  H100e: 'H100e',
  'H100e-hours': 'H100e-h',
  USD: 'USD',
};

/** A total in a column whose unit the row names: money with "$", anything else with its SI prefix. */
function amount(value: number, unit: string): string {
  return unit === 'USD' ? money(value) : si(value);
}

function rebound(value: number | null, lang: Lang): string {
  return value === null ? LABELS[lang].undefinedWord : value.toFixed(2);
}

/** One row per calendar year from 2023, every column with its unit. */
function yearlyTable(result: JevonsResult, lang: Lang): string {
  const L = LABELS[lang];
  const keys = Object.keys(YEAR_ROW_UNITS) as (keyof typeof YEAR_ROW_UNITS)[];
  const rows = yearlyRows(result.scenario).map((row) => [
    row.months < 12 ? `${row.year} ${L.partYear(row.months)}` : row.year,
    ...keys.map((key) => {
      const unit = YEAR_ROW_UNITS[key];
      // Units are in the header; cells carry the number with its SI prefix.
      if (unit === 'share') return percent(row[key]);
      return unit.startsWith('USD') ? money(row[key]) : si(row[key]);
    }),
  ]);
  return renderTable(
    [
      { header: L.year },
      ...keys.map((key) => ({
        header: L.yearly[key],
        // A unit without a short form is written in full, never left blank.
        unit: SHORT_UNIT[YEAR_ROW_UNITS[key]] ?? YEAR_ROW_UNITS[key],
        align: 'right' as const,
      })),
    ],
    rows,
  );
}

const NOTE_MARKS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/**
 * Horizon × basis: the three totals, the change against the base, the rebound and its class; an
 * undefined rebound carries a mark whose note under the table says why (one note per reason).
 */
function verdictTable(result: JevonsResult, lang: Lang): string {
  const L = LABELS[lang];
  const notes: string[] = [];
  const mark = (text: string): string => {
    if (text === '') return '';
    if (!notes.includes(text)) notes.push(text);
    return NOTE_MARKS[notes.indexOf(text)] ?? '*';
  };
  const rows = result.verdicts.map((v) => {
    const e = verdictEntry(result, v);
    const why =
      v.value === null
        ? mark(`${BASIS_WORDS[lang][v.basis]}: ${undefinedReboundText(v, v.basis, lang)}`)
        : '';
    return [
      `${e.from}…${e.to} (${e.horizonMonths} mo)`,
      `${BASIS_WORDS[lang][e.basis]} (${e.unit})`,
      amount(e.base, e.unit),
      amount(e.mechanical, e.unit),
      amount(e.scenario, e.unit),
      signedPercent(e.changeVsBase),
      rebound(e.rebound, lang),
      `${VERDICT_WORDS[lang][e.verdict].split(/ — |——/)[0]}${why}`,
    ];
  });
  const table = renderTable(
    [
      { header: L.window },
      { header: L.basis },
      { header: L.base, align: 'right' },
      { header: L.mechanical, align: 'right' },
      { header: L.scenario, align: 'right' },
      { header: L.change, align: 'right' },
      { header: L.rebound, align: 'right' },
      { header: L.verdict },
    ],
    rows,
  );
  if (notes.length === 0) return table;
  return `${[table.trimEnd(), ...notes.map((text, i) => `${NOTE_MARKS[i] ?? '*'} ${text}`)].join('\n')}\n`;
}

/** Break-even η* per basis that has one, beside the run's own elasticity. */
function breakEvenLines(result: JevonsResult, lang: Lang): string[] {
  const L = LABELS[lang];
  const lines = [`${L.breakEvenTitle}:`];
  for (const basis of ['servedCompute', 'capex'] as const) {
    const be = result.breakEvenElasticity[basis];
    const value = be.value === null ? `${L.none} — ${noBreakEvenText(be, basis, lang)}` : be.value.toFixed(3);
    lines.push(`  ${BASIS_WORDS[lang][basis]}: ${value}`);
  }
  lines.push(
    `  ${result.elasticity === null ? L.timeVaryingElasticity : L.yourElasticity(result.elasticity.toFixed(3))}`,
  );
  return lines;
}

/** The decomposition per basis: one column per channel, the total last; the row adds up. */
function decompositionTable(
  result: JevonsResult,
  lang: Lang,
  withheld: readonly WithheldDecomposition[] = [],
): string {
  const notShown = withheld.map(
    (w) => `  ${BASIS_WORDS[lang][w.basis]}: ${LABELS[lang].notShown} — ${w.reason}`,
  );
  if (result.decomposition.length === 0) return notShown.length ? `${notShown.join('\n')}\n` : '';
  const L = LABELS[lang];
  const end = result.verdicts.find((v) => v.horizonMonths === result.decomposition[0].horizonMonths);
  const [from, to] = end ? [verdictEntry(result, end).from, verdictEntry(result, end).to] : ['', ''];
  const rows = BASES.flatMap((basis) => {
    const d = result.decomposition.find((x) => x.basis === basis);
    if (!d) return [];
    return [
      [
        `${BASIS_WORDS[lang][basis]} (${d.unit})`,
        ...CHANNEL_IDS.map((id) => amount(d.effects[id], d.unit)),
        amount(d.total, d.unit),
      ],
    ];
  });
  const table = `${L.decompositionTitle(from, to)}:\n${renderTable(
    [
      { header: L.basis },
      ...CHANNEL_IDS.map((id) => ({ header: L.channels[id], align: 'right' as const })),
      { header: L.total, align: 'right' },
    ],
    rows,
  )}`;
  return notShown.length ? `${table}${notShown.join('\n')}\n` : table;
}

/**
 * The scenario's name as the reader's language has it: a preset run as it is (its name still the
 * preset's English label) takes the preset's Chinese label under --lang zh; a name the user gave
 * is theirs and stays.
 */
function scenarioTitle(scenario: Scenario, lang: Lang): string {
  const preset = scenario.extends ? findPreset(scenario.extends) : undefined;
  return lang === 'zh' && preset && scenario.name === preset.label.en ? preset.label.zh : scenario.name;
}

/**
 * The text report of `jevons run`: the scenario's name, the yearly table, the verdict table, the
 * break-even elasticity, the decomposition, the warnings, the demanded-compute diagnostic and the
 * headline sentence.
 */
export function runText(
  scenario: Scenario,
  result: JevonsResult,
  lang: Lang = 'en',
  withheld: readonly WithheldDecomposition[] = [],
): string {
  const L = LABELS[lang];
  const diagnostic = result.demandedDiagnostic;
  const numbers = {
    share: (v: number) => percent(v),
    tokens: (v: number) => `${count(Math.round(v))} token`,
  };
  const warnings = result.warnings.length
    ? result.warnings.map((w) => `  - [${w.id}] ${warningText(w, lang, numbers)}`)
    : [`  ${L.noWarnings}`];
  const parts = [
    oneLine(scenarioTitle(scenario, lang)),
    '',
    yearlyTable(result, lang),
    `${L.verdictTitle}:`,
    verdictTable(result, lang),
    ...breakEvenLines(result, lang),
    '',
    decompositionTable(result, lang, withheld),
    `${L.warningsTitle}:`,
    ...warnings,
    '',
    `${L.diagnosticTitle}: ${rebound(diagnostic.value, lang)} (${VERDICT_WORDS[lang][diagnostic.verdict]})${diagnostic.reason ? ` — ${diagnostic.reason}` : ''}`,
    lang === 'en' ? `  (${DEMANDED_DIAGNOSTIC_LABEL})` : '',
    '',
    `${L.verdictLine}: ${verdictSentence(result, lang)}`,
    '',
  ];
  return parts.filter((part, i) => !(part === '' && parts[i - 1] === '')).join('\n');
}
