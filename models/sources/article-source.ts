import type { Source } from '../schema';

/** A quote from one of the seed articles; the `kind: 'article'` member of {@link Source}. */
export type ArticleSource = Extract<Source, { kind: 'article' }>;
/** A published figure from outside the articles (shared/reference/facts.md). */
export type ExternalSource = Extract<Source, { kind: 'external' }>;
/** Arithmetic from other sourced values. */
export type DerivedSource = Extract<Source, { kind: 'derived' }>;
/** A modelling choice and the reason for it. */
export type AssumptionSource = Extract<Source, { kind: 'assumption' }>;
