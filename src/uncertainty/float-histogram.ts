/**
 * Quantiles of many cells at once (a cell = one series in one month) in memory that does not grow
 * with the number of samples, and that MERGE EXACTLY: parallel Monte Carlo gives each thread its
 * own histograms and adds them up, and the bands must not depend on how the samples were split.
 *
 * Method: a histogram on a fixed grid of relative width, keyed by the bits of the double itself
 * (the idea of HdrHistogram and DDSketch). A value's bucket is its sign, its exponent and the top
 * `MANTISSA_BITS` (m) bits of its mantissa — an integer shift of the IEEE-754 high word, no log.
 * The grid is the same in every thread and every run, so counts add up whatever the order, and a
 * cell's store only grows to the range of keys it has seen (the range is memory layout, not
 * meaning: it never changes a result).
 *
 * Error bound (tested against exact quantiles in test/uncertainty/float-histogram.test.ts): the
 * estimate of an order statistic x is the midpoint of x's bucket, within
 *     |x̂ − x| ≤ α·|x|,   α = 2^−(m+1) = 2^−9 ≈ 0.195 %,
 * for every normal double (|x| ≥ 2^−1022; smaller magnitudes are reported as 0, an absolute error
 * below 2^−1022). Quantiles interpolate two order statistics as `quantileOfSorted` does (type 7),
 * so a quantile q between x_k and x_{k+1} is estimated within α·max(|x_k|, |x_{k+1}|), and is
 * clamped to the exact min and max of the cell (kept on the side), so a constant cell is exact.
 * For comparison, the sampling error of a p5 or a p95 of 20,000 samples is ~1.5 % of σ.
 *
 * Values wait in a block of up to 256 samples and are binned cell by cell: a cell's buckets are
 * read into cache once for all its waiting values, where binning each value as it comes would jump
 * across every cell's buckets for every sample. (Every band of a 20,000-sample run is ~2,900 cells
 * of ~2,000 buckets: 35 MB of counts, far beyond the caches, so the counts' cache misses are the
 * cost. A block of 64 samples paid about one miss a value; 256 pay a fraction, and the block's own
 * memory is read and written in order.) The block is cut into tiles of 32 cells, sample-major inside
 * a tile: a row of cells is written as a run of neighbouring doubles, and a cell's waiting values,
 * 32 doubles apart, are read from a tile that fits in the cache.
 * NaN is counted apart (left out of the quantiles); ±Infinity has buckets of its own.
 */
import { BucketStores } from './bucket-stores';
import { QUANTILE_KEYS, QUANTILE_LEVELS, type QuantileBands } from './quantiles';

/** Mantissa bits kept in a bucket key (m). */
const MANTISSA_BITS = 8;
/** Relative error bound of an order statistic: half a bucket's relative width, 2^−(m+1). */
export const RELATIVE_ERROR = 2 ** -(MANTISSA_BITS + 1);
/** The high word holds 1 sign bit, 11 exponent bits and 20 mantissa bits: drop the low 20 − m. */
const SHIFT = 20 - MANTISSA_BITS;
/** Keys below this have a zero exponent field (|v| < 2^−1022): reported as 0. */
const TINY_KEYS = 1 << MANTISSA_BITS;
/** Cells in a tile of the waiting block (2^TILE_BITS), and samples a block holds at most. */
const TILE_BITS = 5;
const TILE = 1 << TILE_BITS;
const MAX_BLOCK = 256;
/** Doubles the waiting block may take (16 MB); many cells wait fewer samples (never below 16). */
const BLOCK_DOUBLES = 1 << 21;

// Scratch views of one double: its high word (sign, exponent, top of the mantissa) and low word.
const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

/** The bucket key of a finite v ≠ 0: of |v|, ascending with |v|. */
export function bucketKey(v: number): number {
  F64[0] = v;
  return (I32[HIGH] & 0x7fffffff) >>> SHIFT;
}

/** The midpoint of bucket `key` (of magnitudes); 0 for the tiny keys. */
export function bucketMidpoint(key: number): number {
  if (key < TINY_KEYS) return 0;
  I32[LOW] = 0;
  I32[HIGH] = key << SHIFT;
  const low = F64[0];
  I32[HIGH] = (key + 1) << SHIFT;
  const high = F64[0];
  return low + (high - low) / 2;
}

/** Per-cell special counts, in this order. */
const ZERO = 0;
const NAN = 1;
const POS_INF = 2;
const NEG_INF = 3;
const SPECIALS = 4;

/**
 * The histograms of all cells as plain arrays: what a thread sends to be merged. Sparse: only the
 * buckets holding a count, because a cell's values over a run span several binades (256 buckets
 * each) while a short run fills few of them — 128 samples of the app's five series fill ~60,000 of
 * ~740,000 buckets, and the page merges and reads these on its own thread.
 */
export interface HistogramSnapshot {
  cells: number;
  /** Samples added (every cell gets one value per sample). */
  samples: number;
  /**
   * Store s (2·cell: the cell's positive values, 2·cell + 1: its negative ones) holds entries
   * starts[s] … starts[s + 1] − 1 of `keys` and `counts`; 2·cells + 1 entries.
   */
  starts: Int32Array;
  /** Bucket keys (of magnitudes) holding a count, ascending within a store. */
  keys: Int32Array;
  counts: Uint32Array;
  /** Per cell: zeros, NaN, +∞, −∞. */
  specials: Uint32Array;
  min: Float64Array;
  max: Float64Array;
}

/** The waiting block of histograms that are done (`release`), for the next ones made in this thread. */
let spareBlock: Float64Array | null = null;

export class FloatHistograms {
  readonly cells: number;
  private count = 0;
  /** Store 2·cell counts the cell's positive values, 2·cell + 1 its negative ones (by magnitude). */
  private readonly stores: BucketStores;
  private readonly specials: Uint32Array;
  private readonly minimum: Float64Array;
  private readonly maximum: Float64Array;
  /**
   * Values waiting, `pending` samples of every cell: tile t (cells 32t … 32t + 31) holds samples
   * 0 … blockSamples − 1 from t·32·blockSamples, 32 doubles a sample. `words` reads their high words.
   * Made for the first row: histograms that only add up others' never need it.
   */
  private block: Float64Array = new Float64Array(0);
  private words: Int32Array = new Int32Array(0);
  private readonly blockSamples: number;
  private pending = 0;
  private released = false;

  constructor(cells: number) {
    this.cells = cells;
    this.stores = new BucketStores(2 * cells);
    this.specials = new Uint32Array(cells * SPECIALS);
    this.minimum = new Float64Array(cells).fill(Number.POSITIVE_INFINITY);
    this.maximum = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);
    const tileCells = Math.ceil(cells / TILE) * TILE;
    let blockSamples = MAX_BLOCK;
    while (blockSamples > 16 && tileCells * blockSamples > BLOCK_DOUBLES) blockSamples >>= 1;
    this.blockSamples = blockSamples;
  }

  /** Samples added so far. */
  get samples(): number {
    return this.count;
  }

  /** Buckets held by every cell's stores: the memory, which grows with the values' range only. */
  get buckets(): number {
    return this.stores.buckets;
  }

  /**
   * Adds values[0 … length) to cells offset … offset + length. Call it for every cell once per
   * sample, then `endSample()`.
   */
  addRow(offset: number, values: ArrayLike<number>, length: number): void {
    if (this.block.length === 0) {
      if (this.released) throw new Error('histograms: used after release()');
      // A block from histograms that are done serves as it is: only slots written since are read.
      const length = Math.ceil(this.cells / TILE) * TILE * this.blockSamples;
      const reused = spareBlock && spareBlock.length >= length ? spareBlock : null;
      if (reused) spareBlock = null;
      this.block = reused ?? new Float64Array(length);
      this.words = new Int32Array(this.block.buffer, this.block.byteOffset, this.block.length * 2);
    }
    const { block, blockSamples } = this;
    const slot = this.pending * TILE;
    let i = 0;
    while (i < length) {
      const cell = offset + i;
      const inTile = cell & (TILE - 1);
      const at = (cell - inTile) * blockSamples + slot + inTile - i;
      const end = Math.min(length, i + TILE - inTile);
      for (; i < end; i++) block[at + i] = values[i];
    }
  }

  /** Marks the end of one sample (one value added to every cell). */
  endSample(): void {
    this.count++;
    if (++this.pending === this.blockSamples) this.flush();
  }

  /**
   * Bins every waiting value, one cell at a time: first its extremes (the store grows once, to the
   * keys of its smallest and largest positive value), then its positive values into the store.
   */
  private flush(): void {
    if (this.released) throw new Error('histograms: used after release()');
    const n = this.pending;
    if (n === 0) return;
    const { block, words, minimum, maximum, blockSamples } = this;
    for (let cell = 0; cell < this.cells; cell++) {
      const inTile = cell & (TILE - 1);
      const first = (cell - inTile) * blockSamples + inTile;
      const end = first + n * TILE;
      let low = minimum[cell];
      let high = maximum[cell];
      let lowPositive = Number.POSITIVE_INFINITY;
      let highPositive = 0;
      let others = 0;
      for (let k = first; k < end; k += TILE) {
        const v = block[k];
        if (v < low) low = v;
        if (v > high) high = v;
        if (v > 0 && v < Number.POSITIVE_INFINITY) {
          if (v < lowPositive) lowPositive = v;
          if (v > highPositive) highPositive = v;
        } else others++;
      }
      // −0 and 0 are one value: +0 always, so extremes never depend on which came first.
      minimum[cell] = low === 0 ? 0 : low;
      maximum[cell] = high === 0 ? 0 : high;
      if (highPositive > 0) {
        const { stores } = this;
        const s = 2 * cell;
        stores.grow(s, bucketKey(lowPositive), bucketKey(highPositive));
        const counts = stores.counts;
        // Key k's count is at base + k; a positive double's high word has no sign bit, so its key
        // is the shifted word.
        const base = stores.at[s] - stores.lo[s];
        let filled = 0;
        for (let k = first; k < end; k += TILE) {
          const v = block[k];
          if (v > 0 && v < Number.POSITIVE_INFINITY) {
            if (counts[base + (words[2 * k + HIGH] >>> SHIFT)]++ === 0) filled++;
          }
        }
        stores.filled[s] += filled;
      }
      if (others > 0) {
        for (let k = first; k < end; k += TILE) {
          const v = block[k];
          if (!(v > 0 && v < Number.POSITIVE_INFINITY)) this.addOther(cell, v);
        }
      }
    }
    this.pending = 0;
  }

  /** Zero, negative, infinite or NaN (positive finite values are binned in `flush`). */
  private addOther(cell: number, v: number): void {
    const s = cell * SPECIALS;
    if (v === 0) this.specials[s + ZERO]++;
    else if (v < 0 && v > Number.NEGATIVE_INFINITY) this.stores.add(2 * cell + 1, bucketKey(v), 1);
    else if (v === Number.POSITIVE_INFINITY) this.specials[s + POS_INF]++;
    else if (v === Number.NEGATIVE_INFINITY) this.specials[s + NEG_INF]++;
    else this.specials[s + NAN]++;
  }

  /**
   * Hands the block and the counts' arena to the next histograms made in this thread (call it once
   * these are snapshot and dropped); using these afterwards throws.
   */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (!spareBlock || this.block.length > spareBlock.length) spareBlock = this.block;
    this.block = new Float64Array(0);
    this.words = new Int32Array(0);
    this.stores.release();
  }

  /** The histograms as sparse typed arrays (for postMessage, with their buffers transferred). */
  snapshot(): HistogramSnapshot {
    this.flush();
    const { stores } = this;
    const starts = new Int32Array(stores.stores + 1);
    let total = 0;
    for (let s = 0; s < stores.stores; s++) total += stores.filled[s];
    const keys = new Int32Array(total);
    const counts = new Uint32Array(total);
    const mine = stores.counts;
    let at = 0;
    for (let s = 0; s < stores.stores; s++) {
      starts[s] = at;
      // Up to the last filled bucket: the store's margin beyond it is zeros.
      const end = at + stores.filled[s];
      const base = stores.at[s] - stores.lo[s];
      for (let i = stores.at[s]; at < end; i++) {
        if (mine[i] === 0) continue;
        keys[at] = i - base;
        counts[at++] = mine[i];
      }
    }
    starts[stores.stores] = at;
    return {
      cells: this.cells,
      samples: this.count,
      starts,
      keys,
      counts,
      specials: this.specials.slice(),
      min: this.minimum.slice(),
      max: this.maximum.slice(),
    };
  }

  /** Adds another histogram's counts (of the same cells): the order of merges never matters. */
  merge(other: HistogramSnapshot): void {
    checkSameCells(other.cells, this.cells);
    this.flush();
    for (let cell = 0; cell < this.cells; cell++) {
      for (let j = 0; j < 2; j++) {
        const from = other.starts[2 * cell + j];
        const to = other.starts[2 * cell + j + 1];
        if (from === to) continue;
        const { stores } = this;
        const s = 2 * cell + j;
        stores.grow(s, other.keys[from], other.keys[to - 1]);
        const counts = stores.counts;
        const base = stores.at[s] - stores.lo[s];
        for (let i = from; i < to; i++) {
          const at = base + other.keys[i];
          if (counts[at] === 0) stores.filled[s]++;
          counts[at] += other.counts[i];
        }
      }
      for (let s = 0; s < SPECIALS; s++)
        this.specials[cell * SPECIALS + s] += other.specials[cell * SPECIALS + s];
      if (other.min[cell] < this.minimum[cell]) this.minimum[cell] = other.min[cell];
      if (other.max[cell] > this.maximum[cell]) this.maximum[cell] = other.max[cell];
    }
    this.count += other.samples;
  }

  /** Quantile `p` of one cell, in the unit of its values; NaN if the cell holds no number. */
  quantile(cell: number, p: number): number {
    return this.quantilesOf(cell, [p])[0];
  }

  /**
   * Quantiles at ascending `levels` of one cell (type 7: position p·(n − 1) between order
   * statistics), in one walk over its buckets from the most negative value up.
   */
  quantilesOf(cell: number, levels: readonly number[]): number[] {
    this.flush();
    const { lo, at, size, counts } = this.stores;
    // Dense buckets: entry i of the arena is key (lo − at) + i within its store's range.
    const dense = (s: number): Buckets => ({
      keys: null,
      lo: lo[s] - at[s],
      counts,
      from: at[s],
      to: at[s] + size[s],
    });
    const walk = new OrderWalk(dense(2 * cell + 1), dense(2 * cell), this.specials, cell * SPECIALS);
    return walkQuantiles(walk, this.count, this.minimum[cell], this.maximum[cell], levels);
  }

  /** p5 … p95 bands for cells offset … offset + length (one series' months). */
  bands(offset: number, length: number): QuantileBands {
    return bandsOf(offset, length, (cell, levels) => this.quantilesOf(cell, levels));
  }
}

function checkSameCells(other: number, mine: number): void {
  if (other !== mine) throw new Error(`histograms: cannot merge ${other} cells into ${mine}`);
}

/**
 * Two snapshots added up, as a snapshot: each store's keys merged in ascending order. The counts
 * per key are sums, so the result does not depend on the order of merges. Costs the buckets that
 * hold a count, not the range they span: how the page puts its workers' histograms together.
 */
export function mergeSnapshots(a: HistogramSnapshot, b: HistogramSnapshot): HistogramSnapshot {
  checkSameCells(b.cells, a.cells);
  const stores = 2 * a.cells;
  const starts = new Int32Array(stores + 1);
  const bound = a.keys.length + b.keys.length;
  let keys = new Int32Array(bound);
  let counts = new Uint32Array(bound);
  let at = 0;
  for (let s = 0; s < stores; s++) {
    starts[s] = at;
    let i = a.starts[s];
    let j = b.starts[s];
    const iEnd = a.starts[s + 1];
    const jEnd = b.starts[s + 1];
    while (i < iEnd && j < jEnd) {
      const ka = a.keys[i];
      const kb = b.keys[j];
      if (ka < kb) {
        keys[at] = ka;
        counts[at++] = a.counts[i++];
      } else if (kb < ka) {
        keys[at] = kb;
        counts[at++] = b.counts[j++];
      } else {
        keys[at] = ka;
        counts[at++] = a.counts[i++] + b.counts[j++];
      }
    }
    for (; i < iEnd; i++) {
      keys[at] = a.keys[i];
      counts[at++] = a.counts[i];
    }
    for (; j < jEnd; j++) {
      keys[at] = b.keys[j];
      counts[at++] = b.counts[j];
    }
  }
  starts[stores] = at;
  if (at < bound) {
    keys = keys.slice(0, at);
    counts = counts.slice(0, at);
  }
  const specials = a.specials.slice();
  for (let k = 0; k < specials.length; k++) specials[k] += b.specials[k];
  const min = a.min.slice();
  const max = a.max.slice();
  for (let c = 0; c < a.cells; c++) {
    if (b.min[c] < min[c]) min[c] = b.min[c];
    if (b.max[c] > max[c]) max[c] = b.max[c];
  }
  return { cells: a.cells, samples: a.samples + b.samples, starts, keys, counts, specials, min, max };
}

/** Quantiles at ascending `levels` of one cell of a snapshot: the same numbers as `quantilesOf`. */
export function snapshotQuantiles(
  snapshot: HistogramSnapshot,
  cell: number,
  levels: readonly number[],
): number[] {
  const { starts, keys, counts } = snapshot;
  const walk = new OrderWalk(
    { keys, lo: 0, counts, from: starts[2 * cell + 1], to: starts[2 * cell + 2] },
    { keys, lo: 0, counts, from: starts[2 * cell], to: starts[2 * cell + 1] },
    snapshot.specials,
    cell * SPECIALS,
  );
  return walkQuantiles(walk, snapshot.samples, snapshot.min[cell], snapshot.max[cell], levels);
}

/** p5 … p95 bands for cells offset … offset + length of a snapshot (one series' months). */
export function snapshotBands(snapshot: HistogramSnapshot, offset: number, length: number): QuantileBands {
  return bandsOf(offset, length, (cell, levels) => snapshotQuantiles(snapshot, cell, levels));
}

function bandsOf(
  offset: number,
  length: number,
  quantilesOf: (cell: number, levels: readonly number[]) => number[],
): QuantileBands {
  const levels = QUANTILE_KEYS.map((key) => QUANTILE_LEVELS[key]);
  const result = {} as QuantileBands;
  for (const key of QUANTILE_KEYS) result[key] = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const values = quantilesOf(offset + i, levels);
    QUANTILE_KEYS.forEach((key, k) => {
      result[key][i] = values[k];
    });
  }
  return result;
}

/** Type-7 quantiles at ascending `levels` of a cell of `samples` values, from its order statistics. */
function walkQuantiles(
  walk: OrderWalk,
  samples: number,
  lo: number,
  hi: number,
  levels: readonly number[],
): number[] {
  const n = samples - walk.nan;
  if (n === 0) return levels.map(() => Number.NaN);
  walk.start(n, lo, hi);
  const clamp = (v: number) => Math.min(Math.max(v, lo), hi);
  return levels.map((p) => {
    const h = p * (n - 1);
    const k = Math.floor(h);
    const xk = walk.valueAt(k);
    if (h === k || k + 1 >= n) return clamp(xk);
    const xk1 = walk.valueAt(k + 1);
    return clamp(xk + (h - k) * (xk1 - xk));
  });
}

/**
 * The buckets of one sign of one cell, dense (an arena range: entry i is key lo + i, `keys` null) or
 * sparse (a snapshot: entry i is key keys[i]), entries from … to − 1 in ascending key order.
 */
interface Buckets {
  keys: Int32Array | null;
  lo: number;
  counts: Uint32Array;
  from: number;
  to: number;
}

/**
 * The estimated order statistics of one cell, for ranks asked in ascending order: −∞, negative
 * buckets from the largest magnitude down, zeros, positive buckets up, +∞. The smallest and the
 * largest rank are the exact min and max.
 */
class OrderWalk {
  /** Segment being walked (0 −∞, 1 negatives, 2 zeros, 3 positives, 4 +∞), index in it, ranks before it. */
  private segment = 0;
  private index = 0;
  private before = 0;
  private n = 0;
  private min = 0;
  private max = 0;

  constructor(
    private readonly neg: Buckets,
    private readonly pos: Buckets,
    private readonly specials: Uint32Array,
    private readonly s: number,
  ) {}

  /** NaN values of the cell (left out of the ranks). */
  get nan(): number {
    return this.specials[this.s + NAN];
  }

  /** Sets the count of ranked values and the exact extremes. */
  start(n: number, min: number, max: number): void {
    this.n = n;
    this.min = min;
    this.max = max;
  }

  /** The estimate of the order statistic of rank k (0-based); cheapest when ranks are asked in ascending order. */
  valueAt(k: number): number {
    if (k <= 0) return this.min;
    if (k >= this.n - 1) return this.max;
    if (k < this.before) {
      // Two close levels may ask for a rank already passed: start again.
      this.segment = 0;
      this.index = 0;
      this.before = 0;
    }
    const { specials, s } = this;
    for (; this.segment <= 4; this.segment++, this.index = 0) {
      if (this.segment === 1 || this.segment === 3) {
        const negative = this.segment === 1;
        const { keys, lo, counts, from, to } = negative ? this.neg : this.pos;
        const length = to - from;
        // Negatives from the largest magnitude (the end of the store) down.
        for (; this.index < length; this.index++) {
          const i = negative ? to - 1 - this.index : from + this.index;
          const count = counts[i];
          if (k < this.before + count) {
            const mid = bucketMidpoint(keys === null ? lo + i : keys[i]);
            return negative ? -mid : mid;
          }
          this.before += count;
        }
        continue;
      }
      const special = this.segment === 0 ? NEG_INF : this.segment === 2 ? ZERO : POS_INF;
      const count = specials[s + special];
      if (k < this.before + count) {
        return this.segment === 0
          ? Number.NEGATIVE_INFINITY
          : this.segment === 2
            ? 0
            : Number.POSITIVE_INFINITY;
      }
      this.before += count;
    }
    return Number.NaN;
  }
}
