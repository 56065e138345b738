import { BASES, type Basis } from '../../src/model/types';
import { baseValues } from '../../src/scenario/catalogue';
import { isLang, type Lang } from '../i18n/i18n';
import { type AppState, type BaselineChoice, clip, type StateProblem, THEMES, type Theme } from './app-state';
import { baselineText, parseBaseline } from './baseline-choice';
import { DEFAULT_PRESET_ID, findPreset } from './catalogue';

/** A hash longer than this is not read at all (a link, not a payload). */
export const MAX_HASH_LENGTH = 20_000;

/** The basis the panel shows unless the link says otherwise: the headline's. */
export const DEFAULT_BASIS: Basis = 'servedCompute';

/** What a link holds, read piece by piece. */
export interface LinkState {
  /**
   * The scenario part as a scenario file would hold it (`extends`, `name`, `parameters`,
   * `demandCurve`…), for the project's reader; null when the link names at most a known preset,
   * which needs no reading.
   */
  scenario: Record<string, unknown> | null;
  /** The preset to show until (or instead of) the scenario part. */
  presetId: string;
  lang?: Lang;
  theme?: Theme;
  baseline?: BaselineChoice;
  basis?: Basis;
  /** Pieces of the link that are not part of a scenario and could not be used. */
  problems: StateProblem[];
}

/** Keys that are not parameter ids. */
const STATE_KEYS = new Set([
  'preset',
  'curve',
  'curveExpr',
  'name',
  'asOf',
  'description',
  'distributions',
  'lang',
  'theme',
  'baseline',
  'basis',
  'state',
]);

/**
 * Writes the state as a URL hash: `preset=…&elasticity=1.8&curve=reservation&lang=zh…`, with only
 * the parameters that differ from the preset, the scenario's vintage (`asOf`) when it has one, and
 * the language, theme, baseline and basis only when not the defaults. Expressions are written as
 * their source text; numbers exactly (String(x) reads back to the same double).
 */
export function encodeState(state: AppState): string {
  const params = new URLSearchParams();
  const { scenario } = state;
  const preset = findPreset(scenario.extends ?? '') ?? findPreset(DEFAULT_PRESET_ID);
  const presetId = preset?.id ?? DEFAULT_PRESET_ID;
  if (presetId !== DEFAULT_PRESET_ID) params.set('preset', presetId);
  const base = baseValues(preset);
  for (const [id, value] of Object.entries(scenario.parameters) as [keyof typeof base, unknown][]) {
    if (typeof value === 'number') {
      if (!Object.is(value, base[id])) params.set(id, String(value));
    } else if (value && typeof value === 'object' && 'expression' in value) {
      params.set(id, String(value.expression));
    }
  }
  const curve = scenario.demandCurve;
  if (curve.kind === 'expression') params.set('curveExpr', curve.expression);
  else if (curve.kind !== (preset?.demandCurve ?? 'constant')) params.set('curve', curve.kind);
  // The day the scenario stands on: the reader checks it again, and the verdict shows it.
  if (scenario.asOf !== undefined) params.set('asOf', scenario.asOf);
  if (state.lang !== 'en') params.set('lang', state.lang);
  if (state.theme !== 'auto') params.set('theme', state.theme);
  if (state.baseline.kind !== 'base') params.set('baseline', baselineText(state.baseline));
  if (state.basis !== DEFAULT_BASIS) params.set('basis', state.basis);
  return params.toString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets `key` as an own property even when it is "__proto__" (a hostile link must not reach a prototype). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The `state=<JSON>` form of hand-made links: `{ preset|extends, parameters, name, demandCurve, … }`. */
function jsonEntries(raw: string, problems: StateProblem[]): [string, unknown][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (!isRecord(parsed)) {
    problems.push({ code: 'bad-json', field: 'state', value: clip(raw) });
    return [];
  }
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (key === 'parameters' && isRecord(value)) entries.push(...Object.entries(value));
    else if (key === 'extends') entries.push(['preset', value]);
    else if (key === 'demandCurve')
      entries.push(isRecord(value) ? ['curveExpr', value.expression] : ['curve', value]);
    else entries.push([key, value]);
  }
  return entries;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/**
 * Reads a URL hash (with or without "#"). Accepts the key/value form written by `encodeState` and,
 * for hand-made links, `state=<JSON>`; explicit keys override the JSON. The scenario part is left
 * for the project's reader (which checks ids, ranges, units, expressions and the shock against the
 * horizon, and refuses version-1 ids with a message naming them); only the page's own keys —
 * language, theme, baseline, basis — are checked here. Never throws.
 */
export function decodeHash(hash: string): LinkState {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const out: LinkState = { scenario: null, presetId: DEFAULT_PRESET_ID, problems: [] };
  if (body.length > MAX_HASH_LENGTH) {
    out.problems.push({ code: 'too-long', field: 'URL', value: String(body.length) });
    return out;
  }
  const params = new URLSearchParams(body);
  const entries: [string, unknown][] = [];
  const json = params.get('state');
  if (json !== null) entries.push(...jsonEntries(json, out.problems));
  for (const [key, value] of params) if (key !== 'state') entries.push([key, value]);

  const scenario: Record<string, unknown> = {};
  const parameters: Record<string, unknown> = {};
  let needsReader = false;
  for (const [key, raw] of entries) {
    if (!STATE_KEYS.has(key)) {
      put(parameters, key, raw);
      needsReader = true;
      continue;
    }
    const value = text(raw);
    const bad = () => out.problems.push({ code: 'bad-value', field: key, value: clip(value) });
    if (key === 'preset') {
      if (findPreset(value)) out.presetId = value;
      else needsReader = true;
      scenario.extends = value;
    } else if (key === 'curve') {
      scenario.demandCurve = value;
      needsReader = true;
    } else if (key === 'curveExpr') {
      scenario.demandCurve = { expression: value };
      needsReader = true;
    } else if (key === 'name' || key === 'asOf') {
      scenario[key] = value;
      needsReader = true;
    } else if (key === 'lang') {
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
    } else if (key === 'basis') {
      const basis = BASES.find((b) => b === value);
      if (basis) out.basis = basis;
      else bad();
    } else {
      // description, distributions: scenario fields a hand-made JSON state may carry.
      scenario[key] = raw;
      needsReader = true;
    }
  }
  // A link names its preset only when it is not the default one.
  if (needsReader) out.scenario = { extends: DEFAULT_PRESET_ID, ...scenario, parameters };
  return out;
}
