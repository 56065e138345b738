/** Spelling suggestions for ids, keys and symbols ("elastcity" → "elasticity"). */

/** Edit distance (insert, delete, substitute), case-insensitive. */
export function levenshtein(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const substitution = previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[t.length];
}

/**
 * The candidate closest to `name`, or undefined when none is close enough to be a plausible typo
 * (more than a third of the longer word would have to change).
 */
export function closestMatch(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    // The lengths alone bound the distance from below: a 100,000-character name is no typo of any id.
    const limit = Math.max(2, Math.ceil(Math.max(name.length, candidate.length) / 3));
    if (Math.abs(name.length - candidate.length) > limit) continue;
    const distance = levenshtein(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  // Case is ignored by the distance; beyond about one edit per three letters it is another word.
  const limit = Math.max(2, Math.ceil(Math.max(name.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** How many unknown ids of one input get a spelling suggestion; the rest are listed without one. */
export const MAX_SUGGESTIONS = 50;

/** " (did you mean 'x'?)" or "" — ready to append to a message. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const match = closestMatch(name, candidates);
  return match === undefined ? '' : ` (did you mean '${match}'?)`;
}
