import { parameterById } from '../../../models/index';
import { PARAM_IDS, type ParamId } from '../../../models/schema';
import { linspace, sweep } from '../../engine/sweep';
import { quantity } from '../../format/quantity';
import { classify } from '../../engine/rebound';
import { closestMatch } from '../../scenario/did-you-mean';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { renderTable } from '../format/table';
import { loadScenario } from '../load-scenario';
import { emit, readFormat, SCENARIO_OPTIONS, setsOf } from '../output';
import { UsageError } from '../usage-error';

const MAX_STEPS = 1_000_000;

function numberOption(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n)) {
    throw new UsageError(`--${name} must be a finite number; got '${String(value)}'`);
  }
  return n;
}

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'vary one parameter across a range: cumulative GPU spend with and without the shock, rebound',
  positionals: ['<scenario|preset>'],
  minPositionals: 1,
  maxPositionals: 1,
  options: {
    param: { type: 'string', arg: 'ID', help: 'the parameter to vary (default: elasticity)' },
    from: {
      type: 'string',
      arg: 'X',
      help: "start value in the parameter's unit (default: its slider minimum)",
    },
    to: { type: 'string', arg: 'Y', help: 'end value (default: its slider maximum)' },
    steps: { type: 'string', arg: 'N', help: 'number of values, 2 to 1,000,000 (default: 13)' },
    ...SCENARIO_OPTIONS,
  },
  examples: ['jevons sweep deepseek-shock --param elasticity --from 0.2 --to 2 --steps 10'],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const raw = (args.values.param as string | undefined) ?? 'elasticity';
    if (!(PARAM_IDS as readonly string[]).includes(raw)) {
      const guess = closestMatch(raw, PARAM_IDS);
      throw new UsageError(
        `--param: unknown parameter '${raw}'${guess ? ` (did you mean '${guess}'?)` : ''}`,
        ['see `jevons params`'],
      );
    }
    const id = raw as ParamId;
    if (id === 'horizonMonths' || id === 'startMonth')
      throw new UsageError(`--param: ${id} cannot be swept (it sets the simulated window)`);
    const def = parameterById[id];
    const from = numberOption('from', args.values.from, def.min);
    const to = numberOption('to', args.values.to, def.max);
    const steps = numberOption('steps', args.values.steps, 13);
    if (!Number.isInteger(steps) || steps < 2 || steps > MAX_STEPS)
      throw new UsageError(
        `--steps must be a whole number from 2 to ${MAX_STEPS.toLocaleString('en-US')}; got ${steps}`,
      );
    for (const [name, v] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (v < def.min || v > def.max)
        throw new UsageError(`--${name} ${v} is outside ${id}'s range ${def.min} to ${def.max} ${def.unit}`);
    }
    const scenario = await loadScenario(args.positionals[0], setsOf(args.values.set), io);
    if (id === 'shockMonth' && Math.max(from, to) >= (scenario.parameters.horizonMonths as number)) {
      throw new UsageError(
        `--from/--to: shockMonth must stay below horizonMonths (${scenario.parameters.horizonMonths})`,
      );
    }
    const result = sweep(scenario, id, linspace(from, to, steps));
    const rows = Array.from(result.values, (value, i) => {
      const rebound = result.reboundGpuSpend[i];
      return {
        value,
        scenarioSpend: result.scenario.gpuSpend[i],
        baseSpend: result.base.gpuSpend[i],
        rebound: Number.isFinite(rebound) ? rebound : null,
        verdict: Number.isFinite(rebound) ? classify(rebound) : 'undefined',
      };
    });
    let text: string;
    if (format === 'json') {
      text =
        JSON.stringify(
          {
            param: id,
            unit: def.unit,
            units: { scenarioSpend: 'USD', baseSpend: 'USD', rebound: 'ratio' },
            rows,
          },
          null,
          2,
        ) + '\n';
    } else if (format === 'csv') {
      text = toCsv(
        [
          `${id} (${def.unit})`,
          'GPU spend with shock (USD)',
          'GPU spend without shock (USD)',
          'rebound',
          'verdict',
        ],
        rows.map((r) => [r.value, r.scenarioSpend, r.baseSpend, r.rebound ?? '', r.verdict]),
      );
    } else {
      text = renderTable(
        [
          { header: `${id} (${def.unit})`, align: 'right' },
          { header: 'GPU spend, shock', align: 'right' },
          { header: 'without shock', align: 'right' },
          { header: 'rebound', align: 'right' },
          { header: 'verdict' },
        ],
        rows.map((r) => [
          String(Number(r.value.toPrecision(6))),
          quantity(r.scenarioSpend, 'USD'),
          quantity(r.baseSpend, 'USD'),
          r.rebound === null ? '—' : r.rebound.toFixed(3),
          r.verdict,
        ]),
      );
    }
    emit(io, text, args.values.out);
    return 0;
  },
};
