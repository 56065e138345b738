import { parameterById } from '../../../models/index';
import { PARAM_IDS } from '../../../models/schema';
import { quoted } from '../../format/text';
import { closestMatch } from '../../scenario/did-you-mean';
import { sensitivityParallel } from '../../uncertainty/parallel/run-parallel';
import { DEFAULT_SOBOL_ROWS } from '../../uncertainty/sobol';
import { si, signedPercent } from '../../format/quantity';
import type { ParamId } from '../../model/types';
import {
  SENSITIVITY_OUTPUTS,
  type SensitivityOutputId,
  type SensitivityResult,
  type SwingRange,
  type TornadoRow,
} from '../../uncertainty/sensitivity';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { renderTable } from '../format/table';
import { asOfOf, loadScenario } from '../load-scenario';
import { runLongWork } from '../long-work';
import { readFormat, SCENARIO_OPTIONS, setsOf } from '../output';
import { UsageError } from '../usage-error';
import { readThreads, readWholeNumber, THREADS_OPTION, uncertaintyErrors } from './mc';
import { SOBOL_UNITS, sobolCsv, sobolTable } from './sensitivity-sobol';

const RANGES: readonly SwingRange[] = ['slider', 'distribution'];

const value = (v: number) => (Math.abs(v) >= 1e4 ? si(v).replace(' ', '') : String(Number(v.toPrecision(4))));
const unitOf = (id: ParamId) => parameterById[id].unit;
const change = (v: number | null) => (v === null ? 'undefined' : signedPercent(v));
const ratio = (v: number | null) => (v === null ? 'undefined' : v.toFixed(3));
/** A swing of a change is in percentage points of the base. */
const points = (v: number | null) => (v === null ? 'undefined' : `${(v * 100).toFixed(1)} pp`);

/** How each output is named, shown and measured. */
const OUTPUTS: Record<
  SensitivityOutputId,
  { title: string; show: (v: number | null) => string; swing: (v: number | null) => string; unit: string }
> = {
  changeServedCompute: {
    title: 'Change the shock makes to compute served (H100e-hours), scenario vs base',
    show: change,
    swing: points,
    unit: 'ratio: scenario/base − 1',
  },
  changeCapex: {
    title: 'Change the shock makes to GPU capex, scenario vs base',
    show: change,
    swing: points,
    unit: 'ratio: scenario/base − 1',
  },
  reboundServedCompute: {
    title: 'Rebound on compute served, the headline (above 1 = backfire)',
    show: ratio,
    swing: ratio,
    unit: 'ratio: (scenario − mechanical)/(base − mechanical)',
  },
};

function tornadoTable(rows: TornadoRow[], output: SensitivityOutputId): string {
  const { show, swing } = OUTPUTS[output];
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
      swing(r.swing),
    ]),
  );
}

function tableReport(name: string, r: SensitivityResult): string {
  const over = r.range === 'slider' ? "each parameter's slider range" : 'p5–p95 of each uncertain parameter';
  const lines = [
    `${name} — sensitivity, one parameter at a time over ${over}, the others at the scenario's values`,
    `Every figure is cumulated from the shock to the run's end (${r.horizonMonths} months).`,
    '',
  ];
  for (const output of SENSITIVITY_OUTPUTS) {
    lines.push(`${OUTPUTS[output].title} (scenario: ${OUTPUTS[output].show(r.base[output])})`);
    lines.push(tornadoTable(r.tornado[output], output));
  }
  if (r.global) {
    lines.push(
      `Global: Spearman rank correlation over ${r.global.samples.toLocaleString('en-US')} Monte Carlo samples (seed ${r.global.seed}), all uncertain parameters varying together`,
      renderTable(
        [
          { header: 'parameter' },
          { header: 'ρ compute served', align: 'right' },
          { header: 'ρ capex', align: 'right' },
          { header: 'ρ rebound', align: 'right' },
        ],
        r.global.rows.map((row) => [
          row.paramId,
          row.changeServedCompute.toFixed(3),
          row.changeCapex.toFixed(3),
          row.reboundServedCompute.toFixed(3),
        ]),
      ),
    );
  }
  return lines.join('\n');
}

function csvReport(r: SensitivityResult): string {
  const byOutput = Object.fromEntries(
    SENSITIVITY_OUTPUTS.map((output) => [
      output,
      new Map(r.tornado[output].map((row) => [row.paramId, row])),
    ]),
  ) as Record<SensitivityOutputId, Map<ParamId, TornadoRow>>;
  const global = new Map(r.global?.rows.map((row) => [row.paramId, row]) ?? []);
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '' : v);
  const rows = r.tornado.changeServedCompute.map((first) => {
    const g = global.get(first.paramId);
    return [
      first.paramId,
      unitOf(first.paramId),
      first.baseValue,
      first.low,
      first.high,
      ...SENSITIVITY_OUTPUTS.flatMap((output) => {
        const row = byOutput[output].get(first.paramId)!;
        return [cell(row.lowOutput), cell(row.highOutput), row.swing];
      }),
      ...SENSITIVITY_OUTPUTS.map((output) => cell(g?.[output])),
    ];
  });
  const header = [
    'parameter',
    'unit',
    'value',
    'low',
    'high',
    ...SENSITIVITY_OUTPUTS.flatMap((output) => [`${output} at low`, `${output} at high`, `${output} swing`]),
    ...SENSITIVITY_OUTPUTS.map((output) => `spearman ${output}`),
  ];
  return toCsv(header, rows);
}

const METHODS = ['tornado', 'sobol'] as const;

/** `--factors a,b`: parameters analysed one by one (the other uncertain ones as one group). */
function readFactors(value: unknown): ParamId[] | undefined {
  if (value === undefined) return undefined;
  const ids = String(value)
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  for (const id of ids) {
    if (!(PARAM_IDS as readonly string[]).includes(id)) {
      const guess = closestMatch(id, PARAM_IDS);
      throw new UsageError(
        `--factors: unknown parameter ${quoted(id)}${guess ? ` (did you mean '${guess}'?)` : ''}`,
      );
    }
  }
  if (ids.length === 0) throw new UsageError('--factors must name at least one parameter; got an empty list');
  return ids as ParamId[];
}

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary:
    'which numbers decide the verdict: a tornado and rank correlations, or Sobol indices (--method sobol)',
  positionals: ['<scenario|preset>'],
  minPositionals: 1,
  maxPositionals: 1,
  options: {
    method: {
      type: 'string',
      arg: 'tornado|sobol',
      help: 'tornado: one parameter at a time, and rank correlations; sobol: first- and total-order Sobol indices, every parameter varying at once (default: tornado)',
    },
    range: {
      type: 'string',
      arg: 'slider|distribution',
      help: 'tornado: swing over the slider range or the p5–p95 of each uncertain parameter (default: slider)',
    },
    samples: {
      type: 'string',
      arg: 'N',
      help: 'tornado: Monte Carlo samples for the rank correlations, 0 skips them (default: 1,000); sobol: design rows, a power of 2 (default: 512; N × (parameters + 2) verdicts)',
    },
    seed: { type: 'string', arg: 'S', help: 'random seed of that Monte Carlo or Sobol design (default: 1)' },
    bootstrap: {
      type: 'string',
      arg: 'N',
      help: 'sobol: bootstrap resamples for the 95% intervals (default: 1,000)',
    },
    factors: {
      type: 'string',
      arg: 'ID,ID…',
      help: 'sobol: parameters analysed one by one; the other uncertain ones form one group (default: every one alone)',
    },
    ...THREADS_OPTION,
    ...SCENARIO_OPTIONS,
  },
  examples: [
    'jevons sensitivity deepseek-shock',
    'jevons sensitivity my.json --range distribution --format csv',
    'jevons sensitivity deepseek-shock --method sobol --samples 1024',
  ],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const method = (args.values.method ?? 'tornado') as (typeof METHODS)[number];
    if (!METHODS.includes(method))
      throw new UsageError(`--method must be one of ${METHODS.join(', ')}; got ${quoted(method)}`);
    const range = (args.values.range ?? 'slider') as SwingRange;
    if (!RANGES.includes(range))
      throw new UsageError(`--range must be one of ${RANGES.join(', ')}; got '${range}'`);
    const sobol = method === 'sobol';
    for (const [option, only] of [
      ['range', 'tornado'],
      ['bootstrap', 'sobol'],
      ['factors', 'sobol'],
    ] as const) {
      if (args.values[option] !== undefined && method !== only)
        throw new UsageError(`--${option} applies to --method ${only} only`);
    }
    const samples = readWholeNumber('samples', args.values.samples, sobol ? DEFAULT_SOBOL_ROWS : 1000);
    const seed = readWholeNumber('seed', args.values.seed, 1);
    const bootstrap = readWholeNumber('bootstrap', args.values.bootstrap, 1000);
    const factors = readFactors(args.values.factors);
    const threads = readThreads(args.values.threads);
    const scenario = await loadScenario(args.positionals[0], setsOf(args.values.set), io, {
      asOf: asOfOf(args),
    });
    return runLongWork(io, 'verdicts', args.values.out, async ({ signal, progress }) => {
      if (sobol) {
        const result = await uncertaintyErrors(() =>
          sensitivityParallel(scenario, {
            method: 'sobol',
            samples,
            seed,
            bootstrap,
            factors,
            threads,
            onProgress: progress,
            signal,
          }),
        );
        if (format === 'json') {
          return `${JSON.stringify({ scenario: scenario.name, units: SOBOL_UNITS, ...result }, null, 2)}\n`;
        }
        return format === 'csv' ? sobolCsv(result) : sobolTable(scenario.name, result);
      }
      const result = await uncertaintyErrors(() =>
        sensitivityParallel(scenario, { range, samples, seed, threads, onProgress: progress, signal }),
      );
      if (format === 'json') {
        const units = {
          ...Object.fromEntries(SENSITIVITY_OUTPUTS.map((output) => [output, OUTPUTS[output].unit])),
          spearman: '−1 … 1',
        };
        return `${JSON.stringify({ scenario: scenario.name, units, ...result }, null, 2)}\n`;
      }
      return format === 'csv' ? csvReport(result) : tableReport(scenario.name, result);
    });
  },
};
