import type { Scenario } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { type Lang, pick, t } from '../i18n/i18n';
import { clip, type StateProblem } from '../state/app-state';
import { findPreset } from '../state/catalogue';
import { readScenarioObject } from '../state/read-scenario';
import { decodeHash } from '../state/url-state';
import { baselineScenario } from './baseline';

/** One side of a comparison: the scenario on screen, a preset, a saved scenario or a pasted link. */
export type CompareChoice =
  | { kind: 'current' }
  | { kind: 'preset'; id: string }
  | { kind: 'saved'; name: string }
  | { kind: 'link'; link: string };

/** The choice as an option value of the picker ("current", "preset:textbook", "saved:mine", "link"). */
export function choiceValue(choice: CompareChoice): string {
  if (choice.kind === 'current' || choice.kind === 'link') return choice.kind;
  return choice.kind === 'preset' ? `preset:${choice.id}` : `saved:${choice.name}`;
}

/** Reads an option value back; a link choice keeps the text pasted so far. */
export function parseChoice(value: string, link: string): CompareChoice | null {
  if (value === 'current') return { kind: 'current' };
  if (value === 'link') return { kind: 'link', link };
  if (value.startsWith('preset:'))
    return findPreset(value.slice(7)) ? { kind: 'preset', id: value.slice(7) } : null;
  if (value.startsWith('saved:')) return { kind: 'saved', name: value.slice(6) };
  return null;
}

/** The side's name as the table heads show it. */
export function choiceLabel(choice: CompareChoice, lang: Lang): string {
  if (choice.kind === 'current') return t(lang, 'compare.current');
  if (choice.kind === 'link') return t(lang, 'compare.link');
  if (choice.kind === 'saved') return t(lang, 'baseline.saved', { name: choice.name });
  const preset = findPreset(choice.id);
  return t(lang, 'baseline.preset', { name: preset ? pick(preset.label, lang) : choice.id });
}

/** The hash part of a pasted link: everything after "#" (a bare "preset=…&x=1" is taken as it is). */
function hashOf(link: string): string {
  const text = link.trim();
  const at = text.indexOf('#');
  return at >= 0 ? text.slice(at + 1) : text;
}

/**
 * The scenario behind a choice, read with the project's reader as the page reads links and saved
 * scenarios: what the reader refuses is reported, never silently dropped. `current` is the
 * scenario on screen. An empty link gives no scenario and no problem (nothing pasted yet).
 */
export async function resolveChoice(
  choice: CompareChoice,
  current: Scenario,
): Promise<{ scenario: Scenario | null; problems: StateProblem[] }> {
  if (choice.kind === 'current') return { scenario: current, problems: [] };
  if (choice.kind === 'preset') return { scenario: scenarioFromPreset(choice.id), problems: [] };
  if (choice.kind === 'saved') {
    const read = await baselineScenario({ kind: 'saved', name: choice.name });
    return read;
  }
  const hash = hashOf(choice.link);
  if (hash === '') return { scenario: null, problems: [] };
  const link = decodeHash(hash);
  const problems = [...link.problems];
  if (!link.scenario) return { scenario: scenarioFromPreset(link.presetId), problems };
  const name = findPreset(link.presetId)?.label.en ?? 'link';
  const read = await readScenarioObject(link.scenario, clip(name));
  return { scenario: read.scenario ?? null, problems: [...problems, ...read.problems] };
}
