import { jevons } from '../../engine/jevons';
import { quantity } from '../../format/quantity';
import type { JevonsResult, RunTotals } from '../../model/types';
import { VERDICT_WORDS } from '../../report/verdict-text';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { renderTable } from '../format/table';
import { loadScenario } from '../load-scenario';
import { emit, readFormat, SCENARIO_OPTIONS, setsOf } from '../output';

const ROWS: [keyof RunTotals, string, string][] = [
  ['cumulativeGpuSpendDemanded', 'cumulative GPU spend demanded', 'USD'],
  ['cumulativeGpuHoursDemanded', 'cumulative GPU-hours demanded', 'GPU-hours'],
  ['cumulativeGpuSpend', 'cumulative GPU spend served', 'USD'],
  ['cumulativeGpuHours', 'cumulative GPU-hours served', 'GPU-hours'],
  ['cumulativeCapex', 'cumulative capex', 'USD'],
  ['cumulativeRevenue', 'cumulative revenue', 'USD'],
  ['cumulativeTokens', 'tokens demanded', 'tokens'],
  ['cumulativeTokensServed', 'tokens served', 'tokens'],
  ['peakShortageShare', 'peak unserved demand', 'share'],
  ['finalFleetGpus', 'fleet at the end', 'GPUs'],
];

function summary(result: JevonsResult) {
  return {
    totals: result.scenario.totals,
    rebound: result.rebound.gpuSpend,
    breakEven: result.breakEvenElasticity,
  };
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'two scenarios side by side (totals, rebound, verdict)',
  positionals: ['<a>', '<b>'],
  minPositionals: 2,
  maxPositionals: 2,
  options: {
    ...SCENARIO_OPTIONS,
    set: { ...SCENARIO_OPTIONS.set, help: 'override a parameter in both scenarios' },
  },
  examples: ['jevons compare jevons-bull efficiency-bear'],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const sets = setsOf(args.values.set);
    const [nameA, nameB] = args.positionals;
    const a = jevons(await loadScenario(nameA, sets, io));
    const b = jevons(await loadScenario(nameB, sets, io));
    let text: string;
    if (format === 'json') {
      text =
        JSON.stringify({ a: { name: nameA, ...summary(a) }, b: { name: nameB, ...summary(b) } }, null, 2) +
        '\n';
    } else {
      const ratio = (x: number, y: number) => (x !== 0 ? y / x : Number.NaN);
      const rows = ROWS.map(
        ([key, label, unit]) => [label, a.scenario.totals[key], b.scenario.totals[key], unit] as const,
      );
      if (format === 'csv') {
        text = toCsv(
          ['measure', 'unit', nameA, nameB, 'b/a'],
          rows.map(([label, x, y, unit]) => [label, unit, x, y, ratio(x, y)]),
        );
      } else {
        const table = renderTable(
          [
            { header: 'measure' },
            { header: nameA, align: 'right' },
            { header: nameB, align: 'right' },
            { header: 'b / a', align: 'right' },
          ],
          rows.map(([label, x, y, unit]) => {
            const r = ratio(x, y);
            return [
              label,
              quantity(x, unit),
              quantity(y, unit),
              Number.isFinite(r) ? `${r.toFixed(2)}×` : '—',
            ];
          }),
        );
        const verdict = (name: string, r: JevonsResult) =>
          `${name}: rebound on GPU spend ${r.rebound.gpuSpend.value === null ? 'undefined' : r.rebound.gpuSpend.value.toFixed(2)} — ${VERDICT_WORDS[r.rebound.gpuSpend.verdict]}`;
        text = `${table}\n${verdict(nameA, a)}\n${verdict(nameB, b)}\n`;
      }
    }
    emit(io, text, args.values.out);
    return 0;
  },
};
