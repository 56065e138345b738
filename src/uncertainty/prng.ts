/**
 * A seeded pseudo-random number generator: sfc32 (Chris Doty-Humphrey's "small fast counting"
 * generator, 128-bit state) seeded through splitmix32.
 *
 * Why this one: it uses only 32-bit integer arithmetic (`| 0`, `>>>`, `Math.imul`), which
 * JavaScript defines exactly, so the same seed gives the same stream in Node, in the browser and in
 * a Web Worker. It is reported to pass PractRand and TestU01's BigCrush, and costs a few
 * nanoseconds per draw.
 * Normal deviates come from the inverse normal CDF (`inverseNormalCdf`), one uniform each, so a
 * stream has no hidden cached state and Latin-hypercube designs can reuse the same code.
 */

import { inverseNormalCdf } from './normal';

const TWO_POW_MINUS_32 = 2 ** -32;
const TWO_POW_32 = 2 ** 32;

/** A deterministic stream of random numbers. */
export interface Prng {
  /** Next 32-bit unsigned integer, 0 … 2^32 − 1. */
  nextUint32(): number;
  /** Next uniform number strictly inside (0, 1): never 0 or 1, so inverse CDFs stay finite. */
  uniform(): number;
  /** Next standard normal deviate: Φ⁻¹ of one uniform (no cached second value, no rejection). */
  normal(): number;
}

/** Seeds must be whole numbers a script can write down and a URL can carry. */
export function validateSeed(seed: unknown, field = 'seed'): string | null {
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > Number.MAX_SAFE_INTEGER) {
    return `${field}: must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}, got ${JSON.stringify(seed)}`;
  }
  return null;
}

/** splitmix32 step: spreads a seed's bits so that seeds 1, 2, 3 give unrelated streams. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** sfc32 from four 32-bit words of state, warmed up. */
function sfc32(w0: number, w1: number, w2: number, w3: number): Prng {
  let a = w0 | 0;
  let b = w1 | 0;
  let c = w2 | 0;
  let d = w3 | 0;
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first draws: sfc32's state needs a few rounds to mix a low-entropy seed.
  for (let i = 0; i < 12; i++) nextUint32();
  // (k + 0.5) / 2^32 maps the 2^32 integers to the centres of equal cells of (0, 1).
  const uniform = () => (nextUint32() + 0.5) * TWO_POW_MINUS_32;
  return { nextUint32, uniform, normal: () => inverseNormalCdf(uniform()) };
}

/** Four words of state from a 32-bit key, as splitmix32 expands a seed. */
function expand(key: number): Prng {
  let s = key;
  const words = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    s = (s + 0x9e3779b9) | 0;
    words[i] = splitmix32(s);
  }
  return sfc32(words[0], words[1], words[2], words[3]);
}

/**
 * Creates an sfc32 stream from a seed (an integer 0 … 2^53 − 1).
 * Returns a `Prng`; `uniform()` yields numbers in (0, 1) with 32 bits of resolution.
 * @throws Error when the seed is not such an integer.
 */
export function createPrng(seed: number): Prng {
  const problem = validateSeed(seed);
  if (problem) throw new Error(problem);
  const low = (seed % TWO_POW_32) >>> 0;
  const high = Math.floor(seed / TWO_POW_32) >>> 0;
  return expand(low ^ Math.imul(high, 0x6c8e9cf5));
}

/**
 * The stream of one unit of work — stream `index` of `seed` (Monte Carlo sample `index`, a
 * bootstrap, a design's shift) — so that what a unit draws depends only on (seed, index), never on
 * which thread or chunk runs it or what ran before: parallel runs give the same numbers as serial
 * ones, for any split. For one seed, distinct indices below 2^32 give distinct states (each mixing
 * step is a bijection of the index), so no two samples of a run share their draws.
 * @throws Error when the seed or the index is not a whole number in range.
 */
export function createStreamPrng(seed: number, index: number): Prng {
  const problem = validateSeed(seed);
  if (problem) throw new Error(problem);
  if (!Number.isInteger(index) || index < 0 || index >= TWO_POW_32) {
    throw new Error(`stream index: must be an integer from 0 to 2^32 - 1, got ${JSON.stringify(index)}`);
  }
  const low = (seed % TWO_POW_32) >>> 0;
  const high = Math.floor(seed / TWO_POW_32) >>> 0;
  // seed → key, then key ^ index through two rounds of splitmix32 (bijective in the index).
  const key = splitmix32(splitmix32(low) ^ Math.imul(high, 0x6c8e9cf5));
  return expand(splitmix32(splitmix32(key ^ index) ^ 0x2545f491));
}
