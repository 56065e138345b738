import type { ParamId } from '../../models/schema';
import type { DemandCurve, Scenario } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import type { ScenarioError } from '../../src/scenario/errors';
import { clip, type StateProblem } from './app-state';
import { findPreset } from './catalogue';
import type { ExternalState } from './external-state';

/** The scenario parser pulls in mathjs and yaml: load it only when text needs parsing. */
export function loadParser(): Promise<typeof import('../../src/scenario/parse')> {
  return import('../../src/scenario/parse');
}

/** Turns the parser's errors into notice entries (the field is the JSONPath, the message its own). */
export function parserProblems(errors: readonly ScenarioError[]): StateProblem[] {
  return errors.map((e) => ({ code: 'parse-error', field: clip(e.path), message: clip(e.message, 300) }));
}

/** The scenario made only of checked numbers: the preset, then the numbers, curve and name. */
export function numericScenario(ext: ExternalState): Scenario {
  const scenario = scenarioFromPreset(ext.presetId);
  const parameters = { ...scenario.parameters, ...ext.numbers };
  const demandCurve: DemandCurve = ext.curve ? { kind: ext.curve } : scenario.demandCurve;
  const name = ext.name ?? scenario.name;
  return { ...scenario, name, parameters, demandCurve };
}

/** True when the state holds text (units, expressions) that only the lazily loaded parser can read. */
export function needsParser(ext: ExternalState): boolean {
  return Object.keys(ext.texts).length > 0 || ext.curveExpression !== undefined;
}

/**
 * Builds the scenario of an external state, loading the parser when expressions or units are
 * present. Text the parser refuses is reported and left at the preset's value; numbers that
 * passed the checks are kept either way. Never rejects.
 */
export async function resolveScenario(
  ext: ExternalState,
): Promise<{ scenario: Scenario; problems: StateProblem[] }> {
  const numeric = numericScenario(ext);
  if (!needsParser(ext)) return { scenario: numeric, problems: [] };
  try {
    const { parseScenario } = await loadParser();
    const input = {
      name: numeric.name || 'scenario',
      ...(findPreset(ext.presetId) ? { extends: ext.presetId } : {}),
      parameters: { ...ext.numbers, ...ext.texts },
      demandCurve:
        ext.curveExpression !== undefined ? { expression: ext.curveExpression } : numeric.demandCurve.kind,
    };
    const parsed = parseScenario(input);
    if (parsed.ok) return { scenario: parsed.scenario, problems: [] };
    // Keep whatever text the parser did accept: retry without the entries it refused.
    const refused = new Set(parsed.errors.map((e) => e.path));
    const texts: Partial<Record<ParamId, string>> = {};
    for (const [id, text] of Object.entries(ext.texts) as [ParamId, string][]) {
      if (!refused.has(`$.parameters.${id}`)) texts[id] = text;
    }
    const curveRefused = [...refused].some((p) => p.startsWith('$.demandCurve'));
    const retry: ExternalState = {
      ...ext,
      texts,
      curveExpression: curveRefused ? undefined : ext.curveExpression,
    };
    const problems = parserProblems(parsed.errors);
    if (Object.keys(texts).length === Object.keys(ext.texts).length && !curveRefused) {
      return { scenario: numeric, problems };
    }
    const second = await resolveScenario(retry);
    return { scenario: second.scenario, problems: [...problems, ...second.problems] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      scenario: numeric,
      problems: [{ code: 'parse-error', field: 'parser', message: clip(message, 300) }],
    };
  }
}
