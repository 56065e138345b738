import type { BaselineChoice } from './app-state';
import { findPreset } from './catalogue';

/** Parses "base", "preset:<id>" or "saved:<name>"; null for anything else. */
export function parseBaseline(value: string): BaselineChoice | null {
  if (value === 'base') return { kind: 'base' };
  if (value.startsWith('preset:') && findPreset(value.slice(7)))
    return { kind: 'preset', id: value.slice(7) };
  if (value.startsWith('saved:') && value.length > 6) return { kind: 'saved', name: value.slice(6) };
  return null;
}

/** Writes a baseline choice as `parseBaseline` reads it. */
export function baselineText(choice: BaselineChoice): string {
  if (choice.kind === 'base') return 'base';
  return choice.kind === 'preset' ? `preset:${choice.id}` : `saved:${choice.name}`;
}
