import type { Scenario } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { type Lang, pick, t } from '../i18n/i18n';
import { vintageText } from '../i18n/vintage';
import { DEFAULT_PRESET_ID, findPreset } from '../state/catalogue';
import { changedParameters } from './compare-model';

/** At most this many changed assumptions are spelled out in a caption; the rest are counted. */
const MAX_LISTED = 6;

/** The changed assumptions in one line: "Price elasticity of demand 1 → 1.5; …" or that none changed. */
export function changedLine(scenario: Scenario, lang: Lang): string {
  const presetId = scenario.extends ?? DEFAULT_PRESET_ID;
  const preset = findPreset(presetId);
  const presetName = preset ? pick(preset.label, lang) : presetId;
  const changed = changedParameters(scenarioFromPreset(presetId), scenario, lang);
  if (changed.length === 0) return t(lang, 'caption.unchanged', { preset: presetName });
  const listed = changed.slice(0, MAX_LISTED).map((c) => `${c.label} ${c.a} → ${c.b}`);
  const more =
    changed.length > MAX_LISTED ? t(lang, 'caption.more', { count: changed.length - MAX_LISTED }) : '';
  return t(lang, 'caption.changed', { preset: presetName, list: listed.join('; ') + more });
}

/** The date as YYYY-MM-DD in UTC (the same for every reader of the file). */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The lines that make an exported chart publishable on its own: the scenario's name, the
 * assumptions changed from its preset, the data vintage and the export date, the link that opens
 * this very view, and the source line.
 */
export function exportCaption(scenario: Scenario, lang: Lang, link: string, date: Date): string[] {
  return [
    t(lang, 'caption.scenario', { name: scenario.name }),
    changedLine(scenario, lang),
    t(lang, 'caption.vintage', { vintage: vintageText(lang, scenario.asOf), date: isoDay(date) }),
    t(lang, 'caption.link', { link }),
    t(lang, 'caption.source'),
  ];
}
