import { clip } from './app-state';

/** Key prefix of saved scenarios; the version lets a later format live beside this one. */
export const SAVED_PREFIX = 'jevons.v1.scenario:';
const SAVED_VERSION = 1;

/** A saved scenario as listed: readable, or damaged with the reason (kept until the user deletes it). */
export type SavedEntry =
  | { ok: true; name: string; savedAt: string; scenario: Record<string, unknown> }
  | { ok: false; name: string; reason: string };

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function defaultStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

/** Checks one stored text; never throws. */
export function readSavedEntry(name: string, text: string | null): SavedEntry {
  if (text === null) return { ok: false, name, reason: 'missing' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, name, reason: `not JSON: ${clip(text, 40)}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, name, reason: 'not an object' };
  }
  const record = data as Record<string, unknown>;
  if (record.version !== SAVED_VERSION)
    return { ok: false, name, reason: `unknown version ${clip(String(record.version))}` };
  const scenario = record.scenario;
  if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario)) {
    return { ok: false, name, reason: 'no scenario object' };
  }
  const parameters = (scenario as Record<string, unknown>).parameters;
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
    return { ok: false, name, reason: 'no parameters object' };
  }
  const savedAt = typeof record.savedAt === 'string' ? record.savedAt.slice(0, 40) : '';
  return { ok: true, name, savedAt, scenario: scenario as Record<string, unknown> };
}

/** Every saved scenario, sorted by name; damaged entries are listed with their reason, not dropped. */
export function listSaved(store: Store | null = defaultStore()): SavedEntry[] {
  if (!store) return [];
  const out: SavedEntry[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(SAVED_PREFIX)) continue;
    const name = key.slice(SAVED_PREFIX.length);
    out.push(readSavedEntry(name, store.getItem(key)));
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The saved scenario called `name`, or undefined. */
export function findSaved(name: string, store: Store | null = defaultStore()): SavedEntry | undefined {
  if (!store) return undefined;
  const text = store.getItem(SAVED_PREFIX + name);
  return text === null ? undefined : readSavedEntry(name, text);
}

/** Stores a scenario file object under `name`; returns an error text when the browser refuses. */
export function saveScenario(
  name: string,
  scenario: Record<string, unknown>,
  savedAt: string,
  store: Store | null = defaultStore(),
): string | null {
  if (!store) return 'local storage is not available';
  try {
    store.setItem(SAVED_PREFIX + name, JSON.stringify({ version: SAVED_VERSION, savedAt, scenario }));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Deletes the entry, damaged or not: only ever on the user's request. */
export function deleteSaved(name: string, store: Store | null = defaultStore()): void {
  store?.removeItem(SAVED_PREFIX + name);
}

/**
 * Moves an entry to a new name (its stored text unchanged, so a damaged entry stays as it was).
 * Onto the name of another entry only with `replace`; otherwise nothing changes and the answer is
 * 'exists' (the app asks the reader first). Returns null when done, else why not.
 */
export function renameSaved(
  from: string,
  to: string,
  { replace = false }: { replace?: boolean } = {},
  store: Store | null = defaultStore(),
): string | null {
  if (!store) return 'local storage is not available';
  if (to === from) return null;
  const text = store.getItem(SAVED_PREFIX + from);
  if (text === null) return `no scenario named ${from}`;
  if (!replace && store.getItem(SAVED_PREFIX + to) !== null) return 'exists';
  try {
    store.setItem(SAVED_PREFIX + to, text);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  store.removeItem(SAVED_PREFIX + from);
  return null;
}
