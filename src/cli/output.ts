import type { CliIO } from './io';
import { UsageError } from './usage-error';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function readFormat(value: unknown): Format {
  const format = (value ?? 'table') as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'`);
  }
  return format as Format;
}

/** Writes the command's output to --out FILE (saying where on stderr) or to stdout. */
export function emit(io: CliIO, text: string, out: unknown): void {
  if (typeof out === 'string' && out !== '') {
    try {
      io.writeFile(io.resolvePath(out), text);
    } catch (error) {
      throw new UsageError(
        `cannot write --out '${out}': ${(error as { code?: string }).code ?? (error as Error).message}`,
      );
    }
    io.err(`wrote ${out}\n`);
  } else {
    io.out(text);
  }
}

/** Options every scenario command shares. */
export const SCENARIO_OPTIONS = {
  set: {
    type: 'string',
    multiple: true,
    arg: 'ID=VALUE',
    help: 'override a parameter (number, "2.19 USD/Mtok", or an expression of t/year); repeatable',
  },
  format: { type: 'string', arg: 'table|json|csv', help: 'output format (default: table)' },
  out: { type: 'string', arg: 'FILE', help: 'write the output to FILE instead of stdout' },
} as const;

export function setsOf(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}
