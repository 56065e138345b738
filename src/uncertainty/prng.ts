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
  let s = low ^ Math.imul(high, 0x6c8e9cf5);
  const words = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    s = (s + 0x9e3779b9) | 0;
    words[i] = splitmix32(s);
  }
  let a = words[0] | 0;
  let b = words[1] | 0;
  let c = words[2] | 0;
  let d = words[3] | 0;
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
