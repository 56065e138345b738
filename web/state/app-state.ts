import type { Basis, Scenario } from '../../src/model/types';
import type { Lang } from '../i18n/i18n';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** What the dashed overlay on every chart compares against. */
export type BaselineChoice =
  /** The same scenario with the DeepSeek shock switched off (the engine's base run). */
  | { kind: 'base' }
  /** A preset from the catalogue, run as it stands. */
  | { kind: 'preset'; id: string }
  /** A scenario the user saved in this browser, by name. */
  | { kind: 'saved'; name: string };

/** Everything the page shows follows from this object; the URL and saved scenarios encode parts of it. */
export interface AppState {
  scenario: Scenario;
  lang: Lang;
  theme: Theme;
  baseline: BaselineChoice;
  /** The basis the decomposition and the elasticity curve show (the verdict table shows all three). */
  basis: Basis;
}

/** A problem found while reading state from outside (URL, storage, file): shown in the notice. */
export interface StateProblem {
  code:
    | 'bad-json'
    | 'too-long'
    | 'bad-value'
    | 'parse-error'
    | 'corrupted-saved'
    | 'import-failed'
    | 'export-failed';
  /** The key or the reader's JSONPath the problem is about (untrusted text: shown escaped, cut short). */
  field: string;
  /** The offending value as given (cut short). */
  value?: string;
  /** The reader's own sentence (English), naming the field, the rule and the value. */
  message?: string;
}

/** Cuts untrusted text to `max` characters so a hostile URL cannot flood the notice. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
