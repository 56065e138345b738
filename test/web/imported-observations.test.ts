// Imported observations: read with the backtest's reader, refused whole with every problem named,
// kept in the browser's storage across visits, never dropped on the reader's behalf (a damaged
// entry stays stored as it was), removable one by one or a file at a time.
import { describe, expect, it } from 'vitest';
import { TIERS } from '../../models/tiers';
import { readObservations } from '../../src/calibration/observations-file';
import { importProblemText } from '../../web/observed/import-problems';
import { observableSeries } from '../../src/calibration/observed-series';
import { ImportedObservations } from '../../web/observed/imported-observations';
import { isHindsight } from '../../web/observed/observed-text';
import { VINTAGE } from '../../models/calendar';
import { loadImported, OBSERVATIONS_KEY, observationRecord } from '../../web/observed/imported-store';

const KNOWN = observableSeries(TIERS.map((t) => t.id));

/** localStorage as a Map; `full` makes it refuse writes as a full browser store does. */
function memoryStore(full = false) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => {
      data.delete(k);
    },
  };
}

const CSV = [
  'id,series,period,aggregation,value,low,high,side,source,published',
  'my-fleet,fleetH100e,2024-06,end,3000000,2500000,3500000,,My own count,2025-06-30',
  ',rentalPrice,2024-01/2024-03,mean,3.1,,,,"Broker quotes, Q1",2024-04',
  'floor,tokensServed,2024-12,mean,1e14,,,atLeast,,',
].join('\n');

describe('importing observations', () => {
  it('adds every row of a good file, as the CLI reads it, and keeps them for the next visit', () => {
    const store = memoryStore();
    const imported = new ImportedObservations(KNOWN, store);
    const outcome = imported.importText('mine.csv', CSV, new Date('2025-03-01T10:00:00Z'));
    expect(outcome).toEqual({ ok: true, count: 3 });
    const cli = readObservations(CSV, 'csv', KNOWN);
    expect(imported.files[0].observations).toEqual(cli.observations);
    expect(imported.files[0]).toMatchObject({ name: 'mine.csv', importedAt: '2025-03-01T10:00:00.000Z' });
    // The next visit reads the same observations back through the same reader.
    const again = new ImportedObservations(KNOWN, store);
    expect(again.files.map((f) => f.observations)).toEqual([cli.observations]);
    expect(again.files[0].damaged).toBe('');
  });

  it('refuses a file with any problem whole, naming each problem by row, field, rule and value', () => {
    const store = memoryStore();
    const imported = new ImportedObservations(KNOWN, store);
    imported.importText('first.csv', CSV);
    const bad = [
      'series,period,value',
      'fleetH100e,2024-06,3e6',
      'fleetH100e,2024-13,3e6',
      'gpus,2024-06,-1',
    ].join('\n');
    const outcome = imported.importText('bad.csv', bad);
    expect(outcome.ok).toBe(false);
    expect(imported.refused?.file).toBe('bad.csv');
    const problems = imported.refused?.problems ?? [];
    expect(problems.map((p) => importProblemText(p, 'en'))).toEqual([
      "row 2: period must be YYYY-MM or YYYY-MM/YYYY-MM (first ≤ last); got '2024-13'",
      expect.stringMatching(/^row 3: series must be one of the model's series .*; got 'gpus'$/),
    ]);
    // The same problems in Chinese, from the same parts: the row, the rule, the value found.
    expect(problems.map((p) => importProblemText(p, 'zh'))).toEqual([
      "第 2 行：period 必须写作 YYYY-MM 或 YYYY-MM/YYYY-MM（前者不晚于后者）；收到 '2024-13'",
      expect.stringMatching(/^第 3 行：series 必须是模型的序列之一（.*等）；收到 'gpus'$/),
    ]);
    // What was imported before is untouched, in memory and in storage.
    expect(imported.files.map((f) => f.name)).toEqual(['first.csv']);
    expect(new ImportedObservations(KNOWN, store).files.map((f) => f.name)).toEqual(['first.csv']);
    // A good import clears the refusal; so does dismissing it.
    imported.importText(
      'second.json',
      JSON.stringify([{ series: 'revenue', period: '2024-01', value: 5e8 }]),
    );
    expect(imported.refused).toBeNull();
  });

  it('removes one observation, or a whole file, and storage follows', () => {
    const store = memoryStore();
    const imported = new ImportedObservations(KNOWN, store);
    imported.importText('mine.csv', CSV);
    const id = imported.files[0].id;
    imported.remove(id, 1);
    expect(imported.files[0].observations.map((o) => o.id)).toEqual(['my-fleet', 'floor']);
    expect(new ImportedObservations(KNOWN, store).files[0].observations.map((o) => o.id)).toEqual([
      'my-fleet',
      'floor',
    ]);
    imported.remove(id);
    expect(imported.files).toEqual([]);
    expect(store.data.has(OBSERVATIONS_KEY)).toBe(false);
  });

  it('keeps the observations on screen and says so when the browser refuses to store them', () => {
    const imported = new ImportedObservations(KNOWN, memoryStore(true));
    expect(imported.importText('mine.csv', CSV).ok).toBe(true);
    expect(imported.files).toHaveLength(1);
    expect(imported.storageError).toBe('QuotaExceededError');
  });

  it('notifies its listeners on every change', () => {
    const imported = new ImportedObservations(KNOWN, memoryStore());
    let calls = 0;
    const stop = imported.subscribe(() => calls++);
    imported.importText('mine.csv', CSV);
    imported.importText('bad.csv', 'series,period,value\nnope,2024-01,1');
    imported.dismiss();
    stop();
    imported.remove(imported.files[0].id);
    expect(calls).toBe(3);
  });
});

describe('the stored form', () => {
  it('is the backtest file format, so a stored observation reads back equal', () => {
    const { observations } = readObservations(CSV, 'csv', KNOWN);
    const back = readObservations(JSON.stringify(observations.map(observationRecord)), 'json', KNOWN);
    expect(back.errors).toEqual([]);
    expect(back.observations).toEqual(observations);
    // The publication date survives, so a figure published after a vintage stays hindsight.
    expect(back.observations[0].sources).toEqual([
      { kind: 'external', ref: 'My own count', date: '2025-06-30' },
    ]);
    expect(isHindsight(back.observations[0], VINTAGE)).toBe(true);
    expect(isHindsight(back.observations[1], VINTAGE)).toBe(false);
  });

  it('keeps a damaged entry as stored, with the reason, beside the good ones — and writes it back unchanged', () => {
    const store = memoryStore();
    const damaged = {
      id: 'f1',
      name: 'old.csv',
      importedAt: '2025-01-01',
      observations: [{ series: 'gone', period: '2024-01', value: 1 }],
    };
    const good = {
      id: 'f2',
      name: 'good.csv',
      importedAt: '2025-01-02',
      observations: [{ series: 'revenue', period: '2024-01', value: 1 }],
    };
    store.setItem(OBSERVATIONS_KEY, JSON.stringify({ version: 1, files: [damaged, good] }));
    const imported = new ImportedObservations(KNOWN, store);
    expect(imported.files.map((f) => [f.name, f.damaged !== ''])).toEqual([
      ['old.csv', true],
      ['good.csv', false],
    ]);
    expect(imported.files[0].damaged).toMatch(/^row 1: series must be one of the model's series/);
    imported.importText('new.csv', CSV);
    const stored = JSON.parse(store.getItem(OBSERVATIONS_KEY) ?? '{}');
    expect(stored.files[0]).toEqual(damaged);
    expect(stored.files).toHaveLength(3);
  });

  it('keeps storage it cannot read at all as one damaged entry, until the reader removes it', () => {
    const store = memoryStore();
    store.setItem(OBSERVATIONS_KEY, '{not json');
    const files = loadImported(KNOWN, store);
    expect(files).toHaveLength(1);
    expect(files[0].damaged).toMatch(/^not the stored format/);
    const imported = new ImportedObservations(KNOWN, store);
    imported.importText('new.csv', CSV);
    // The unreadable text is still stored, beside the new file.
    expect(store.getItem(OBSERVATIONS_KEY)).toContain('{not json');
    expect(new ImportedObservations(KNOWN, store).files.map((f) => f.damaged === '')).toEqual([false, true]);
    imported.remove(imported.files[0].id);
    expect(store.getItem(OBSERVATIONS_KEY)).not.toContain('{not json');
  });
});
