import { articles, groups, parameterById, parameters, presets } from '../../../models/index';
import { PARAM_IDS, type ParamId, type Source } from '../../../models/schema';
import { quantity } from '../../format/quantity';
import { monthIndexToLabel } from '../../scenario/month';
import { closestMatch } from '../../scenario/did-you-mean';
import type { Command } from '../command';
import { toCsv } from '../format/csv';
import { renderTable } from '../format/table';
import { emit, readFormat } from '../output';
import { UsageError } from '../usage-error';

function shown(id: ParamId, value: number): string {
  return id === 'startMonth' ? monthIndexToLabel(value) : String(Number(value.toPrecision(6)));
}

export const paramsCommand: Command = {
  name: 'params',
  summary: 'list every parameter: id, default, unit, range',
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
    if (format === 'json') text = JSON.stringify(parameters, null, 2) + '\n';
    else if (format === 'csv') {
      text = toCsv(
        ['id', 'group', 'value', 'unit', 'min', 'max', 'label'],
        parameters.map((p) => [p.id, p.group, p.value, p.unit, p.min, p.max, p.label.en]),
      );
    } else {
      const rows: string[][] = [];
      for (const group of groups) {
        for (const p of parameters.filter((q) => q.group === group.id)) {
          rows.push([
            p.id,
            shown(p.id, p.value),
            p.unit,
            `${shown(p.id, p.min)} … ${shown(p.id, p.max)}`,
            group.label.en,
            p.label.en,
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
      text += '\n`jevons explain <id>` shows where each default comes from.\n';
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
    const format = readFormat(args.values.format);
    if (format === 'json') {
      io.out(JSON.stringify(presets, null, 2) + '\n');
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

function describeSource(source: Source): string[] {
  switch (source.kind) {
    case 'article': {
      const article = articles[source.ref];
      return [
        `  [article] ${article ? `${article.publisher ?? ''} ${article.date ?? ''} — ${article.title}` : source.ref} (${source.ref})`,
        `    「${source.quote}」`,
        `    "${source.quoteEn}"`,
        ...(source.note ? [`    note: ${source.note}`] : []),
      ];
    }
    case 'external':
      return [
        `  [external${source.uncertain ? ', uncertain' : ''}] ${source.ref}${source.date ? ` (${source.date})` : ''}`,
        ...(source.quote ? [`    "${source.quote}"`] : []),
        ...(source.note ? [`    note: ${source.note}`] : []),
      ];
    case 'derived':
      return [
        `  [derived] ${source.ref}`,
        `    ${source.arithmetic}`,
        ...(source.note ? [`    note: ${source.note}`] : []),
      ];
    case 'assumption':
      return [`  [assumption] ${source.ref}`, ...(source.note ? [`    ${source.note}`] : [])];
  }
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'a parameter: value, unit, meaning, and every source with its quote',
  positionals: ['<param-id>'],
  minPositionals: 1,
  maxPositionals: 1,
  options: { format: { type: 'string', arg: 'table|json', help: 'output format (default: text)' } },
  examples: ['jevons explain challengerPriceRatio'],
  run(args, io) {
    const id = args.positionals[0];
    if (!(PARAM_IDS as readonly string[]).includes(id)) {
      const guess = closestMatch(id, PARAM_IDS);
      throw new UsageError(`unknown parameter '${id}'${guess ? ` (did you mean '${guess}'?)` : ''}`, [
        'see `jevons params`',
      ]);
    }
    const p = parameterById[id as ParamId];
    if (readFormat(args.values.format) === 'json') {
      io.out(JSON.stringify(p, null, 2) + '\n');
      return 0;
    }
    const lines = [
      `${p.id} — ${p.label.en} · ${p.label.zh}`,
      `  default: ${p.id === 'startMonth' ? monthIndexToLabel(p.value) : quantity(p.value, p.unit)} (${shown(p.id, p.value)} ${p.unit}); range ${shown(p.id, p.min)} … ${shown(p.id, p.max)}${p.timeVarying ? '; may be an expression of t (months) or year' : ''}`,
      `  ${p.description.en}`,
      `  ${p.description.zh}`,
      ...(p.uncertainty ? [`  uncertainty (Monte Carlo): ${JSON.stringify(p.uncertainty)}`] : []),
      '',
      'Sources:',
      ...p.sources.flatMap(describeSource),
      '',
    ];
    io.out(lines.join('\n'));
    return 0;
  },
};
