import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BucketStores } from '../../src/uncertainty/bucket-stores';

/** Every store's counts by key, read off the arena. */
function contents(stores: BucketStores): Map<number, number>[] {
  return Array.from({ length: stores.stores }, (_, s) => {
    const m = new Map<number, number>();
    for (let i = 0; i < stores.size[s]; i++) {
      const count = stores.counts[stores.at[s] + i];
      if (count > 0) m.set(stores.lo[s] + i, count);
    }
    return m;
  });
}

describe('BucketStores: many stores in one arena', () => {
  it('keeps every count however stores widen, and the arena is packed in place or reallocated (fast-check)', () => {
    const add = fc.record({
      store: fc.integer({ min: 0, max: 5 }),
      key: fc.integer({ min: 0, max: 3000 }),
      count: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(
        fc.array(add, { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 64 }),
        (adds, first) => {
          // A tiny first arena: it fills again and again, freeing ranges left behind or growing.
          const stores = new BucketStores(6, first);
          const expected = Array.from({ length: 6 }, () => new Map<number, number>());
          for (const { store, key, count } of adds) {
            stores.add(store, key, count);
            expected[store].set(key, (expected[store].get(key) ?? 0) + count);
          }
          const got = contents(stores);
          for (let s = 0; s < 6; s++) {
            expect(new Map([...got[s]].sort((a, b) => a[0] - b[0]))).toEqual(
              new Map([...expected[s]].sort((a, b) => a[0] - b[0])),
            );
            expect(stores.filled[s]).toBe(expected[s].size);
          }
          // The stores never overlap in the arena.
          const ranges = Array.from({ length: 6 }, (_, s) => [stores.at[s], stores.at[s] + stores.size[s]])
            .filter(([a, b]) => b > a)
            .sort((x, y) => x[0] - y[0]);
          for (let i = 1; i < ranges.length; i++)
            expect(ranges[i][0]).toBeGreaterThanOrEqual(ranges[i - 1][1]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('packs in place when the ranges left behind free enough, without a new arena', () => {
    const stores = new BucketStores(4, 1300);
    const arena = stores.counts;
    // Four stores of 129 buckets (key 1000 ± 64), then each widens to 199, leaving its first
    // range behind: the fourth widening finds the arena full, 726 + 199 buckets live of 1,300.
    for (let s = 0; s < 4; s++) stores.add(s, 1000, s + 1);
    const firstAt = stores.at[0];
    for (let s = 0; s < 4; s++) stores.add(s, 1070, 10);
    expect(stores.counts).toBe(arena);
    expect(stores.at[0]).toBeLessThan(firstAt + 4 * 129);
    for (let s = 0; s < 4; s++) {
      expect(stores.size[s]).toBe(199);
      expect(stores.counts[stores.at[s] + 1000 - stores.lo[s]]).toBe(s + 1);
      expect(stores.counts[stores.at[s] + 1070 - stores.lo[s]]).toBe(10);
      expect(stores.filled[s]).toBe(2);
    }
    // Nothing but the two keys in each store: the ranges taken after the packing started empty.
    const live = contents(stores).map((m) => [...m.values()].reduce((a, b) => a + b, 0));
    expect(live).toEqual([11, 12, 13, 14]);
  });
});
