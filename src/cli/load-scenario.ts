import { extname } from 'node:path';
import { presetById, presets } from '../../models/index';
import type { Scenario } from '../model/types';
import { closestMatch } from '../scenario/did-you-mean';
import { scenarioFromPreset } from '../scenario/from-preset';
import type { CliIO } from './io';
import { UsageError } from './usage-error';

interface Failure {
  ok: false;
  errors: { path: string; message: string }[];
}

function invalid(what: string, result: Failure): UsageError {
  const n = result.errors.length;
  return new UsageError(
    `${what} is not valid (${n} error${n === 1 ? '' : 's'}):`,
    result.errors.map((error) => `  ${error.path}: ${error.message}`),
  );
}

/**
 * A scenario from a CLI argument: a preset id, or a path to a JSON or YAML scenario file; then the
 * `--set id=value` overrides. Every problem becomes a UsageError listing all errors with their paths.
 * The parser (with mathjs and yaml) is imported only when a file or an override needs it, so
 * `jevons run <preset>` never loads it.
 */
export async function loadScenario(arg: string, sets: string[], io: CliIO): Promise<Scenario> {
  let scenario: Scenario;
  if (presetById[arg]) {
    scenario = scenarioFromPreset(arg);
  } else {
    let text: string;
    try {
      text = io.readFile(io.resolvePath(arg));
    } catch (error) {
      const code = (error as { code?: string }).code;
      const guess = closestMatch(
        arg,
        presets.map((preset) => preset.id),
      );
      if (code === 'ENOENT') {
        throw new UsageError(
          `no preset or file named '${arg}'${guess ? ` (did you mean the preset '${guess}'?)` : ''}`,
          [`presets: ${presets.map((preset) => preset.id).join(', ')}`],
        );
      }
      throw new UsageError(`cannot read '${arg}': ${code ?? (error as Error).message}`);
    }
    const ext = extname(arg).toLowerCase();
    const format = ext === '.yaml' || ext === '.yml' ? 'yaml' : 'json';
    const { parseScenario } = await import('../scenario/parse');
    const parsed = parseScenario(text, { format, source: arg });
    if (!parsed.ok) throw invalid(`scenario '${arg}'`, parsed);
    scenario = parsed.scenario;
  }
  if (sets.length === 0) return scenario;
  const pairs: [string, string][] = sets.map((set) => {
    const eq = set.indexOf('=');
    if (eq <= 0)
      throw new UsageError(`--set expects ID=VALUE, got '${set}'`, ['example: --set elasticity=1.4']);
    return [set.slice(0, eq).trim(), set.slice(eq + 1).trim()];
  });
  const { applyOverrides } = await import('../scenario/overrides');
  const overridden = applyOverrides(scenario, pairs);
  if (!overridden.ok) throw invalid('--set', overridden);
  return overridden.scenario;
}
