import type { CliIO } from './io';

/** One option of a command, in util.parseArgs form plus the help text. */
interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder in the usage line, e.g. "ID=VALUE". */
  arg?: string;
  help: string;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

/** A CLI command: its usage, options and handler. Handlers return the exit code. */
export interface Command {
  name: string;
  summary: string;
  /** Positional arguments as shown in the usage line, e.g. ["<scenario|preset>"]. */
  positionals: string[];
  /** How many positionals are required / allowed. */
  minPositionals: number;
  maxPositionals: number;
  options: Record<string, OptionSpec>;
  examples: string[];
  run(args: ParsedArgs, io: CliIO): Promise<number> | number;
}
