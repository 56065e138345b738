import { readObservations } from '../../src/calibration/observations-file';
import { clip } from '../state/app-state';
import type { ImportProblem } from './import-problems';
import { defaultStore, type ImportedFile, loadImported, saveImported } from './imported-store';

/** The largest file read, as the CLI's input cap: a file of observations, not a data dump. */
const MAX_FILE_BYTES = 1_000_000;

export type ImportOutcome = { ok: true; count: number } | { ok: false; problems: ImportProblem[] };

type Store = Parameters<typeof saveImported>[1];

/**
 * The reader's imported observations: read with the same reader as `jevons backtest --observed`
 * (src/calibration/observations-file.ts), kept in the browser across visits, removable one by one
 * or a file at a time. A file with any problem is refused whole, as the CLI refuses it, with every
 * problem named by row, field, rule and value; what was imported before is untouched.
 */
export class ImportedObservations {
  /** Replaced (never mutated) on every change, so views can compare by identity. */
  files: readonly ImportedFile[];
  /** The last file refused and why, until dismissed or a file is imported. */
  refused: { file: string; problems: ImportProblem[] } | null = null;
  /** Why the browser would not keep the list ('' when it did). */
  storageError = '';
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly knownSeries: readonly string[],
    private readonly store: Store = defaultStore(),
  ) {
    this.files = loadImported(knownSeries, store);
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads a file the reader chose (its extension picks CSV or JSON, as in the CLI). */
  async importFile(file: File, now = new Date()): Promise<ImportOutcome> {
    if (file.size > MAX_FILE_BYTES) {
      const size = `${(file.size / 1e6).toFixed(1)} MB`;
      return this.refuse(file.name, [{ rule: 'tooLarge', value: size, detail: '1 MB' }]);
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return this.refuse(file.name, [{ rule: 'unreadable', detail: clip(String(error), 300) }]);
    }
    return this.importText(file.name, text, now);
  }

  /** Reads observations from text named `name`; adds them all, or none with every problem. */
  importText(name: string, text: string, now = new Date()): ImportOutcome {
    const lower = name.toLowerCase();
    const format = lower.endsWith('.csv') ? 'csv' : lower.endsWith('.json') ? 'json' : undefined;
    const read = readObservations(text, format, this.knownSeries);
    if (read.problems.length > 0) return this.refuse(name, read.problems);
    const id = this.freeId();
    const file: ImportedFile = {
      id,
      name: clip(name, 120),
      importedAt: now.toISOString(),
      observations: read.observations,
      damaged: '',
    };
    this.refused = null;
    this.change([...this.files, file]);
    return { ok: true, count: read.observations.length };
  }

  /** Removes one observation (by its index in the file) or, without `index`, the whole file. */
  remove(fileId: string, index?: number): void {
    const next = this.files.flatMap((f) => {
      if (f.id !== fileId) return [f];
      if (index === undefined) return [];
      const observations = f.observations.filter((_, i) => i !== index);
      return observations.length > 0 ? [{ ...f, observations }] : [];
    });
    this.change(next);
  }

  /** Hides the last refusal. */
  dismiss(): void {
    this.refused = null;
    this.notify();
  }

  private refuse(file: string, problems: ImportProblem[]): ImportOutcome {
    this.refused = { file: clip(file, 120), problems };
    this.notify();
    return { ok: false, problems };
  }

  private freeId(): string {
    const taken = new Set(this.files.map((f) => f.id));
    let n = this.files.length + 1;
    while (taken.has(`f${n}`)) n++;
    return `f${n}`;
  }

  private change(files: readonly ImportedFile[]): void {
    this.files = files;
    this.storageError = saveImported(files, this.store) ?? '';
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
