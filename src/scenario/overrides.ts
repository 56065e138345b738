import type { Scenario } from '../model/types';
import { isNamedCurve } from './demand-curves';
import { type ParseResult, shorten } from './errors';
import { parseScenario } from './parse';
import { scenarioToJSON } from './serialize';

/** Keys besides parameter ids that `--set` may change. */
const SCENARIO_KEYS = new Set(['name', 'description', 'demandCurve']);

/**
 * The scenario with `--set id=value` overrides applied, validated exactly as a scenario file
 * would be. `id` is a parameter id (or "parameters.<id>", or name / description / demandCurve);
 * `text` is a number, a "value unit" string or an expression, as in a file. Errors keep the
 * JSONPath of the parameter and say which --set they came from. Never throws.
 */
export function applyOverrides(
  scenario: Scenario,
  overrides: ReadonlyArray<readonly [string, string]>,
): ParseResult {
  const json = scenarioToJSON(scenario) as unknown as Record<string, unknown>;
  const parameters = json.parameters as Record<string, unknown>;
  const origins = new Map<string, string>();
  for (const [rawKey, text] of overrides) {
    const key = rawKey.trim().replace(/^parameters\./, '');
    if (SCENARIO_KEYS.has(key)) {
      json[key] = key === 'demandCurve' && !isNamedCurve(text.trim()) ? { expression: text } : text;
      origins.set(`$.${key}`, shorten(`${rawKey}=${text}`, 80));
      continue;
    }
    // defineProperty, not assignment: `--set __proto__=1` must arrive as an (unknown) id and be refused,
    // not silently set the object's prototype.
    Object.defineProperty(parameters, key, {
      value: text,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    origins.set(`$.parameters.${key}`, shorten(`${rawKey}=${text}`, 80));
  }
  const result = parseScenario(json);
  if (result.ok) return result;
  const errors = result.errors.map((error) => {
    const origin = origins.get(error.path) ?? origins.get(error.path.replace(/\.expression$/, ''));
    return origin ? { ...error, message: `--set ${origin}: ${error.message}` } : error;
  });
  return { ok: false, errors };
}
