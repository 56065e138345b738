import { presets } from '../../models/index';
import { oneLine, quoted } from '../format/text';
import type { Scenario } from '../model/types';
import { findPreset } from '../scenario/catalogue';
import { closestMatch } from '../scenario/did-you-mean';
import { describeErrors, type ScenarioError } from '../scenario/errors';
import { scenarioFromPreset } from '../scenario/from-preset';
import { decodeScenarioBytes, formatOfName, MAX_INPUT_BYTES } from '../scenario/input-text';
import { type CliIO, InputTooLarge } from './io';
import { rememberInput } from './output';
import { UsageError } from './usage-error';
import { readAsOf, unsupportedDefaults, vintageError } from '../scenario/vintage';

function invalid(what: string, errors: readonly ScenarioError[]): UsageError {
  const { title, lines } = describeErrors(what, errors);
  return new UsageError(title, lines);
}

const text = (data: Uint8Array | string): string =>
  typeof data === 'string' ? data : decodeScenarioBytes(data);

/** The scenario text behind a CLI argument: `-` is standard input, anything else a file, read with a cap. */
async function readArgument(arg: string, io: CliIO): Promise<string> {
  const shown = quoted(arg);
  try {
    if (arg === '-') {
      if (!io.readStdin) throw new UsageError('this jevons cannot read a scenario from standard input');
      return text(await io.readStdin(MAX_INPUT_BYTES));
    }
    const path = io.resolvePath(arg);
    const data = text(await io.readFile(path, MAX_INPUT_BYTES));
    rememberInput(io, path);
    return data;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof InputTooLarge) {
      throw new UsageError(
        `${arg === '-' ? 'standard input' : shown} is larger than ${MAX_INPUT_BYTES.toLocaleString('en-US')} bytes; a scenario is a few kB`,
      );
    }
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') {
      const ids = presets.map((preset) => preset.id);
      const guess = closestMatch(arg, ids);
      throw new UsageError(
        `no preset or file named ${shown}${guess ? ` (did you mean the preset '${guess}'?)` : ''}`,
        [`presets: ${ids.join(', ')}`],
      );
    }
    if (code === 'EISDIR') throw new UsageError(`${shown} is a directory, not a scenario file`);
    throw new UsageError(`cannot read ${shown}: ${code ?? oneLine((error as Error).message)}`);
  }
}

/** The `--as-of` flag's text, if given. */
export function asOfOf(args: { values: Record<string, unknown> }): string | undefined {
  const v = args.values['as-of'];
  return typeof v === 'string' ? v : undefined;
}

/** A preset at vintage `asOf`: refused when a default it uses rests only on later sources. */
function checkPresetVintage(asOf: string, setIds: string[]): void {
  const errors: ScenarioError[] = [];
  const day = readAsOf(asOf, '--as-of', errors);
  if (day !== undefined) {
    const unsupported = unsupportedDefaults(day, new Set(setIds));
    if (unsupported.length > 0) errors.push(vintageError('--as-of', day, unsupported));
  }
  if (errors.length > 0) throw invalid('--as-of', errors);
}

/** `--set ID=VALUE` pairs, split at the first "=". */
function overridePairs(sets: readonly string[]): [string, string][] {
  return sets.map((set) => {
    const eq = set.indexOf('=');
    if (eq <= 0)
      throw new UsageError(`--set expects ID=VALUE, got ${quoted(set)}`, ['example: --set elasticity=1.4']);
    return [set.slice(0, eq).trim(), set.slice(eq + 1).trim()];
  });
}

/**
 * A scenario from a CLI argument: a preset id, a JSON or YAML scenario file (YAML recognised by its
 * extension or its text, so a file without an extension works), or `-` for standard input; then the
 * `--set id=value` overrides. Every problem becomes a UsageError listing the errors with their paths.
 * The parser (with mathjs and yaml) is imported only when a file or an override needs it, so
 * `jevons run <preset>` never loads it. The parser's warnings go to stderr.
 */
export async function loadScenario(
  arg: string,
  sets: string[],
  io: CliIO,
  options: { asOf?: string } = {},
): Promise<Scenario> {
  let scenario: Scenario;
  const pairs = overridePairs(sets);
  const setIds = pairs.map(([id]) => id);
  const preset = findPreset(arg);
  if (preset) {
    scenario = scenarioFromPreset(arg);
    if (options.asOf !== undefined)
      checkPresetVintage(options.asOf, [...Object.keys(preset.parameters), ...setIds]);
  } else {
    const body = await readArgument(arg, io);
    const { parseScenario } = await import('../scenario/parse');
    const source = arg === '-' ? undefined : arg;
    const parsed = parseScenario(body, {
      format: formatOfName(source),
      source: source ?? 'standard input',
      asOf: options.asOf,
      alsoSet: setIds,
    });
    if (!parsed.ok)
      throw invalid(`scenario ${arg === '-' ? 'on standard input' : quoted(arg)}`, parsed.errors);
    for (const warning of parsed.warnings) io.err(`jevons: warning: ${warning}\n`);
    scenario = parsed.scenario;
  }
  if (options.asOf !== undefined) scenario = { ...scenario, asOf: options.asOf };
  if (pairs.length === 0) return scenario;
  const { applyOverrides } = await import('../scenario/overrides');
  const overridden = applyOverrides(scenario, pairs);
  if (!overridden.ok) throw invalid('--set', overridden.errors);
  return overridden.scenario;
}
