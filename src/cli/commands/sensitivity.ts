import { parameterById } from '../../../models/index';
import { quantity, si } from '../../format/quantity';
import type { ParamId } from '../../model/types';
import {
  type SensitivityResult,
  type SwingRange,
  sensitivity,
  type TornadoRow,
} from '../../uncertainty/sensitivity';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { renderTable } from '../format/table';
import { loadScenario } from '../load-scenario';
import { emit, readFormat, SCENARIO_OPTIONS, setsOf } from '../output';
import { UsageError } from '../usage-error';
import { readWholeNumber, uncertaintyErrors } from './mc';

const RANGES: readonly SwingRange[] = ['slider', 'distribution'];

const value = (v: number) => (Math.abs(v) >= 1e4 ? si(v).replace(' ', '') : String(Number(v.toPrecision(4))));
const unitOf = (id: ParamId) => parameterById[id].unit;
const spend = (v: number | null) => (v === null ? 'undefined' : quantity(v, 'USD'));
const ratio = (v: number | null) => (v === null ? 'undefined' : v.toFixed(3));

function tornadoTable(rows: TornadoRow[], show: (v: number | null) => string): string {
  return renderTable(
    [
      { header: 'parameter' },
      { header: 'low → high', align: 'right' },
      { header: 'unit' },
      { header: 'at low', align: 'right' },
      { header: 'at high', align: 'right' },
      { header: 'swing', align: 'right' },
    ],
    rows.map((r) => [
      r.paramId,
      `${value(r.low)} → ${value(r.high)}`,
      unitOf(r.paramId),
      show(r.lowOutput),
      show(r.highOutput),
      show(r.swing),
    ]),
  );
}

function tableReport(name: string, r: SensitivityResult): string {
  const over = r.range === 'slider' ? "each parameter's slider range" : 'p5–p95 of each uncertain parameter';
  const lines = [
    `${name} — sensitivity, one parameter at a time over ${over}, the others at the scenario's values`,
    '',
    `Cumulative GPU spend demanded (scenario: ${spend(r.base.gpuSpendDemanded)})`,
    tornadoTable(r.tornado.gpuSpendDemanded, spend),
    `Rebound on GPU spend (scenario: ${ratio(r.base.reboundGpuSpend)}; above 1 = backfire)`,
    tornadoTable(r.tornado.reboundGpuSpend, ratio),
  ];
  if (r.global) {
    lines.push(
      `Global: Spearman rank correlation over ${r.global.samples.toLocaleString('en-US')} Monte Carlo samples (seed ${r.global.seed}), all uncertain parameters varying together`,
      renderTable(
        [
          { header: 'parameter' },
          { header: 'ρ spend', align: 'right' },
          { header: 'ρ rebound', align: 'right' },
        ],
        r.global.rows.map((row) => [
          row.paramId,
          row.gpuSpendDemanded.toFixed(3),
          row.reboundGpuSpend.toFixed(3),
        ]),
      ),
    );
  }
  return lines.join('\n');
}

function csvReport(r: SensitivityResult): string {
  const rebound = new Map(r.tornado.reboundGpuSpend.map((row) => [row.paramId, row]));
  const global = new Map(r.global?.rows.map((row) => [row.paramId, row]) ?? []);
  const rows = r.tornado.gpuSpendDemanded.map((s) => {
    const b = rebound.get(s.paramId)!;
    const g = global.get(s.paramId);
    const cell = (v: number | null | undefined) => (v === null || v === undefined ? '' : v);
    return [
      s.paramId,
      unitOf(s.paramId),
      s.baseValue,
      s.low,
      s.high,
      cell(s.lowOutput),
      cell(s.highOutput),
      s.swing,
      cell(b.lowOutput),
      cell(b.highOutput),
      b.swing,
      cell(g?.gpuSpendDemanded),
      cell(g?.reboundGpuSpend),
    ];
  });
  const header = [
    'parameter',
    'unit',
    'value',
    'low',
    'high',
    'spend at low (USD)',
    'spend at high (USD)',
    'spend swing (USD)',
    'rebound at low',
    'rebound at high',
    'rebound swing',
    'spearman spend',
    'spearman rebound',
  ];
  return toCsv(header, rows);
}

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary: 'tornado of one-at-a-time swings and rank correlations: which numbers decide the verdict',
  positionals: ['<scenario|preset>'],
  minPositionals: 1,
  maxPositionals: 1,
  options: {
    range: {
      type: 'string',
      arg: 'slider|distribution',
      help: 'swing over the slider range or the p5–p95 of each uncertain parameter (default: slider)',
    },
    samples: {
      type: 'string',
      arg: 'N',
      help: 'Monte Carlo samples for the rank correlations; 0 skips them (default: 1,000)',
    },
    seed: { type: 'string', arg: 'S', help: 'random seed of that Monte Carlo (default: 1)' },
    ...SCENARIO_OPTIONS,
  },
  examples: [
    'jevons sensitivity deepseek-shock',
    'jevons sensitivity my.json --range distribution --format csv',
  ],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const range = (args.values.range ?? 'slider') as SwingRange;
    if (!RANGES.includes(range))
      throw new UsageError(`--range must be one of ${RANGES.join(', ')}; got '${range}'`);
    const samples = readWholeNumber('samples', args.values.samples, 1000);
    const seed = readWholeNumber('seed', args.values.seed, 1);
    const scenario = await loadScenario(args.positionals[0], setsOf(args.values.set), io);
    const result = uncertaintyErrors(() => sensitivity(scenario, { range, samples, seed }));
    let text: string;
    if (format === 'json') {
      const units = { gpuSpendDemanded: 'USD', reboundGpuSpend: 'ratio', spearman: '−1 … 1' };
      text = JSON.stringify({ scenario: scenario.name, units, ...result }, null, 2) + '\n';
    } else if (format === 'csv') {
      text = csvReport(result);
    } else {
      text = tableReport(scenario.name, result);
    }
    emit(io, text, args.values.out);
    return 0;
  },
};
