import { parameters } from '../../models';
import type { Distribution, ParamId } from '../../models/schema';
import type { ParamValue, Scenario } from '../model/types';
import { basePreset, baseValues } from './catalogue';

// No mathjs here: the web app saves and shares scenarios without loading it.

/** The file form of a scenario, as parseScenario reads it (a type alias so it is a plain record). */
export type ScenarioJSON = {
  name: string;
  extends?: string;
  description?: string;
  demandCurve?: 'constant' | 'reservation' | { expression: string };
  parameters: Partial<Record<ParamId, number | string>>;
  distributions?: Partial<Record<ParamId, Distribution>>;
  asOf?: string;
};

export interface SerializeOptions {
  /** Keep only what differs from the preset the scenario builds on (its `extends`, else the default). */
  onlyChanges?: boolean;
}

function writeValue(value: ParamValue): number | string {
  return typeof value === 'number' ? value : value.expression;
}

/**
 * The plain JSON object that parseScenario reads back into an equal scenario: numbers stay numbers
 * (catalogue units), expressions are their source text, the demand curve
 * is written as it was given. With `onlyChanges`, parameters and demand curve equal to the base
 * preset's are left out.
 */
export function scenarioToJSON(scenario: Scenario, options: SerializeOptions = {}): ScenarioJSON {
  const preset = basePreset(scenario.extends);
  const base = baseValues(preset);
  const json: ScenarioJSON = { name: scenario.name, parameters: {} };
  if (scenario.extends !== undefined) json.extends = scenario.extends;
  if (scenario.description !== undefined) json.description = scenario.description;
  if (scenario.asOf !== undefined) json.asOf = scenario.asOf;
  const curve = scenario.demandCurve;
  const curveIsBase = curve.kind === (preset?.demandCurve ?? 'constant');
  if (!options.onlyChanges || !curveIsBase) {
    json.demandCurve = curve.kind === 'expression' ? { expression: curve.expression } : curve.kind;
  }
  for (const def of parameters) {
    const value = scenario.parameters[def.id];
    if (options.onlyChanges && value === base[def.id]) continue;
    json.parameters[def.id] = writeValue(value);
  }
  if (scenario.distributions) {
    json.distributions = structuredClone(scenario.distributions);
  }
  return json;
}
