import { parameterById } from '../../../models/index';
import { PARAM_IDS, type ParamId } from '../../../models/schema';
import { classify } from '../../engine/rebound';
import { linspace } from '../../engine/sweep';
import { sweepParallel } from '../../uncertainty/parallel/run-parallel';
import { quantity, signedPercent } from '../../format/quantity';
import { quoted } from '../../format/text';
import { BASES, BASIS_UNITS, type Basis } from '../../model/types';
import { BASIS_WORDS, VERDICT_WORDS } from '../../report/verdict-text';
import { closestMatch } from '../../scenario/did-you-mean';
import { formatNumber } from '../../scenario/errors';
import { parsePlainNumber } from '../../scenario/number-text';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { renderTable } from '../format/table';
import { asOfOf, loadScenario } from '../load-scenario';
import { runLongWork } from '../long-work';
import { checkOut, readFormat, SCENARIO_OPTIONS, setsOf } from '../output';
import { readThreads, THREADS_OPTION } from './mc';
import { UsageError } from '../usage-error';

const MAX_STEPS = 1_000_000;

/** A decimal number option (`--from 0.2`): no hex, no "Infinity". */
function numberOption(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' ? parsePlainNumber(value) : undefined;
  if (n === undefined || !Number.isFinite(n)) {
    throw new UsageError(`--${name} must be a finite decimal number; got ${quoted(value)}`);
  }
  return n;
}

interface BasisCell {
  base: number;
  mechanical: number;
  scenario: number;
  changeVsBase: number;
  rebound: number | null;
  verdict: string;
}

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'vary one parameter across a range: totals with and without the shock and the rebound, per basis',
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
    ...THREADS_OPTION,
    ...SCENARIO_OPTIONS,
  },
  examples: ['jevons sweep deepseek-shock --param elasticity --from 0.2 --to 2 --steps 10'],
  async run(args, io) {
    const format = readFormat(args.values.format);
    const raw = (args.values.param as string | undefined) ?? 'elasticity';
    if (!(PARAM_IDS as readonly string[]).includes(raw)) {
      const guess = closestMatch(raw, PARAM_IDS);
      throw new UsageError(
        `--param: unknown parameter ${quoted(raw)}${guess ? ` (did you mean '${guess}'?)` : ''}`,
        ['see `jevons params`'],
      );
    }
    const id = raw as ParamId;
    if (id === 'horizonMonths')
      throw new UsageError(`--param: ${id} cannot be swept (it sets the length of the run)`);
    const def = parameterById[id];
    const from = numberOption('from', args.values.from, def.min);
    const to = numberOption('to', args.values.to, def.max);
    const steps =
      args.values.steps === undefined ? 13 : Number(String(args.values.steps).replace(/[,_]/g, ''));
    if (!Number.isInteger(steps) || steps < 2 || steps > MAX_STEPS)
      throw new UsageError(
        `--steps must be a whole number from 2 to ${MAX_STEPS.toLocaleString('en-US')}; got ${formatNumber(steps)}`,
      );
    for (const [name, v] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (v < def.min || v > def.max)
        throw new UsageError(
          `--${name} ${formatNumber(v)} is outside ${id}'s range ${formatNumber(def.min)} to ${formatNumber(def.max)} ${def.unit}`,
        );
    }
    const threads = readThreads(args.values.threads);
    const scenario = await loadScenario(args.positionals[0], setsOf(args.values.set), io, {
      asOf: asOfOf(args),
    });
    checkOut(io, args.values.out);
    const horizon = scenario.parameters.horizonMonths as number;
    if (id === 'shockMonth' && Math.max(from, to) >= horizon) {
      throw new UsageError(
        `--from/--to: shockMonth must stay below horizonMonths (${horizon}) — the shock must arrive before the run ends`,
      );
    }
    let values = linspace(from, to, steps);
    if (def.integer) values = values.map(Math.round);
    return runLongWork(io, 'values', args.values.out, async ({ signal, progress }) => {
      const result = await sweepParallel(scenario, id, values, { threads, onProgress: progress, signal });
      const rows = Array.from(result.values, (value, i) => {
        const cells = {} as Record<Basis, BasisCell>;
        for (const basis of BASES) {
          const path = result.bases[basis];
          const [base, mechanical, scen, r] = [
            path.base[i],
            path.mechanical[i],
            path.scenario[i],
            path.rebound[i],
          ];
          if (![base, mechanical, scen].every(Number.isFinite)) {
            throw new UsageError(
              `at ${id} = ${formatNumber(value)} the ${BASIS_WORDS.en[basis]} total is not a finite number; narrow --from/--to`,
            );
          }
          cells[basis] = {
            base,
            mechanical,
            scenario: scen,
            changeVsBase: base > 0 ? (scen - base) / base : 0,
            rebound: Number.isFinite(r) ? r : null,
            verdict: Number.isFinite(r) ? classify(r) : 'undefined',
          };
        }
        return { value, ...cells };
      });
      let text: string;
      if (format === 'json') {
        const units = {
          value: def.unit,
          ...Object.fromEntries(BASES.map((b) => [b, BASIS_UNITS[b]])),
          changeVsBase: 'share of the base total',
          rebound: 'ratio; null when undefined',
        };
        text = `${JSON.stringify({ param: id, unit: def.unit, horizonMonths: result.horizonMonths, units, rows }, null, 2)}\n`;
      } else if (format === 'csv') {
        const header = [`${id} (${def.unit})`];
        for (const b of BASES) {
          const u = BASIS_UNITS[b];
          header.push(
            `${b} base (${u})`,
            `${b} mechanical (${u})`,
            `${b} scenario (${u})`,
            `${b} rebound`,
            `${b} verdict`,
          );
        }
        text = toCsv(
          header,
          rows.map((r) => [
            r.value,
            ...BASES.flatMap((b) => [r[b].base, r[b].mechanical, r[b].scenario, r[b].rebound, r[b].verdict]),
          ]),
        );
      } else {
        const columns = [{ header: `${id} (${def.unit})`, align: 'right' as const }];
        for (const b of BASES) {
          columns.push(
            { header: `${BASIS_WORDS.en[b]}, shock`, align: 'right' },
            { header: 'vs base', align: 'right' },
            { header: 'rebound', align: 'right' },
          );
        }
        const table = renderTable(
          columns,
          rows.map((r) => [
            String(Number(r.value.toPrecision(6))),
            ...BASES.flatMap((b) => [
              quantity(r[b].scenario, BASIS_UNITS[b]),
              signedPercent(r[b].changeVsBase),
              r[b].rebound === null
                ? 'undefined'
                : `${r[b].rebound.toFixed(2)} ${VERDICT_WORDS.en[r[b].verdict as keyof (typeof VERDICT_WORDS)['en']].split(' — ')[0]}`,
            ]),
          ]),
        );
        text = `Totals over the ${result.horizonMonths} months from the shock to the end of the run; rebound = (scenario − mechanical) / (base − mechanical).\n\n${table}`;
      }
      return text;
    });
  },
};
