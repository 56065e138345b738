import { VINTAGE } from '../calendar';
import type { Source } from '../schema';

/** A quote from one of the seed articles; the `kind: 'article'` member of {@link Source}. */
export type ArticleSource = Extract<Source, { kind: 'article' }>;
/** A published figure from outside the articles (shared/reference/). */
export type ExternalSource = Extract<Source, { kind: 'external' }>;
/** Arithmetic from other sourced values. */
export type DerivedSource = Extract<Source, { kind: 'derived' }>;
/** A modelling choice and the reason for it. */
export type AssumptionSource = Extract<Source, { kind: 'assumption' }>;

/** The date of our own assumptions: the vintage, unless the reasoning rests on something later. */
export const ASSUMED = VINTAGE;

/** How every note of a source published after the vintage begins. */
const AFTER_VINTAGE = 'Context only: published after the Feb-2025 vintage';

/** A note for a source published after the vintage: the standard opening, its date, then `note`. */
export function contextNote(date: string, note?: string): string {
  return `${AFTER_VINTAGE} (${date}), so no default rests on it.${note ? ` ${note}` : ''}`;
}

/**
 * `source` with a note for this use. A context-only source keeps its "Context only: …" opening,
 * so a reader (and the vintage test) still sees that it does not support the default.
 */
export function noted<S extends Source>(source: S, note: string): S {
  return { ...source, note: source.contextOnly ? contextNote(source.date, note) : note };
}
