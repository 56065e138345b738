import { DEFAULT_PRESET_ID, parameterById, parameters, presetById } from '../../models';
import type { ParamId, ParameterDef, Preset } from '../../models/schema';

/**
 * Safe lookups into the catalogue. Ids come from user files, so `parameterById['constructor']` must
 * not find Object.prototype's constructor: every lookup checks own properties.
 */

export const PARAMETER_IDS: readonly ParamId[] = parameters.map((def) => def.id);

/** The parameter definition for an id from a user file, or undefined. */
export function findParameter(id: string): ParameterDef | undefined {
  return Object.hasOwn(parameterById, id) ? parameterById[id as ParamId] : undefined;
}

/** The preset with this id, or undefined. */
export function findPreset(id: string): Preset | undefined {
  return Object.hasOwn(presetById, id) ? presetById[id] : undefined;
}

/** Ids of every preset, for did-you-mean and messages. */
export function presetIds(): string[] {
  return Object.keys(presetById);
}

/** The preset a scenario builds on: the one it extends, else the default preset. */
export function basePreset(extendsId: string | undefined): Preset | undefined {
  return findPreset(extendsId ?? DEFAULT_PRESET_ID);
}

/**
 * Every parameter's value before the user's own: catalogue default, overridden by the preset.
 * Numbers in catalogue units.
 */
export function baseValues(preset: Preset | undefined): Record<ParamId, number> {
  const values = {} as Record<ParamId, number>;
  for (const def of parameters) {
    const fromPreset = preset?.parameters[def.id];
    values[def.id] = typeof fromPreset === 'number' ? fromPreset : def.value;
  }
  return values;
}
