// Reads the seed articles the catalogue quotes. CI clones the repository with shared/ beside it,
// so the seeds live at <repo>/../shared/seeds.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleId, Source } from '../../models';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');

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

/** Problems with one source: empty fields, or an article quote that is not verbatim in its seed. */
export function sourceProblems(source: Source, where: string): string[] {
  const problems: string[] = [];
  switch (source.kind) {
    case 'article':
      if (!seedText(source.ref).includes(source.quote)) {
        problems.push(`${where}: quote is not an exact substring of ${source.ref}.txt: ${source.quote}`);
      }
      if (source.quote.trim() === '') problems.push(`${where}: empty quote`);
      if (!source.quoteEn || source.quoteEn.trim() === '') problems.push(`${where}: missing quoteEn`);
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
