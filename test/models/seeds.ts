// Reads the seed articles the catalogue quotes, and checks single sources. CI clones the repository
// with shared/ beside it, so the seeds live at <repo>/../shared/seeds.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ArticleId,
  type Source,
  VINTAGE,
  articles,
  isSourceDate,
  publishedAfter,
  publishedBy,
} from '../../models';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');

const cache = new Map<string, string>();

/** The text of one seed article; throws a message naming the expected path when it is missing. */
export function seedText(ref: ArticleId): string {
  const cached = cache.get(ref);
  if (cached !== undefined) return cached;
  const file = path.join(seedsDir, `${ref}.txt`);
  if (!existsSync(file)) {
    throw new Error(
      `seed article ${ref} not found at ${file}: the catalogue tests need shared/seeds/ beside the repository (../shared/seeds)`,
    );
  }
  const text = readFileSync(file, 'utf8');
  cache.set(ref, text);
  return text;
}

const CONTEXT_ONLY = 'Context only';
const AFTER_VINTAGE = 'Context only: published after the Feb-2025 vintage';

/** Problems with a source's publication date and its context-only marking. */
function dateProblems(source: Source, where: string): string[] {
  const problems: string[] = [];
  const { date } = source;
  if (typeof date !== 'string' || !isSourceDate(date)) {
    return [`${where}: date ${JSON.stringify(date)} is not YYYY, YYYY-MM or YYYY-MM-DD`];
  }
  const after = publishedAfter(date, VINTAGE);
  if (!after && !publishedBy(date, VINTAGE)) {
    problems.push(`${where}: date ${date} straddles the vintage ${VINTAGE}; give the month or the day`);
  }
  if (after && !source.contextOnly) {
    problems.push(`${where}: published ${date}, after the vintage ${VINTAGE}, but not marked contextOnly`);
  }
  if (after && !source.note?.startsWith(AFTER_VINTAGE)) {
    problems.push(`${where}: published after the vintage; its note must start "${AFTER_VINTAGE}"`);
  }
  if (source.contextOnly && !source.note?.startsWith(CONTEXT_ONLY)) {
    problems.push(`${where}: contextOnly, but its note does not start "${CONTEXT_ONLY}: …"`);
  }
  if (!source.contextOnly && source.note?.startsWith(CONTEXT_ONLY)) {
    problems.push(`${where}: note says "${CONTEXT_ONLY}" but the source is not marked contextOnly`);
  }
  return problems;
}

/** Problems with one source: empty fields, a bad date, or an article quote that is not verbatim in its seed. */
export function sourceProblems(source: Source, where: string): string[] {
  const problems = dateProblems(source, where);
  switch (source.kind) {
    case 'article':
      if (!seedText(source.ref).includes(source.quote)) {
        problems.push(`${where}: quote is not an exact substring of ${source.ref}.txt: ${source.quote}`);
      }
      if (source.quote.trim() === '') problems.push(`${where}: empty quote`);
      if (!source.quoteEn || source.quoteEn.trim() === '') problems.push(`${where}: missing quoteEn`);
      if (source.date !== articles[source.ref]?.date) {
        problems.push(
          `${where}: dated ${source.date}, but article ${source.ref} is dated ${articles[source.ref]?.date}`,
        );
      }
      break;
    case 'external':
      if (source.ref.trim() === '') problems.push(`${where}: external source without a name`);
      break;
    case 'derived':
      if (source.arithmetic.trim() === '') problems.push(`${where}: derived source without arithmetic`);
      break;
    case 'assumption':
      if (!source.note || source.note.trim() === '') problems.push(`${where}: assumption without a reason`);
      break;
  }
  return problems;
}
