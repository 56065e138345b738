import {
  DEFAULT_PRESET_ID,
  groups,
  parameterById,
  parameters,
  presetById,
  presets,
  referencePoints,
} from '../../models';
import { articles } from '../../models/articles';
import type { ParameterDef, ParamId, Preset } from '../../models/schema';
import type { GroupInfo } from '../../models';
import type { Lang } from '../i18n/i18n';

/**
 * The app's window onto the catalogue. Ids arrive from URLs, storage and files, so every lookup
 * checks own properties (`parameterById['constructor']` must not find Object.prototype's).
 */

export { DEFAULT_PRESET_ID, parameters, presets, referencePoints };

/** The parameter definition for an untrusted id, or undefined. */
export function findParameter(id: string): ParameterDef | undefined {
  return Object.hasOwn(parameterById, id) ? parameterById[id as ParamId] : undefined;
}

/** The definition of a known id. */
export function paramDef(id: ParamId): ParameterDef {
  return parameterById[id];
}

/** The preset with an untrusted id, or undefined. */
export function findPreset(id: string): Preset | undefined {
  return Object.hasOwn(presetById, id) ? presetById[id] : undefined;
}

/** Every parameter's value in a preset (catalogue default where the preset says nothing), in catalogue units. */
export function presetValues(preset: Preset | undefined): Record<ParamId, number> {
  const values = {} as Record<ParamId, number>;
  for (const def of parameters) {
    const own = preset?.parameters[def.id];
    values[def.id] = typeof own === 'number' ? own : def.value;
  }
  return values;
}

/** Parameters in the order of the slider groups (catalogue labels in en/zh), each group in catalogue order. */
export function parametersByGroup(): { group: GroupInfo; params: ParameterDef[] }[] {
  return groups
    .map((group) => ({ group, params: parameters.filter((p) => p.group === group.id) }))
    .filter((g) => g.params.length > 0);
}

/** Title (original and, in English, its translation), publisher and date of a seed article. */
export function describeArticle(
  ref: string,
  lang: Lang,
): { title: string; publisher: string; date: string } | undefined {
  if (!Object.hasOwn(articles, ref)) return undefined;
  const a = articles[ref as keyof typeof articles];
  const title = lang === 'zh' ? a.title : `${a.titleEn} (${a.title})`;
  return { title, publisher: a.publisher, date: a.date };
}
