// Saved-scenario storage, in Node with an in-memory Storage.
import { describe, expect, it } from 'vitest';
import {
  listSaved,
  readSavedEntry,
  renameSaved,
  SAVED_PREFIX,
  saveScenario,
} from '../../web/state/saved-scenarios';
import { memoryStorage } from '../support/memory-storage';

describe('saved entries', () => {
  it('accept a well-formed entry and describe every damaged one', () => {
    const ok = readSavedEntry(
      'a',
      JSON.stringify({ version: 1, savedAt: 'x', scenario: { name: 'a', parameters: {} } }),
    );
    expect(ok.ok).toBe(true);
    const reasons = [
      '{',
      '[]',
      '{"version":2,"scenario":{}}',
      '{"version":1}',
      '{"version":1,"scenario":{"parameters":3}}',
    ].map((text) => readSavedEntry('b', text));
    expect(reasons.map((r) => r.ok)).toEqual([false, false, false, false, false]);
  });

  it('never rename onto another entry without `replace`, and move the stored text unchanged', () => {
    const store = memoryStorage();
    saveScenario('A', { name: 'A', parameters: { elasticity: 0.4 } }, 't1', store);
    saveScenario('B', { name: 'B', parameters: { elasticity: 2.6 } }, 't2', store);
    const a = store.getItem(`${SAVED_PREFIX}A`);
    const b = store.getItem(`${SAVED_PREFIX}B`);
    expect(renameSaved('A', 'B', {}, store)).toBe('exists');
    expect(store.getItem(`${SAVED_PREFIX}A`)).toBe(a);
    expect(store.getItem(`${SAVED_PREFIX}B`)).toBe(b);
    expect(renameSaved('A', 'A', {}, store)).toBeNull();
    expect(renameSaved('A', 'C', {}, store)).toBeNull();
    expect(store.getItem(`${SAVED_PREFIX}C`)).toBe(a);
    expect(renameSaved('C', 'B', { replace: true }, store)).toBeNull();
    expect(listSaved(store).map((e) => e.name)).toEqual(['B']);
    expect(store.getItem(`${SAVED_PREFIX}B`)).toBe(a);
  });
});
