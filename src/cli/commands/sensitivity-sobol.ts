/**
 * How `jevons sensitivity --method sobol` reports: the Sobol indices of every uncertain parameter
 * for each headline figure, with their intervals, and a sentence on what interacts.
 */
import { parameterById } from '../../../models/index';
import { count, percent } from '../../format/quantity';
import type { ParamId } from '../../model/types';
import type { SobolOutput, SobolResult } from '../../uncertainty/sobol';
import { OTHERS } from '../../uncertainty/sobol-job';
import { interactionSummary } from '../../uncertainty/sobol-summary';
import { SENSITIVITY_OUTPUTS, type SensitivityOutputId } from '../../uncertainty/verdict-outputs';
import { toCsv } from '../format/csv';
import { renderTable } from '../format/table';

const TITLES: Record<SensitivityOutputId, string> = {
  changeServedCompute: 'Change the shock makes to compute served (H100e-hours), scenario vs base',
  changeCapex: 'Change the shock makes to GPU capex, scenario vs base',
  reboundServedCompute: 'Rebound on compute served, the headline (above 1 = backfire)',
};

export const SOBOL_UNITS = {
  changeServedCompute: 'ratio: scenario/base − 1',
  changeCapex: 'ratio: scenario/base − 1',
  reboundServedCompute: 'ratio: (scenario − mechanical)/(base − mechanical)',
  first: 'share of the output variance, 0–1 (first order: the parameter alone)',
  total: 'share of the output variance, 0–1 (total order: alone and in interactions)',
  variance: 'the output unit squared',
} as const;

const index = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : 'undefined');

function factorName(id: string, parameters: readonly ParamId[]): string {
  return id === OTHERS ? `the other ${parameters.length} together` : id;
}

/** "elasticity and substitutionElasticity", "a, b and c". */
function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The sentences on interactions for one output. */
function interactionSentence(output: SobolOutput, rows: number): string {
  const summary = interactionSummary(output);
  const interval = `95% interval ${percent(summary.low, 0)}–${percent(summary.high, 0)}`;
  const share = summary.clear
    ? `Interactions: ${percent(summary.share, 0)} of the variance (${interval}) comes from parameters acting together, which no parameter explains alone.`
    : `Interactions: how much of the variance comes from parameters acting together is not clear from ${count(rows)} design rows (${interval}); more rows (--samples) narrow it.`;
  if (summary.interacting.length === 0) {
    return `${share} No parameter's total effect clearly exceeds its effect alone.`;
  }
  const names = summary.interacting.map(
    (f) => `${factorName(f.id, f.parameters)} (ST − S = ${f.interaction.toFixed(2)})`,
  );
  // Parameter ids keep their spelling (scripts use them), so the sentence does not start with one.
  return `${share} Acting mostly through interactions (the total effect well above the effect alone): ${list(names)}.`;
}

function outputTable(output: SobolOutput): string {
  return renderTable(
    [
      { header: 'parameter' },
      { header: 'unit' },
      { header: 'S (alone)', align: 'right' },
      { header: '95% interval', align: 'right' },
      { header: 'ST (total)', align: 'right' },
      { header: '95% interval', align: 'right' },
      { header: 'ST − S', align: 'right' },
    ],
    output.factors.map((f) => [
      factorName(f.id, f.parameters),
      f.id === OTHERS ? '—' : parameterById[f.id as ParamId].unit,
      index(f.first.value),
      `${index(f.first.low)}–${index(f.first.high)}`,
      index(f.total.value),
      `${index(f.total.low)}–${index(f.total.high)}`,
      index(f.interaction),
    ]),
  );
}

export function sobolTable(name: string, r: SobolResult): string {
  const lines = [
    `${name} — global sensitivity: Sobol indices from ${count(r.evaluations)} verdicts (${count(r.samples)} design rows × ${r.factors.length + 2}; Saltelli design on shifted Sobol points, seed ${r.seed}; Jansen estimators; ${Math.round(r.confidence * 100)}% bootstrap intervals from ${count(r.bootstrap)} resamples)`,
    `Every uncertain parameter varies at once, over its distribution. Every figure is cumulated from the shock to the run's end (${r.horizonMonths} months).`,
    'S: the share of the figure’s variance a parameter explains alone. ST: the share it takes part in, interactions included.',
    '',
  ];
  for (const id of SENSITIVITY_OUTPUTS) {
    const output = r.outputs[id];
    const used =
      output.rows < r.samples
        ? ` (${count(output.rows)} of ${count(r.samples)} rows: the others leave it undefined)`
        : '';
    lines.push(`${TITLES[id]}${used}`);
    lines.push(outputTable(output));
    lines.push(interactionSentence(output, r.samples), '');
  }
  return lines.join('\n');
}

export function sobolCsv(r: SobolResult): string {
  const rows = SENSITIVITY_OUTPUTS.flatMap((id) =>
    r.outputs[id].factors.map((f) => [
      id,
      f.id,
      f.parameters.join(' '),
      f.first.value,
      f.first.low,
      f.first.high,
      f.total.value,
      f.total.low,
      f.total.high,
      r.outputs[id].rows,
    ]),
  );
  return toCsv(
    ['output', 'factor', 'parameters', 'S', 'S low', 'S high', 'ST', 'ST low', 'ST high', 'rows used'],
    rows.map((row) => row.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? '' : v))),
  );
}
