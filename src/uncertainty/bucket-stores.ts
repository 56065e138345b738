/**
 * The bucket counts of many stores (one per sign of each histogram cell) in ONE array.
 *
 * Why one array: every band of a run is ~5,800 stores that grow to ~35 MB of counts. As a typed
 * array each, they were ~5,800 objects and tens of thousands of ArrayBuffers over a run (a store
 * is copied as it widens), and V8 answered that external memory with full garbage collections,
 * marking the heap on its helper threads — CPU time that a thread pool using every core pays in
 * wall time. Here a store is a range of one arena: widening it takes a new range at the arena's
 * end, and the arena itself is reallocated (the stores packed into it) only when full, a
 * logarithmic number of times. The counts are the same as with one array a store.
 */

/**
 * Buckets added beyond a new key when a store grows: at least a quarter of a binade (of 256
 * buckets), and half the store's length, so a store that keeps widening is copied a logarithmic
 * number of times.
 */
const GROW_MARGIN = 64;
/** The arena's first length (buckets); it doubles as needed. */
const FIRST_ARENA = 1 << 16;

export class BucketStores {
  /** All counts; store s holds keys lo[s] … lo[s] + size[s] − 1 at counts[at[s]] … (moves when the arena is reallocated). */
  counts = new Uint32Array(FIRST_ARENA);
  readonly lo: Int32Array;
  readonly at: Int32Array;
  readonly size: Int32Array;
  /** Buckets holding a count, per store: a snapshot's size, known without a pass over a wide store. */
  readonly filled: Int32Array;
  /** Arena entries handed out (live ranges and ranges left behind by a store that grew). */
  private used = 0;

  constructor(readonly stores: number) {
    this.lo = new Int32Array(stores);
    this.at = new Int32Array(stores);
    this.size = new Int32Array(stores);
    this.filled = new Int32Array(stores);
  }

  /** Buckets held by every store (not counting ranges left behind). */
  get buckets(): number {
    let total = 0;
    for (let s = 0; s < this.stores; s++) total += this.size[s];
    return total;
  }

  /**
   * Makes room in store s for keys from ≤ `from` to ≥ `to` (with a margin on the side it grows).
   * May move every store: read `counts` and `at` again afterwards.
   */
  grow(s: number, from: number, to = from): void {
    const n = this.size[s];
    const margin = Math.max(GROW_MARGIN, n >> 1);
    let lo: number;
    let hi: number;
    if (n === 0) {
      lo = Math.max(0, from - margin);
      hi = to + margin;
    } else {
      const hiNow = this.lo[s] + n - 1;
      if (from >= this.lo[s] && to <= hiNow) return;
      lo = from < this.lo[s] ? Math.max(0, from - margin) : this.lo[s];
      hi = to > hiNow ? to + margin : hiNow;
    }
    const length = hi + 1 - lo;
    if (this.used + length > this.counts.length) this.repack(length);
    const at = this.used;
    this.used += length;
    // The arena beyond `used` is zeros: copy the old counts into place, the margins stay 0.
    if (n > 0) this.counts.copyWithin(at + (this.lo[s] - lo), this.at[s], this.at[s] + n);
    this.lo[s] = lo;
    this.at[s] = at;
    this.size[s] = length;
  }

  /** Adds `count` to bucket `key` of store s. */
  add(s: number, key: number, count: number): void {
    if (this.size[s] === 0 || key < this.lo[s] || key >= this.lo[s] + this.size[s]) this.grow(s, key);
    const i = this.at[s] + key - this.lo[s];
    if (this.counts[i] === 0) this.filled[s]++;
    this.counts[i] += count;
  }

  /** A new arena with every store packed from its start and room for `more` entries (at least twice the live ones). */
  private repack(more: number): void {
    const live = this.buckets;
    const counts = new Uint32Array(Math.max(2 * (live + more), this.counts.length));
    let at = 0;
    for (let s = 0; s < this.stores; s++) {
      const n = this.size[s];
      if (n === 0) continue;
      counts.set(this.counts.subarray(this.at[s], this.at[s] + n), at);
      this.at[s] = at;
      at += n;
    }
    this.counts = counts;
    this.used = at;
  }
}
