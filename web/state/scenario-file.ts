import type { Scenario } from '../../src/model/types';
import { scenarioToJSON } from '../../src/scenario/serialize';
import { clip, type StateProblem } from './app-state';
import { type ExternalState, readEntries } from './external-state';

/** A scenario as the CLI reads it: `{ name, extends?, description?, demandCurve?, parameters }`. */
export type ScenarioFile = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a scenario file object (as saved in the browser or exported) into checked state without
 * the parser: numbers are range-checked here, unit strings and expressions are passed on as text.
 */
export function readScenarioFile(data: unknown): ExternalState {
  if (!isRecord(data)) {
    const out = readEntries([]);
    out.problems.push({ code: 'bad-value', field: 'scenario', value: clip(JSON.stringify(data) ?? '') });
    return out;
  }
  const entries: [string, unknown][] = [];
  if (data.extends !== undefined) entries.push(['preset', data.extends]);
  if (typeof data.name === 'string') entries.push(['name', data.name]);
  const curve = data.demandCurve;
  if (typeof curve === 'string') entries.push(['curve', curve]);
  else if (isRecord(curve) && typeof curve.expression === 'string')
    entries.push(['curveExpr', curve.expression]);
  if (isRecord(data.parameters)) entries.push(...Object.entries(data.parameters));
  const out = readEntries(entries);
  if (data.parameters !== undefined && !isRecord(data.parameters)) {
    out.problems.push({
      code: 'bad-value',
      field: 'parameters',
      value: clip(JSON.stringify(data.parameters) ?? ''),
    });
  }
  return out;
}

/**
 * The scenario as a file the CLI runs unchanged (`npx jevons run file.json`): the scenario module's
 * `scenarioToJSON` output, with every parameter written (numbers in catalogue units, expressions as text).
 */
export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenarioToJSON(scenario), null, 2)}\n`;
}

/** Problems from a file that is not JSON at all. */
export function notJson(message: string): StateProblem {
  return { code: 'import-failed', field: 'file', message: clip(message, 300) };
}
