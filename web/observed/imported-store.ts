import type { Observation } from '../../models/observations/schema';
import { readObservations } from '../../src/calibration/observations-file';
import { clip } from '../state/app-state';

/** Where the imported observations live in the browser; the version lets a later format sit beside it. */
export const OBSERVATIONS_KEY = 'jevons.v1.observations';
const VERSION = 1;

/** A file of observations the reader imported, as stored and as read back. */
export interface ImportedFile {
  /** Unique in the list ("f1", "f2", …). */
  id: string;
  name: string;
  /** ISO time of the import. */
  importedAt: string;
  observations: Observation[];
  /**
   * Why the stored entry could not be read back ('' when it could): it is then kept as stored,
   * untouched, until the reader removes it — nothing imported is dropped on the reader's behalf.
   */
  damaged: string;
  /** The entry as stored, written back unchanged while it is damaged. */
  raw?: unknown;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function defaultStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

/**
 * An observation in the file format `jevons backtest --observed` reads (the JSON form), so what is
 * stored goes back through the same reader on the next visit.
 */
export function observationRecord(o: Observation): Record<string, unknown> {
  return {
    id: o.id,
    series: o.series,
    period: o.period,
    aggregation: o.aggregation,
    value: o.value,
    ...(o.low !== undefined ? { low: o.low } : {}),
    ...(o.high !== undefined ? { high: o.high } : {}),
    ...(o.side ? { side: o.side } : {}),
    ...(o.unit ? { unit: o.unit } : {}),
    ...(o.sources[0]?.ref ? { source: o.sources[0].ref } : {}),
    ...(o.sources[0]?.date ? { published: o.sources[0].date } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One stored entry read back through the observations reader; never throws. */
function readEntry(raw: unknown, index: number, knownSeries: readonly string[]): ImportedFile {
  const name = isRecord(raw) && typeof raw.name === 'string' ? clip(raw.name, 120) : `#${index + 1}`;
  const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `f${index + 1}`;
  const importedAt = isRecord(raw) && typeof raw.importedAt === 'string' ? raw.importedAt.slice(0, 40) : '';
  const damaged = (reason: string): ImportedFile => ({
    id,
    name,
    importedAt,
    observations: [],
    damaged: reason,
    raw,
  });
  if (!isRecord(raw) || !Array.isArray(raw.observations)) return damaged('no list of observations.');
  const read = readObservations(JSON.stringify(raw.observations), 'json', knownSeries);
  if (read.errors.length > 0) return damaged(clip(read.errors.join('; '), 300));
  return { id, name, importedAt, observations: read.observations, damaged: '' };
}

/** Every stored file, damaged ones included with their reason, in the order they were imported. */
export function loadImported(
  knownSeries: readonly string[],
  store: Store | null = defaultStore(),
): ImportedFile[] {
  const text = store?.getItem(OBSERVATIONS_KEY) ?? null;
  if (text === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = null;
  }
  if (!isRecord(data) || data.version !== VERSION || !Array.isArray(data.files)) {
    // Unreadable as a whole: kept as one damaged entry holding the stored text, written back with it.
    const raw = { id: 'f1', name: OBSERVATIONS_KEY, importedAt: '', unreadable: text };
    return [{ ...readEntry(raw, 0, knownSeries), damaged: `not the stored format: ${clip(text, 40)}` }];
  }
  const files = data.files.map((raw, i) => readEntry(raw, i, knownSeries));
  // Ids must be unique for a removal to name one entry.
  const seen = new Set<string>();
  return files.map((f, i) => {
    const id = seen.has(f.id) ? `f${files.length + i + 1}` : f.id;
    seen.add(id);
    return { ...f, id };
  });
}

/** Stores the list (damaged entries exactly as they were); returns why the browser refused, or null. */
export function saveImported(
  files: readonly ImportedFile[],
  store: Store | null = defaultStore(),
): string | null {
  if (!store) return 'local storage is not available';
  try {
    if (files.length === 0) {
      store.removeItem(OBSERVATIONS_KEY);
      return null;
    }
    const stored = files.map((f) =>
      f.damaged
        ? f.raw
        : {
            id: f.id,
            name: f.name,
            importedAt: f.importedAt,
            observations: f.observations.map(observationRecord),
          },
    );
    store.setItem(OBSERVATIONS_KEY, JSON.stringify({ version: VERSION, files: stored }));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
