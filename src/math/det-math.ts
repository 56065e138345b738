/**
 * exp and log in plain IEEE arithmetic, bit-identical on every JavaScript engine.
 *
 * Why: ECMAScript fixes + − × ÷ and sqrt to correctly rounded IEEE 754, but leaves Math.exp,
 * Math.log and ** to the engine. Node 20 and Chromium 156 disagree in the last bit for ~5–10 % of
 * arguments (checked on 2,000 points), so a seeded run would differ between the CLI and the page.
 * These are ports of fdlibm's e_exp.c and e_log.c (Sun, 1993) — the algorithms V8 itself started
 * from — using only arithmetic and exact scalings by powers of two; results are within 1 ulp of the
 * true value and agree with Math.exp/Math.log to 1 ulp (test/engine/det-math.test.ts).
 *
 * Speed (the engine calls them a few million times a second): the usual arguments take a short
 * path, small enough for V8 to inline into the caller — a call that is not inlined returns its
 * double boxed on the heap, which was most of the engine's garbage. Exponent fields are changed by
 * multiplying with an exact power of two from a table rather than by writing the bits through a
 * typed array (a narrow store followed by a wide load stalls the CPU); the result is the same
 * double. Edge cases (NaN, ±∞, overflow, subnormals) take the long path, as in fdlibm.
 */

const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** 2^e at index e + 1074, for e = −1074 … 1023: every power of two a double holds, built exactly. */
const POW2_OFFSET = 1074;
const POW2 = new Float64Array(1074 + 1024);
POW2[POW2_OFFSET] = 1;
for (let e = 1; e <= 1023; e++) POW2[POW2_OFFSET + e] = POW2[POW2_OFFSET + e - 1] * 2;
for (let e = -1; e >= -1074; e--) POW2[POW2_OFFSET + e] = POW2[POW2_OFFSET + e + 1] / 2;

const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = Math.LOG2E; // fdlibm invln2, 1.44269504088896338700
const P1 = 0.16666666666666602;
const P2 = -0.0027777777777015593;
const P3 = 0.00006613756321437934;
const P4 = -0.0000016533902205465252;
const P5 = 4.1381367970572385e-8;
const O_THRESHOLD = 709.782712893384;
const U_THRESHOLD = -745.1332191019411;
const TWO_M1000 = 9.332636185032189e-302;
/** fdlibm's tests on the high word of |x|, as doubles: 0x3fd62e43…, 0x3ff0a2b2…, 0x3e300000… */
const HALF_LN2_BOUND = 0.3465735912322998; // |x| ≥ this: reduce by k·ln2
const ONE_AND_HALF_LN2_BOUND = 1.0397205352783203; // |x| < this: k = ±1
const TINY = 3.725290298461914e-9; // 2^-28: e^x = 1 + x
/** Beyond ±708 the result may leave the normal range (or x is NaN): the long path. */
const EXP_SHORT_LIMIT = 708;

/**
 * e^x, deterministic (fdlibm __ieee754_exp). fdlibm's three cases (|x| < ln2/2: no reduction;
 * < 1.5·ln2: k = ±1; else k = round(x/ln2)) share one formula here: with k = 0, hi = x and lo = 0
 * it is fdlibm's unreduced formula to the bit, as negating a divisor or subtracting 0 is exact.
 */
export function detExp(x: number): number {
  if (!(x <= EXP_SHORT_LIMIT && x >= -EXP_SHORT_LIMIT)) return expLong(x);
  const ax = x < 0 ? -x : x;
  let k = 0;
  if (ax >= ONE_AND_HALF_LN2_BOUND) k = Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
  else if (ax >= HALF_LN2_BOUND) k = x < 0 ? -1 : 1;
  else if (ax < TINY) return 1 + x;
  const hi = x - k * LN2_HI; // exact: k has few bits and LN2_HI's low bits are zero
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  // |k| ≤ 1022 here, so y·2^k is a normal double and the product exact.
  return (1 - (lo - (r * c) / (2 - c) - hi)) * POW2[POW2_OFFSET + k];
}

/** e^x for NaN and |x| > 708, where the result may overflow or be subnormal. */
function expLong(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > O_THRESHOLD) return Number.POSITIVE_INFINITY;
  if (x < U_THRESHOLD) return 0;
  const k = Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  // 2^1024 is not a double: scale twice. Below 2^-1021 the result is subnormal, rounded once at the end.
  if (k > 1023) return y * 2 * POW2[POW2_OFFSET + k - 1];
  return k >= -1021 ? y * POW2[POW2_OFFSET + k] : y * POW2[POW2_OFFSET + k + 1000] * TWO_M1000;
}

const TWO54 = 18014398509481984;
const LG1 = 0.6666666666666735;
const LG2 = 0.3999999999940942;
const LG3 = 0.2857142874366239;
const LG4 = 0.22222198432149784;
const LG5 = 0.1818357216161805;
const LG6 = 0.15313837699209373;
const LG7 = 0.14798198605116586;
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/**
 * ln x, deterministic (fdlibm __ieee754_log); −Infinity at 0, NaN below 0. fdlibm writes the k = 0
 * case apart; the general formula gives the same bits there (0·ln2 terms vanish exactly and
 * round-to-nearest is symmetric), so it is written once.
 */
export function detLog(x: number): number {
  let shift = 0;
  if (!(x >= SMALLEST_NORMAL && x < Number.POSITIVE_INFINITY)) {
    if (!(x > 0 && x < Number.POSITIVE_INFINITY)) return logSpecial(x);
    x *= TWO54; // a subnormal: scale into the normal range
    shift = 54;
  }
  F64[0] = x;
  const word = I32[HIGH];
  const hx = word & 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // x = 2^k · (1 + f) with 1 + f in [√2/2, √2): x scaled by an exact power of two.
  const k = (word >> 20) - 1023 + (i >> 20);
  const f = x * POW2[POW2_OFFSET - k] - 1;
  if ((0x000fffff & (2 + hx)) < 3) return logNearOne(f, k - shift);
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const r = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
  const dk = k - shift;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  return dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}

/** The kernel for |f| < 2^-20 (x within a millionth of a power of two). */
function logNearOne(f: number, k: number): number {
  if (f === 0) return k * LN2_HI + k * LN2_LO;
  const r = f * f * (0.5 - 0.3333333333333333 * f);
  return k * LN2_HI - (r - k * LN2_LO - f);
}

/** ln x for NaN, x ≤ 0 and +∞. */
function logSpecial(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  return x;
}
