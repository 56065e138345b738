import { DEFAULT_PRESET_ID, groups, parameterById, parameters, presetById, presets } from '../../models';
import { articles } from '../../models/articles';
// Only the announced capex (the capex chart's numbered figures): the other reference points (market
// moves, prices, training costs, forecasts) are the CLI's and the tests', not the page's.
import { capexPoints } from '../../models/reference/capex';
import type { GroupInfo } from '../../models';
import type { Localized, ParameterDef, ParamId, Preset } from '../../models/schema';
import { TIER_FIELDS, TIERS, tierParamId } from '../../models/tiers';
import { baseValues } from '../../src/scenario/catalogue';
import type { Lang } from '../i18n/i18n';

/**
 * The app's window onto the catalogue. Ids arrive from URLs, storage and files, so every lookup
 * checks own properties (`parameterById['constructor']` must not find Object.prototype's).
 */

export { capexPoints, DEFAULT_PRESET_ID, presets };

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

const valuesByPreset = new Map<string, Record<ParamId, number>>();

/**
 * Every parameter's value in the preset `id` (catalogue default where the preset says nothing, and
 * for an unknown id), in catalogue units: one object per preset, so the sliders' defaults keep
 * their identity from render to render. Not to be changed by the caller.
 */
export function presetValues(id: string): Record<ParamId, number> {
  const preset = findPreset(id);
  // Unknown ids (a scenario file may name anything) share the catalogue defaults' one entry.
  const key = preset ? id : '';
  let values = valuesByPreset.get(key);
  if (!values) {
    values = baseValues(preset);
    valuesByPreset.set(key, values);
  }
  return values;
}

/** Sliders under one heading: a whole group, or one tier inside the tiers group. */
export interface SliderSection {
  /** Stable key: the group id, or `tiers:<tier id>`. */
  key: string;
  label: Localized;
  description?: Localized;
  params: ParameterDef[];
}

/** A catalogue group with its sliders, in one or (for the tiers) several sections. */
export interface SliderGroup {
  group: GroupInfo;
  sections: SliderSection[];
}

/**
 * The slider groups in catalogue order. The `tiers` group is split per tier (registry order), each
 * tier's fields in TIER_FIELDS order, so a new tier in models/tiers.ts appears without app code.
 */
export function slidersByGroup(): SliderGroup[] {
  return groups
    .map((group): SliderGroup => {
      const inGroup = parameters.filter((p) => p.group === group.id);
      if (group.id !== 'tiers')
        return { group, sections: [{ key: group.id, label: group.label, params: inGroup }] };
      const sections = TIERS.map((tier): SliderSection => {
        const ids = new Set<string>(TIER_FIELDS.map((f) => tierParamId(tier.id, f)));
        return {
          key: `tiers:${tier.id}`,
          label: tier.label,
          description: tier.description,
          params: inGroup.filter((p) => ids.has(p.id)),
        };
      });
      const placed = new Set(sections.flatMap((s) => s.params.map((p) => p.id)));
      const rest = inGroup.filter((p) => !placed.has(p.id));
      if (rest.length > 0) sections.push({ key: 'tiers:other', label: group.label, params: rest });
      return { group, sections: sections.filter((s) => s.params.length > 0) };
    })
    .filter((g) => g.sections.length > 0);
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
