import { VINTAGE } from '../../../models/calendar';
import { type CalibrationResult, calibrate } from '../../calibration/calibrate';
import { FITTED_FILE, fittedFileText } from '../../calibration/fitted-file';
import { fitTableMarkdown } from '../../calibration/fit-table';
import { quantity } from '../../format/quantity';
import type { ScenarioError } from '../../scenario/errors';
import { scenarioToJSON } from '../../scenario/serialize';
import { scenarioFromValues } from '../../scenario/from-preset';
import { readAsOf, unsupportedDefaults } from '../../scenario/vintage';
import type { Command } from '../command';
import type { CliIO } from '../io';
import { toCsv } from '../format/csv';
import { OBSERVATION_COLUMNS } from '../format/observation-columns';
import { renderTable } from '../format/table';
import { emit, readFormat } from '../output';
import { UsageError } from '../usage-error';

const shown = (v: number): string => (Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '—');
const ratio = (lnErr: number): string => (Number.isFinite(lnErr) ? `${Math.exp(lnErr).toFixed(2)}×` : '—');
const signed = (v: number): string => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${v.toFixed(2)}` : '—');

/** The fit table: each observation against the model, then the fitted parameters, then the summary. */
function calibrationText(c: CalibrationResult): string {
  const obs = renderTable(
    [...OBSERVATION_COLUMNS, { header: 'in the fit' }],
    c.rows.map((r) => {
      const o = r.observation;
      const unit = o.unit;
      const fit = r.leftOut
        ? `no: ${r.leftOut}`
        : o.side
          ? `bound (${o.side === 'atLeast' ? 'at least' : 'at most'})`
          : `yes (ln-sd ${r.sd?.toFixed(2)})`;
      return [
        o.id,
        o.series,
        o.period,
        quantity(o.value, unit),
        quantity(r.model, unit),
        ratio(r.logError),
        signed(r.logError),
        fit,
      ];
    }),
  );
  const dims = renderTable(
    [
      { header: 'fitted parameter' },
      { header: 'prior', align: 'right' },
      { header: 'fitted', align: 'right' },
      { header: 'shift (prior sd)', align: 'right' },
    ],
    c.dimensions.flatMap((d) =>
      d.params.map((p) => [p.id, shown(p.prior), shown(p.fitted), signed(d.shiftInSd)]),
    ),
  );
  const s = c.summary;
  const gm = Number.isFinite(s.geometricMeanError) ? `×${s.geometricMeanError.toFixed(2)}` : '—';
  return [
    `Calibration to the observations published by ${c.asOf} (in-sample window 2023-01 … 2025-02)`,
    '',
    obs,
    '',
    dims,
    '',
    `${s.withinTwofold} of ${s.fitted} fitted observations within 2× (a bound counts when it holds); geometric-mean error ${gm} over the two-sided ones.`,
    `Weighted least squares on ln(model/observed), each parameter pulled towards its prior: cost ${s.cost.toFixed(3)} after ${s.iterations} iterations (${s.evaluations} runs)${s.converged ? '' : ', NOT converged'}.`,
    '',
  ].join('\n');
}

function calibrationCsv(c: CalibrationResult): string {
  return toCsv(
    [
      'id',
      'series',
      'period',
      'aggregation',
      'unit',
      'observed',
      'model',
      'ratio',
      'ln_error',
      'ln_sd',
      'side',
      'left_out',
    ],
    c.rows.map((r) => [
      r.observation.id,
      r.observation.series,
      r.observation.period,
      r.observation.aggregation,
      r.observation.unit,
      r.observation.value,
      Number.isFinite(r.model) ? r.model : '',
      Number.isFinite(r.logError) ? Math.exp(r.logError) : '',
      Number.isFinite(r.logError) ? r.logError : '',
      r.sd ?? '',
      r.observation.side ?? '',
      r.leftOut ?? '',
    ]),
  );
}

function calibrationJson(c: CalibrationResult): string {
  const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
  return `${JSON.stringify(
    {
      asOf: c.asOf,
      values: c.values,
      dimensions: c.dimensions,
      rows: c.rows.map((r) => ({
        id: r.observation.id,
        series: r.observation.series,
        period: r.observation.period,
        aggregation: r.observation.aggregation,
        unit: r.observation.unit,
        observed: r.observation.value,
        model: finite(r.model),
        logError: finite(r.logError),
        sd: r.sd ?? null,
        side: r.observation.side ?? null,
        leftOut: r.leftOut ?? null,
      })),
      summary: { ...c.summary, geometricMeanError: finite(c.summary.geometricMeanError) },
    },
    null,
    2,
  )}\n`;
}

const README = 'README.md';
const TABLE_START = '<!-- fit-table -->\n';
const TABLE_END = '<!-- /fit-table -->';

/** With --write, the README's fit table (between its markers) is rewritten too, so it stays true. */
async function refreshReadme(io: CliIO, table: string): Promise<void> {
  const path = io.resolvePath(README);
  let text: string;
  try {
    const data = await io.readFile(path, 4_000_000);
    text = typeof data === 'string' ? data : new TextDecoder().decode(data);
  } catch {
    return; // not run from the project root: nothing to refresh
  }
  const a = text.indexOf(TABLE_START);
  const b = text.indexOf(TABLE_END, a);
  if (a < 0 || b < 0) return;
  const next = text.slice(0, a + TABLE_START.length) + table + text.slice(b);
  if (next === text) return;
  io.writeFile(path, next);
  io.err(`wrote ${README} (the fit table)\n`);
}

export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: 'fit the level and trend defaults to the observations published by a vintage, and show the fit',
  positionals: [],
  minPositionals: 0,
  maxPositionals: 0,
  options: {
    'as-of': {
      type: 'string',
      arg: 'YYYY-MM-DD',
      help: `fit only observations published by this day (default ${VINTAGE})`,
    },
    format: {
      type: 'string',
      arg: 'table|json|csv',
      help: 'output format of the fit table (default: table)',
    },
    out: { type: 'string', arg: 'FILE', help: 'write the fit table to FILE' },
    write: {
      type: 'boolean',
      help: `write the fitted values into the catalogue (${FITTED_FILE}; run from the project root; ${VINTAGE} only)`,
    },
    'scenario-out': {
      type: 'string',
      arg: 'FILE',
      help: 'write a scenario file with the fitted values and asOf, to run that vintage',
    },
  },
  examples: [
    'jevons calibrate',
    'jevons calibrate --as-of 2024-09-30 --scenario-out vintage-2024-09.json',
    'npm run calibrate   # refits and writes the catalogue defaults',
  ],
  async run(args, io) {
    const markdown = args.values.format === 'md';
    const format = markdown ? 'table' : readFormat(args.values.format);
    const errors: ScenarioError[] = [];
    const asOf = readAsOf(args.values['as-of'] ?? VINTAGE, '--as-of', errors) ?? VINTAGE;
    if (errors.length > 0) throw new UsageError(`--as-of: ${errors[0].message}`);
    if (args.values.write && asOf !== VINTAGE) {
      throw new UsageError(
        `--write sets the catalogue's defaults, which are the ${VINTAGE} vintage; for --as-of ${asOf} use --scenario-out FILE`,
      );
    }
    const tty = io.stderrIsTTY;
    const result = calibrate({
      asOf,
      onIteration: tty
        ? (i, cost) => io.err(`\rcalibrating: iteration ${i}, cost ${cost.toFixed(3)}   `)
        : undefined,
    });
    if (tty) io.err('\n');
    if (args.values.write) {
      try {
        io.writeFile(io.resolvePath(FITTED_FILE), fittedFileText(result));
      } catch (error) {
        throw new UsageError(
          `cannot write ${FITTED_FILE}: ${(error as { code?: string }).code ?? (error as Error).message} (run from the project root)`,
        );
      }
      io.err(`wrote ${FITTED_FILE}\n`);
      await refreshReadme(io, fitTableMarkdown(result));
    }
    const scenarioOut = args.values['scenario-out'];
    if (typeof scenarioOut === 'string' && scenarioOut !== '') {
      // The fit ran every parameter it does not fit at the catalogue's value, including those no
      // source published by asOf supports. The scenario says so and sets them explicitly, so it runs
      // as the fit ran and nothing later is used silently.
      const held = unsupportedDefaults(asOf, new Set(Object.keys(result.values))).map((u) => u.id);
      const heldText =
        held.length === 0
          ? ''
          : ` Held at the ${VINTAGE} catalogue's values because no source published by ${asOf} supports them: ${held.join(', ')}.`;
      const scenario = scenarioFromValues(result.values, {
        name: `Calibrated as of ${asOf}`,
        description: `The catalogue with the level and trend parameters fitted to the observations published by ${asOf} (jevons calibrate).${heldText}`,
      });
      const json = { ...scenarioToJSON({ ...scenario, asOf }, { onlyChanges: false }) };
      const all = json.parameters ?? {};
      json.parameters = {
        ...Object.fromEntries(Object.entries(result.values)),
        ...Object.fromEntries(held.map((id) => [id, all[id]])),
      };
      emit(io, `${JSON.stringify(json, null, 2)}\n`, scenarioOut);
      if (held.length > 0) {
        io.err(
          `${scenarioOut}: ${held.length} parameter${held.length === 1 ? '' : 's'} held at the ${VINTAGE} catalogue's values (no source by ${asOf}); listed in its description\n`,
        );
      }
    }
    const text = markdown
      ? fitTableMarkdown(result)
      : format === 'json'
        ? calibrationJson(result)
        : format === 'csv'
          ? calibrationCsv(result)
          : calibrationText(result);
    emit(io, text, args.values.out);
    return 0;
  },
};
