import type { ParamId } from '../../models/schema';
import type { DemandCurveKind } from '../../src/model/types';
import { isLang, type Lang } from '../i18n/i18n';
import { type BaselineChoice, clip, type StateProblem, THEMES, type Theme } from './app-state';
import { DEFAULT_PRESET_ID, findPreset, presetValues } from './catalogue';
import { checkParamValue, MAX_VALUE_LENGTH } from './validate';

/** State read from outside (URL, storage), checked piece by piece; refused pieces are in `problems`. */
export interface ExternalState {
  presetId: string;
  /** Checked numbers in catalogue units, overriding the preset. */
  numbers: Partial<Record<ParamId, number>>;
  /** Text the expression/unit parser must read (loaded only when there is any). */
  texts: Partial<Record<ParamId, string>>;
  curve?: Exclude<DemandCurveKind, 'expression'>;
  curveExpression?: string;
  name?: string;
  lang?: Lang;
  theme?: Theme;
  baseline?: BaselineChoice;
  problems: StateProblem[];
}

/** Keys that are not parameter ids. */
export const STATE_KEYS = [
  'preset',
  'curve',
  'curveExpr',
  'name',
  'lang',
  'theme',
  'baseline',
  'state',
] as const;

function isStateKey(key: string): key is (typeof STATE_KEYS)[number] {
  return (STATE_KEYS as readonly string[]).includes(key);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** Parses "base", "preset:<id>" or "saved:<name>". */
export function parseBaseline(value: string): BaselineChoice | null {
  if (value === 'base') return { kind: 'base' };
  if (value.startsWith('preset:') && findPreset(value.slice(7)))
    return { kind: 'preset', id: value.slice(7) };
  if (value.startsWith('saved:') && value.length > 6) return { kind: 'saved', name: value.slice(6) };
  return null;
}

/** Writes a baseline choice as `parseBaseline` reads it. */
export function baselineText(choice: BaselineChoice): string {
  return choice.kind === 'base'
    ? 'base'
    : choice.kind === 'preset'
      ? `preset:${choice.id}`
      : `saved:${choice.name}`;
}

/**
 * Reads key/value entries (from a URL's hash, or a JSON object) into checked state. Nothing here
 * throws: every refused entry becomes a problem and the rest is kept.
 */
export function readEntries(entries: readonly (readonly [string, unknown])[]): ExternalState {
  const out: ExternalState = { presetId: DEFAULT_PRESET_ID, numbers: {}, texts: {}, problems: [] };
  const presetEntry = entries.findLast(([k]) => k === 'preset');
  if (presetEntry) {
    const id = text(presetEntry[1]);
    if (findPreset(id)) out.presetId = id;
    else
      out.problems.push({
        code: 'unknown-preset',
        field: 'preset',
        value: clip(id),
        kept: DEFAULT_PRESET_ID,
      });
  }
  const kept = presetValues(findPreset(out.presetId));
  for (const [key, raw] of entries) {
    if (key === 'preset') continue;
    if (!isStateKey(key)) {
      const checked = checkParamValue(key, raw, (id) => kept[id]);
      if (checked.kind === 'number') out.numbers[checked.id] = checked.value;
      else if (checked.kind === 'text') out.texts[checked.id] = checked.text;
      else out.problems.push(checked.problem);
      continue;
    }
    const value = text(raw);
    if (value.length > MAX_VALUE_LENGTH) {
      out.problems.push({ code: 'too-long', field: key, value: String(value.length) });
      continue;
    }
    const bad = () => out.problems.push({ code: 'bad-value', field: key, value: clip(value) });
    if (key === 'curve') {
      if (value === 'constant' || value === 'reservation') out.curve = value;
      else bad();
    } else if (key === 'curveExpr') out.curveExpression = value;
    else if (key === 'name') out.name = value.slice(0, 120);
    else if (key === 'lang') {
      if (isLang(value)) out.lang = value;
      else bad();
    } else if (key === 'theme') {
      const theme = THEMES.find((th) => th === value);
      if (theme) out.theme = theme;
      else bad();
    } else if (key === 'baseline') {
      const choice = parseBaseline(value);
      if (choice) out.baseline = choice;
      else bad();
    }
  }
  return out;
}
