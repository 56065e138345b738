import { PARAM_IDS } from '../../models/schema';
import { monthIndexToLabel } from '../../src/scenario/month';
import type { AppState } from './app-state';
import { clip } from './app-state';
import { DEFAULT_PRESET_ID, findPreset, presetValues } from './catalogue';
import { baselineText, type ExternalState, readEntries } from './external-state';

/** A hash longer than this is not read at all (a link, not a payload). */
export const MAX_HASH_LENGTH = 20_000;

/**
 * Writes the state as a URL hash: `preset=…&elasticity=1.8&curve=reservation&lang=zh…`, with only
 * the parameters that differ from the preset, and the language, theme and baseline only when not
 * the defaults. Expressions are written as their source text.
 */
export function encodeState(state: AppState): string {
  const params = new URLSearchParams();
  const { scenario } = state;
  const presetId = scenario.extends && findPreset(scenario.extends) ? scenario.extends : DEFAULT_PRESET_ID;
  if (presetId !== DEFAULT_PRESET_ID) params.set('preset', presetId);
  const preset = presetValues(findPreset(presetId));
  for (const id of PARAM_IDS) {
    const value = scenario.parameters[id];
    if (typeof value === 'number') {
      if (value !== preset[id])
        params.set(id, id === 'startMonth' ? monthIndexToLabel(value) : String(value));
    } else if (value) {
      params.set(id, value.expression);
    }
  }
  const presetCurve = findPreset(presetId)?.demandCurve ?? 'constant';
  const curve = scenario.demandCurve;
  if (curve.kind === 'expression') params.set('curveExpr', curve.expression);
  else if (curve.kind !== presetCurve) params.set('curve', curve.kind);
  if (state.lang !== 'en') params.set('lang', state.lang);
  if (state.theme !== 'auto') params.set('theme', state.theme);
  if (state.baseline.kind !== 'base') params.set('baseline', baselineText(state.baseline));
  return params.toString();
}

function jsonEntries(raw: string, problems: ExternalState['problems']): [string, unknown][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    problems.push({ code: 'bad-json', field: 'state', value: clip(raw) });
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push({ code: 'bad-json', field: 'state', value: clip(raw) });
    return [];
  }
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (key === 'parameters' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      entries.push(...Object.entries(value));
    } else if (key === 'extends') {
      entries.push(['preset', value]);
    } else {
      entries.push([key, value]);
    }
  }
  return entries;
}

/**
 * Reads a URL hash (with or without "#") into checked state. Accepts the key/value form written by
 * `encodeState` and, for hand-made links, `state=<JSON>` holding `{ preset|extends, parameters, … }`;
 * explicit keys override the JSON. Never throws: bad pieces become problems, the rest is kept.
 */
export function decodeHash(hash: string): ExternalState {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.length > MAX_HASH_LENGTH) {
    const out = readEntries([]);
    out.problems.push({ code: 'too-long', field: 'URL', value: String(body.length) });
    return out;
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(body);
  } catch {
    params = new URLSearchParams();
  }
  const problems: ExternalState['problems'] = [];
  const entries: [string, unknown][] = [];
  const state = params.get('state');
  if (state !== null) entries.push(...jsonEntries(state, problems));
  for (const [key, value] of params) if (key !== 'state') entries.push([key, value]);
  const out = readEntries(entries);
  out.problems.unshift(...problems);
  return out;
}
