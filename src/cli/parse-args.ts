import { parseArgs } from 'node:util';
import { quoted } from '../format/text';
import { closestMatch } from '../scenario/did-you-mean';
import type { Command, ParsedArgs } from './command';
import { UsageError } from './usage-error';

/**
 * Parses one command's arguments with Node's own util.parseArgs (strict), turning its exceptions
 * into UsageErrors that name the option and suggest the closest known one.
 */
export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message);
    if (unknown) {
      const guess = closestMatch(unknown[1].replace(/^-+/, ''), Object.keys(command.options));
      throw new UsageError(
        `unknown option ${quoted(unknown[1])} for \`jevons ${command.name}\`${guess ? ` (did you mean --${guess}?)` : ''}`,
        [`see \`jevons ${command.name} --help\``],
      );
    }
    throw new UsageError(`${message.replace(/\.$/, '')} (in \`jevons ${command.name}\`)`);
  }
  checkWholeNumbers(command, parsed.values);
  const positionals = parsed.positionals;
  if (positionals.length < command.minPositionals) {
    throw new UsageError(
      `\`jevons ${command.name}\` needs ${command.positionals.slice(positionals.length).join(' ')}`,
      [`usage: jevons ${command.name} ${command.positionals.join(' ')}`],
    );
  }
  if (positionals.length > command.maxPositionals) {
    throw new UsageError(
      `\`jevons ${command.name}\` takes at most ${command.maxPositionals} argument(s); got: ${positionals.map((p) => quoted(p)).join(' ')}`,
    );
  }
  return { positionals, values: parsed.values as ParsedArgs['values'] };
}

/** Placeholders of options that take a whole number (`--samples N`, `--seed S`, `--steps N`). */
const WHOLE_NUMBER_ARGS = new Set(['N', 'S']);
/** Decimal digits, optionally grouped with commas or underscores: "20000", "20,000". */
const DECIMAL_WHOLE = /^\+?\d+(?:[,_]\d+)*$/;

/**
 * Whole-number options take decimal digits only: `Number('0x10')` is 16, so `--samples 0x10` would
 * otherwise run 16 samples; "1e3", "0b11" and "Infinity" are refused the same way.
 */
function checkWholeNumbers(command: Command, values: Record<string, unknown>): void {
  for (const [name, spec] of Object.entries(command.options)) {
    if (!spec.arg || !WHOLE_NUMBER_ARGS.has(spec.arg)) continue;
    const value = values[name];
    if (typeof value !== 'string') continue;
    if (!DECIMAL_WHOLE.test(value.trim())) {
      throw new UsageError(
        `--${name} must be a whole number written in decimal digits; got ${quoted(value)}`,
      );
    }
  }
}
