/**
 * The bucket counts of many stores (one per sign of each histogram cell) in ONE array.
 *
 * Why one array: every band of a run is ~5,800 stores that grow to ~35 MB of counts. As a typed
 * array each, they were ~5,800 objects and tens of thousands of ArrayBuffers over a run (a store
 * is copied as it widens), and V8 answered that external memory with full garbage collections,
 * marking the heap on its helper threads — CPU time that a thread pool using every core pays in
 * wall time. Here a store is a range of one arena: widening it takes a new range at the arena's
 * end; when the arena is full the stores are packed down over the ranges left behind, in place,
 * and a new arena (twice the live stores) is made only when that would not free a quarter of it:
 * a logarithmic number of times. The counts are the same as with one array a store.
 */

/**
 * Buckets added beyond a new key when a store grows: at least a quarter of a binade (of 256
 * buckets), and half the store's length, so a store that keeps widening is copied a logarithmic
 * number of times.
 */
const GROW_MARGIN = 64;
/**
 * The arena's first length: four binades for each store (1,024 buckets; a store of every band ends
 * a 20,000-sample run at ~2,000), at least 2^16. Fewer reallocations as it fills, each of which V8
 * counts as external memory towards its next full collection (5 -> 4 in a 5,000-sample run).
 */
const FIRST_PER_STORE = 1024;
const FIRST_ARENA = 1 << 16;

/**
 * The arena of stores that are done (`release`), for the next ones made in this thread, with the
 * extent it was used to (zeroed when taken). A Monte Carlo run makes new histograms on every thread;
 * reusing the last run's arena spares V8 tens of MB of new external memory a run.
 */
let spare: { counts: Uint32Array; used: number } | null = null;

export class BucketStores {
  /** All counts; store s holds keys lo[s] … lo[s] + size[s] − 1 at counts[at[s]] … (moves when the arena is packed). */
  counts: Uint32Array;
  readonly lo: Int32Array;
  readonly at: Int32Array;
  readonly size: Int32Array;
  /** Buckets holding a count, per store: a snapshot's size, known without a pass over a wide store. */
  readonly filled: Int32Array;
  /** Arena entries handed out (live ranges and ranges left behind by a store that grew). */
  private used = 0;

  /** `firstLength`: the arena's first length (tests make it small, so that it fills). */
  constructor(
    readonly stores: number,
    firstLength = Math.max(FIRST_ARENA, stores * FIRST_PER_STORE),
  ) {
    this.lo = new Int32Array(stores);
    this.at = new Int32Array(stores);
    this.size = new Int32Array(stores);
    this.filled = new Int32Array(stores);
    const reused = spare && spare.counts.length >= firstLength ? spare : null;
    if (reused) {
      spare = null;
      reused.counts.fill(0, 0, reused.used);
    }
    this.counts = reused ? reused.counts : new Uint32Array(firstLength);
  }

  /** Hands the arena to the next stores made in this thread; these stores hold nothing afterwards. */
  release(): void {
    if (!spare || this.counts.length > spare.counts.length) spare = { counts: this.counts, used: this.used };
    this.counts = new Uint32Array(0);
    this.used = 0;
    this.size.fill(0);
    this.filled.fill(0);
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
    if (this.used + length > this.counts.length) this.pack(length);
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

  /**
   * Makes room for `more` entries: the stores moved down over the ranges left behind, in place,
   * when that leaves a quarter of the arena free; else into a new arena twice the live stores' size. In place, a long run's widening stores cost no new memory: every new arena is external
   * memory to V8, which it answers with a full garbage collection when enough has been allocated.
   */
  private pack(more: number): void {
    const live = this.buckets;
    if (4 * (live + more) <= 3 * this.counts.length) {
      // By position: a store only ever moves down, onto entries already moved or left behind.
      const order = Array.from({ length: this.stores }, (_, s) => s)
        .filter((s) => this.size[s] > 0)
        .sort((a, b) => this.at[a] - this.at[b]);
      let at = 0;
      for (const s of order) {
        const n = this.size[s];
        if (this.at[s] !== at) this.counts.copyWithin(at, this.at[s], this.at[s] + n);
        this.at[s] = at;
        at += n;
      }
      // What lies beyond the stores must be zeros again (a range taken there starts empty).
      this.counts.fill(0, at, this.used);
      this.used = at;
      return;
    }
    const counts = new Uint32Array(2 * (live + more));
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
