import { printable, quoted } from '../format/text';
import type { CliIO } from './io';
import { UsageError } from './usage-error';

const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function readFormat(value: unknown, allowed: readonly Format[] = FORMATS): Format {
  const format = (value ?? 'table') as string;
  if (!(allowed as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')}; got ${quoted(format)}`);
  }
  return format as Format;
}

const LANGS = ['en', 'zh'] as const;
export type CliLang = (typeof LANGS)[number];

export function readLang(value: unknown): CliLang {
  const lang = (value ?? 'en') as string;
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new UsageError(`--lang must be one of ${LANGS.join(', ')}; got ${quoted(lang)}`);
  }
  return lang as CliLang;
}

/** Files this invocation has read, by CLI IO: `--out` must never replace one of them. */
const inputs = new WeakMap<CliIO, string[]>();

export function rememberInput(io: CliIO, path: string): void {
  const list = inputs.get(io) ?? [];
  list.push(path);
  inputs.set(io, list);
}

function readsFile(io: CliIO, target: string): boolean {
  const read = inputs.get(io) ?? [];
  if (read.includes(target)) return true;
  const id = io.fileId?.(target);
  return id !== undefined && read.some((path) => io.fileId?.(path) === id);
}

/**
 * Refuses an --out that names a file this command has read (call it once the inputs are read, before
 * the work, to fail fast); returns the resolved target.
 */
export function checkOut(io: CliIO, out: unknown): string {
  if (typeof out !== 'string' || out === '') return '';
  const target = io.resolvePath(out);
  if (readsFile(io, target)) {
    throw new UsageError(
      `--out ${quoted(out)} is a file this command reads; write the output to another file`,
    );
  }
  return target;
}

/**
 * Writes the command's output to --out FILE (saying where on stderr) or to stdout. The file is
 * written whole or not at all (a temporary file renamed over it), and never over a file this command
 * read: `run s.json --out s.json` would replace the scenario with its report.
 */
export function emit(io: CliIO, text: string, out: unknown): void {
  if (typeof out === 'string' && out !== '') {
    const target = checkOut(io, out);
    try {
      io.writeFile(target, text);
    } catch (error) {
      throw new UsageError(
        `cannot write --out ${quoted(out)}: ${(error as { code?: string }).code ?? printable((error as Error).message)}`,
      );
    }
    io.err(`wrote ${printable(out)}\n`);
  } else {
    io.out(text);
  }
}

/** Options every scenario command shares. */
export const SCENARIO_OPTIONS = {
  'as-of': {
    type: 'string',
    arg: 'YYYY-MM-DD',
    help: 'the vintage: refuse defaults that rest only on sources published after this day (catalogue: 2025-02-28)',
  },
  set: {
    type: 'string',
    multiple: true,
    arg: 'ID=VALUE',
    help: 'override a parameter (number, "2.19 USD/Mtok", or an expression of t/year); repeatable',
  },
  format: { type: 'string', arg: 'table|json|csv', help: 'output format (default: table)' },
  out: {
    type: 'string',
    arg: 'FILE',
    help: 'write the output to FILE instead of stdout (whole or not at all; never a file the command reads)',
  },
} as const;

export const LANG_OPTION = {
  lang: { type: 'string', arg: 'en|zh', help: 'language of the tables and the verdict (default: en)' },
} as const;

export function setsOf(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}
