/**
 * The Sobol low-discrepancy sequence (base 2, 32-bit), with Joe–Kuo direction numbers, computed by
 * index: point n is the XOR of the direction numbers at the set bits of n's Gray code, so any
 * thread can make any point without the ones before it. Integer arithmetic only: the same points
 * in Node, in the browser and in a worker.
 *
 * A digital shift (each coordinate XOR a seeded 32-bit word) randomises the points while keeping
 * their stratification (a digitally shifted net is still a net; Owen 2003): point 0 is no longer
 * the corner (0, …, 0), whose inverse CDF would be a distribution's −∞, and the seed sets the
 * design. Coordinates are returned as (X + 0.5)/2^32, strictly inside (0, 1), as the PRNG's are.
 */
import { JOE_KUO_LINES } from './joe-kuo';
import { createStreamPrng } from './prng';

/** Dimensions the direction-number table covers. */
export const MAX_SOBOL_DIMENSIONS = 160;
const BITS = 32;
const TWO_POW_MINUS_32 = 2 ** -32;

let table: Uint32Array[] | null = null;

/** Direction numbers V[d][b] (b = 0 … 31, as 32-bit integers) of every dimension, built once. */
function directionNumbers(): Uint32Array[] {
  if (table) return table;
  const dims: Uint32Array[] = [];
  const first = new Uint32Array(BITS);
  for (let b = 0; b < BITS; b++) first[b] = 2 ** (BITS - 1 - b);
  dims.push(first);
  for (const line of JOE_KUO_LINES.trim().split('\n')) {
    const [, s, a, ...m] = line.trim().split(/\s+/).map(Number);
    // Joe and Kuo's recurrence (their sobol.cc), 1-based V_1 … V_32 stored at 0 … 31.
    const v = new Uint32Array(BITS);
    for (let i = 1; i <= Math.min(s, BITS); i++) v[i - 1] = (m[i - 1] * 2 ** (BITS - i)) >>> 0;
    for (let i = s + 1; i <= BITS; i++) {
      let x = v[i - s - 1] ^ (v[i - s - 1] >>> s);
      for (let k = 1; k <= s - 1; k++) if ((a >>> (s - 1 - k)) & 1) x ^= v[i - k - 1];
      v[i - 1] = x >>> 0;
    }
    dims.push(v);
  }
  table = dims;
  return dims;
}

export class SobolSequence {
  private readonly v: Uint32Array[];
  private readonly shift: Uint32Array;

  /**
   * The first `dimensions` coordinates of the sequence; `seed` draws the digital shift (none when
   * null: the plain sequence, as published).
   * @throws Error beyond MAX_SOBOL_DIMENSIONS.
   */
  constructor(
    readonly dimensions: number,
    seed: number | null,
  ) {
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_SOBOL_DIMENSIONS) {
      throw new Error(
        `sobol sequence: dimensions must be an integer from 1 to ${MAX_SOBOL_DIMENSIONS}, got ${dimensions}`,
      );
    }
    this.v = directionNumbers().slice(0, dimensions);
    this.shift = new Uint32Array(dimensions);
    if (seed !== null) {
      // A stream of its own, apart from any sample's (those are indices 0 … 10^7).
      const prng = createStreamPrng(seed, 0xfffffff0);
      for (let d = 0; d < dimensions; d++) this.shift[d] = prng.nextUint32();
    }
  }

  /** The 32-bit integer coordinates of point `index` (0 … 2^32 − 1), shifted, into `out`. */
  integers(index: number, out: Uint32Array): Uint32Array {
    const gray = (index ^ (index >>> 1)) >>> 0;
    for (let d = 0; d < this.dimensions; d++) {
      const v = this.v[d];
      let x = this.shift[d];
      for (let b = 0, g = gray; g !== 0; b++, g >>>= 1) if (g & 1) x ^= v[b];
      out[d] = x >>> 0;
    }
    return out;
  }

  /** Point `index` in (0, 1)^dimensions: coordinate (X + 0.5)/2^32. */
  point(
    index: number,
    out: Float64Array,
    scratch: Uint32Array = new Uint32Array(this.dimensions),
  ): Float64Array {
    this.integers(index, scratch);
    for (let d = 0; d < this.dimensions; d++) out[d] = (scratch[d] + 0.5) * TWO_POW_MINUS_32;
    return out;
  }
}
