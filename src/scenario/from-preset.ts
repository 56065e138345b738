import { DEFAULT_PRESET_ID } from '../../models';
import type { ParamId } from '../../models/schema';
import type { DemandCurve, ParamValue, Scenario } from '../model/types';
import { baseValues, findPreset, presetIds } from './catalogue';
import { didYouMean } from './did-you-mean';
import { describeValue } from './errors';

// No mathjs here, directly or through imports: the web app loads this module at start-up.

/**
 * The scenario of preset `id`: catalogue defaults overridden by the preset's values, in catalogue
 * units, with the preset's demand curve. Throws a RangeError naming the known presets for an unknown id.
 */
export function scenarioFromPreset(id: string): Scenario {
  const preset = findPreset(id);
  if (!preset) {
    throw new RangeError(
      `unknown preset ${describeValue(id)}${didYouMean(id, presetIds())}; presets: ${presetIds().join(', ')}`,
    );
  }
  return {
    name: preset.label.en,
    extends: preset.id,
    parameters: baseValues(preset),
    demandCurve: { kind: preset.demandCurve ?? 'constant' },
  };
}

/** The scenario of the default preset (DEFAULT_PRESET_ID). */
export function defaultScenario(): Scenario {
  return scenarioFromPreset(DEFAULT_PRESET_ID);
}

export interface ScenarioFromValuesOptions {
  name?: string;
  /** Preset whose values fill the parameters not given; DEFAULT_PRESET_ID by default. */
  extends?: string;
  description?: string;
  demandCurve?: DemandCurve;
}

/**
 * A scenario from numbers the caller already trusts (slider positions, a sampled Monte Carlo draw):
 * `values` over the preset over the catalogue defaults, all in catalogue units. It does not
 * validate; untrusted input goes through parseScenario. Throws a RangeError for an unknown preset.
 */
export function scenarioFromValues(
  values: Partial<Record<ParamId, ParamValue>>,
  options: ScenarioFromValuesOptions = {},
): Scenario {
  const base = scenarioFromPreset(options.extends ?? DEFAULT_PRESET_ID);
  const parameters = { ...base.parameters };
  for (const [id, value] of Object.entries(values) as [ParamId, ParamValue | undefined][]) {
    if (value !== undefined && Object.hasOwn(parameters, id)) parameters[id] = value;
  }
  const scenario: Scenario = {
    name: options.name ?? base.name,
    parameters,
    demandCurve: options.demandCurve ?? base.demandCurve,
  };
  if (options.extends !== undefined) scenario.extends = options.extends;
  if (options.description !== undefined) scenario.description = options.description;
  return scenario;
}
