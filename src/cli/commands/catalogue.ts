import { FIT_AS_OF } from '../../../models/calibration/fitted';
import {
  articles,
  groups,
  parameterById,
  parameters,
  presets,
  publishedBy,
  supportingSources,
  VINTAGE,
} from '../../../models/index';
import { PARAM_IDS, type ParamId, type ParameterDef, type Source } from '../../../models/schema';
import { quantity } from '../../format/quantity';
import { quoted } from '../../format/text';
import { closestMatch } from '../../scenario/did-you-mean';
import { NAMED_CURVES } from '../../scenario/demand-curves';
import type { ScenarioError } from '../../scenario/errors';
import { removedV1Id } from '../../scenario/v1-ids';
import { readAsOf } from '../../scenario/vintage';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { renderTable } from '../format/table';
import { emit, readFormat } from '../output';
import { UsageError } from '../usage-error';

function shown(value: number): string {
  return String(Number(value.toPrecision(6)));
}

export const paramsCommand: Command = {
  name: 'params',
  summary: 'list every parameter: id, default, unit, range, group',
  positionals: [],
  minPositionals: 0,
  maxPositionals: 0,
  options: {
    format: { type: 'string', arg: 'table|json|csv', help: 'output format (default: table)' },
    out: { type: 'string', arg: 'FILE', help: 'write to FILE' },
  },
  examples: ['jevons params', 'jevons params --format json'],
  run(args, io) {
    const format = readFormat(args.values.format);
    let text: string;
    if (format === 'json') text = `${JSON.stringify(parameters, null, 2)}\n`;
    else if (format === 'csv') {
      text = toCsv(
        ['id', 'group', 'value', 'unit', 'min', 'max', 'timeVarying', 'label'],
        parameters.map((p) => [
          p.id,
          p.group,
          p.value,
          p.unit,
          p.min,
          p.max,
          p.timeVarying ? 'yes' : 'no',
          p.label.en,
        ]),
      );
    } else {
      const rows: string[][] = [];
      for (const group of groups) {
        for (const p of parameters.filter((q) => q.group === group.id)) {
          rows.push([
            p.id,
            shown(p.value),
            p.unit,
            `${shown(p.min)} … ${shown(p.max)}`,
            group.label.en,
            `${p.label.en}${p.timeVarying ? ' (may vary in time)' : ''}`,
          ]);
        }
      }
      text = renderTable(
        [
          { header: 'id' },
          { header: 'default', align: 'right' },
          { header: 'unit' },
          { header: 'range' },
          { header: 'group' },
          { header: 'meaning' },
        ],
        rows,
      );
      text += `\nDemand curves: ${NAMED_CURVES.map((c) => `"${c.id}" (${c.label.en})`).join(', ')}, or { "expression": "x^(-eps)" }.\n`;
      text += '`jevons explain <id>` shows where each default comes from, with every source and its date.\n';
    }
    emit(io, text, args.values.out);
    return 0;
  },
};

export const presetsCommand: Command = {
  name: 'presets',
  summary: 'list the preset scenarios and the article view each encodes',
  positionals: [],
  minPositionals: 0,
  maxPositionals: 0,
  options: { format: { type: 'string', arg: 'table|json', help: 'output format (default: table)' } },
  examples: ['jevons presets'],
  run(args, io) {
    const format = readFormat(args.values.format, ['table', 'json']);
    if (format === 'json') {
      io.out(`${JSON.stringify(presets, null, 2)}\n`);
      return 0;
    }
    const lines = presets.map((preset) => {
      const changed = Object.entries(preset.parameters)
        .map(([id, v]) => `${id}=${v}`)
        .join(', ');
      return `${preset.id}\n  ${preset.label.en} · ${preset.label.zh}\n  ${preset.description.en}\n  sets: ${changed || '(catalogue defaults)'}${preset.demandCurve ? `; demand curve: ${preset.demandCurve}` : ''}\n`;
    });
    io.out(lines.join('\n'));
    return 0;
  },
};

function when(source: Source, asOf: string): string {
  const used = source.contextOnly
    ? 'context only'
    : publishedBy(source.date, asOf)
      ? `used as of ${asOf}`
      : `not used as of ${asOf}: published later`;
  return `published ${source.date}, ${used}`;
}

function describeSource(source: Source, asOf: string): string[] {
  const note = source.note ? [`    note: ${source.note}`] : [];
  switch (source.kind) {
    case 'article': {
      const article = articles[source.ref];
      const title = article ? `${article.publisher ?? ''} — ${article.title}`.trim() : source.ref;
      return [
        `  [article, ${when(source, asOf)}] ${title} (${source.ref})`,
        `    「${source.quote}」`,
        `    "${source.quoteEn}"`,
        ...note,
      ];
    }
    case 'external':
      return [
        `  [external${source.uncertain ? ', uncertain' : ''}, ${when(source, asOf)}] ${source.ref}`,
        ...(source.quote ? [`    "${source.quote}"`] : []),
        ...note,
      ];
    case 'derived':
      return [`  [derived, ${when(source, asOf)}] ${source.ref}`, `    ${source.arithmetic}`, ...note];
    case 'assumption':
      return [
        `  [assumption, ${when(source, asOf)}] ${source.ref}`,
        ...(source.note ? [`    ${source.note}`] : []),
      ];
  }
}

function explainText(p: ParameterDef, asOf: string): string {
  return [
    `${p.id} — ${p.label.en} · ${p.label.zh}`,
    `  default: ${quantity(p.value, p.unit)} (${shown(p.value)} ${p.unit}); range ${shown(p.min)} … ${shown(p.max)}${p.integer ? ', whole numbers' : ''}${p.timeVarying ? '; may be an expression of t (months from 2025-01) or year' : ''}`,
    ...(p.tier ? [`  tier: ${p.tier}, field ${p.tierField}`] : []),
    `  ${p.description.en}`,
    `  ${p.description.zh}`,
    ...(p.uncertainty ? [`  uncertainty (Monte Carlo): ${JSON.stringify(p.uncertainty)}`] : []),
    ...(p.prior !== undefined
      ? [
          `  calibrated: fitted to the observations published by ${FIT_AS_OF}; hand-set prior ${shown(p.prior)} ${p.unit}`,
        ]
      : []),
    ...(supportingSources(p.sources, asOf).length === 0
      ? [`  as of ${asOf} no source supports this default: a scenario at that vintage must set it`]
      : []),
    '',
    `Sources (${p.sources.length}):`,
    ...p.sources.flatMap((source) => describeSource(source, asOf)),
    '',
  ].join('\n');
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'a parameter: value, unit, meaning, and every source with its date and quote',
  positionals: ['<param-id>'],
  minPositionals: 1,
  maxPositionals: 1,
  options: {
    format: { type: 'string', arg: 'table|json', help: 'output format (default: text)' },
    'as-of': {
      type: 'string',
      arg: 'YYYY-MM-DD',
      help: `say which sources a vintage uses (default ${VINTAGE})`,
    },
  },
  examples: [
    'jevons explain challengerFlopsRatio',
    'jevons explain tokensPerMonth --as-of 2024-06-30',
    'jevons explain commodityListPrice --format json',
  ],
  run(args, io) {
    const id = args.positionals[0];
    const format = readFormat(args.values.format, ['table', 'json']);
    if (!(PARAM_IDS as readonly string[]).includes(id)) {
      const removed = removedV1Id(id);
      if (removed !== undefined) {
        throw new UsageError(`version-1 parameter: ${removed}`);
      }
      const guess = closestMatch(id, PARAM_IDS);
      throw new UsageError(`unknown parameter ${quoted(id)}${guess ? ` (did you mean '${guess}'?)` : ''}`, [
        'see `jevons params`',
      ]);
    }
    const p = parameterById[id as ParamId];
    const errors: ScenarioError[] = [];
    const asOf = readAsOf(args.values['as-of'] ?? VINTAGE, '--as-of', errors);
    if (asOf === undefined) throw new UsageError(`--as-of: ${errors[0]?.message}`);
    io.out(format === 'json' ? `${JSON.stringify(p, null, 2)}\n` : explainText(p, asOf));
    return 0;
  },
};
