import type { Command } from './command';
import { COMMANDS } from './commands/index';
import { type CliIO, processIO } from './io';
import { parseCommandArgs } from './parse-args';
import { cut, printable, quoted } from '../format/text';
import { closestMatch } from '../scenario/did-you-mean';
import { EXIT, UsageError } from './usage-error';

const VERSION = '0.1.0';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'jevons — simulate the Jevons paradox in AI compute: does a ~30× cheaper token shrink or grow GPU demand?',
    '',
    'usage: jevons <command> [arguments] [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "`jevons <command> --help` for a command's options. Exit codes: 0 ok, 2 bad usage or invalid scenario, 1 other failure.",
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]) => {
    const flag = `--${name}${spec.arg ? ` ${spec.arg}` : ''}`;
    return `  ${flag.padEnd(26)} ${spec.help}`;
  });
  return [
    `usage: jevons ${command.name} ${command.positionals.join(' ')}${options.length ? ' [options]' : ''}`,
    '',
    command.summary,
    '',
    ...(options.length ? ['options:', ...options, ''] : []),
    'examples:',
    ...command.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/**
 * Longest line of an error message: values are cut where they are quoted; this is the last guard.
 * Long enough for a message that lists a dozen ids and then says what to do (a terminal wraps it).
 */
const MAX_MESSAGE_LINE = 2000;

/** Message lines as printed: no raw control characters (terminal escapes), no endless lines. */
function safeLines(lines: string[]): string {
  return lines
    .flatMap((line) => line.split('\n'))
    .map((line) => `${printable(cut(line, MAX_MESSAGE_LINE))}\n`)
    .join('');
}

/**
 * Runs the CLI with `argv` (without "node jevons") and returns the exit code. Errors of use are
 * printed as one clear message (exit 2); anything unexpected as a one-line internal error (exit 1),
 * with the stack only when JEVONS_DEBUG is set.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) {
      const guess = closestMatch(
        name,
        COMMANDS.map((c) => c.name),
      );
      throw new UsageError(`unknown command ${quoted(name)}${guess ? ` (did you mean '${guess}'?)` : ''}`, [
        'see `jevons --help`',
      ]);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(parseCommandArgs(command, rest), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(safeLines([`jevons: ${error.message}`, ...error.details]));
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(safeLines([`jevons: internal error: ${message}`]));
    if (process.env.JEVONS_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    return EXIT.failure;
  }
}
