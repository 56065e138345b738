/**
 * exp and log in plain IEEE arithmetic, bit-identical on every JavaScript engine.
 *
 * Why: ECMAScript fixes + − × ÷ and sqrt to correctly rounded IEEE 754, but leaves Math.exp,
 * Math.log and ** to the engine. Node 20 and Chromium 156 disagree in the last bit for ~5–10 % of
 * arguments (checked on 2,000 points), so a seeded run would differ between the CLI and the page.
 * These are ports of fdlibm's e_exp.c and e_log.c (Sun, 1993) — the algorithms V8 itself started
 * from — using only arithmetic and exact exponent-field edits; results are within 1 ulp of the
 * true value and agree with Math.exp/Math.log to 1 ulp (test/uncertainty/det-math.test.ts).
 */

const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

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

/** y · 2^k by adding k to y's exponent field (exact; y must be a normal number near 1). */
function withExponentAdded(y: number, k: number): number {
  F64[0] = y;
  I32[HIGH] += k << 20;
  return F64[0];
}

/** e^x, deterministic (fdlibm __ieee754_exp). */
export function detExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > O_THRESHOLD) return Number.POSITIVE_INFINITY;
  if (x < U_THRESHOLD) return 0;
  F64[0] = x;
  const hx = I32[HIGH] & 0x7fffffff; // high word of |x|
  const negative = x < 0;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2 / 2: reduce to r = x − k·ln2, |r| ≤ ln2 / 2.
    if (hx < 0x3ff0a2b2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI; // exact: k has few bits and LN2_HI's low bits are zero
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x; // |x| < 2^-28
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  return k >= -1021 ? withExponentAdded(y, k) : withExponentAdded(y, k + 1000) * TWO_M1000;
}

const TWO54 = 18014398509481984;
const LG1 = 0.6666666666666735;
const LG2 = 0.3999999999940942;
const LG3 = 0.2857142874366239;
const LG4 = 0.22222198432149784;
const LG5 = 0.1818357216161805;
const LG6 = 0.15313837699209373;
const LG7 = 0.14798198605116586;

/** ln x, deterministic (fdlibm __ieee754_log); −Infinity at 0, NaN below 0. */
export function detLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    k -= 54;
    x *= TWO54; // a subnormal: scale into the normal range
  }
  F64[0] = x;
  let hx = I32[HIGH];
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // Normalise x to [√2/2, √2): x or x/2.
  I32[HIGH] = hx | (i ^ 0x3ff00000);
  k += i >> 20;
  const f = F64[0] - 1;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const r = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - r : dk * LN2_HI - (r - dk * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}
