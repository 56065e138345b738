/**
 * e^x and ln x to 240 bits in BigInt fixed point, slow and plainly right: the yardstick the
 * engine's exp/log (src/math/det-math.ts) are measured against in units in the last place.
 */
const P = 240n;
const ONE = 1n << P;

/** ln 2 = Σ 1/(k·2^k). */
function lnTwo(): bigint {
  let sum = 0n;
  for (let k = 1n; k < P + 16n; k++) sum += ONE / (k << k);
  return sum;
}
const LN2 = lnTwo();

/** A finite double as m·2^e exactly. */
export function decompose(x: number): [bigint, number] {
  const bits = new BigUint64Array(new Float64Array([x]).buffer)[0];
  const sign = bits >> 63n ? -1n : 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  return exponent === 0 ? [sign * fraction, -1074] : [sign * (fraction | (1n << 52n)), exponent - 1075];
}

/** x·2^P, exact for the doubles these tests use (|x| ≥ 2^-180). */
function fixed(x: number): bigint {
  const [m, e] = decompose(x);
  const shift = BigInt(e) + P;
  return shift >= 0n ? m << shift : m >> -shift;
}

/** e^x as F·2^(k − P). */
export function referenceExp(x: number): [bigint, number] {
  const X = fixed(x);
  let k = X / LN2;
  let R = X - k * LN2;
  if (2n * R > LN2) {
    k += 1n;
    R -= LN2;
  } else if (2n * R < -LN2) {
    k -= 1n;
    R += LN2;
  }
  let term = ONE;
  let sum = ONE;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * R) / (i * ONE);
    sum += term;
  }
  return [sum, Number(k)];
}

/** ln x (x > 0, finite) as F·2^-P: e·ln 2 + 2·atanh((m − 1)/(m + 1)) with m in [1, 2). */
export function referenceLog(x: number): bigint {
  const [m, e] = decompose(x);
  const bits = m.toString(2).length;
  const M = (m << P) >> BigInt(bits - 1);
  const Z = ((M - ONE) * ONE) / (M + ONE);
  const Z2 = (Z * Z) / ONE;
  let power = Z;
  let sum = 0n;
  for (let i = 1n; power !== 0n; i += 2n) {
    sum += power / i;
    power = (power * Z2) / ONE;
  }
  return 2n * sum + BigInt(e + bits - 1) * LN2;
}

/** |d − F·2^(k − P)| in units in the last place of the true value (subnormal ulps below 2^-1022). */
export function ulpError(d: number, F: bigint, k = 0): number {
  if (F === 0n) return d === 0 ? 0 : Number.POSITIVE_INFINITY;
  const negative = F < 0n;
  const A = negative ? -F : F;
  const exponent = A.toString(2).length - 1 + k - Number(P);
  const ulp = Math.max(exponent, -1022) - 52;
  const [dm, de] = decompose(negative ? -d : d);
  const EXTRA = 64;
  const shiftD = de - ulp + EXTRA;
  const shiftT = k - Number(P) - ulp + EXTRA;
  const scaledD = shiftD >= 0 ? dm << BigInt(shiftD) : dm >> BigInt(-shiftD);
  const scaledT = shiftT >= 0 ? A << BigInt(shiftT) : A >> BigInt(-shiftT);
  const diff = scaledD - scaledT;
  return Number(diff < 0n ? -diff : diff) / 2 ** EXTRA;
}

/** The double nearest to F·2^-P (ties to even), for normal magnitudes. */
export function nearestDouble(F: bigint): number {
  if (F === 0n) return 0;
  const negative = F < 0n;
  const A = negative ? -F : F;
  const drop = BigInt(A.toString(2).length - 53);
  let mantissa = drop > 0n ? A >> drop : A << -drop;
  if (drop > 0n) {
    const rest = A - (mantissa << drop);
    const half = 1n << (drop - 1n);
    if (rest > half || (rest === half && (mantissa & 1n) === 1n)) mantissa += 1n;
  }
  const value = Number(mantissa) * 2 ** (Number(drop) - Number(P));
  return negative ? -value : value;
}

/** Fixed-point helpers for the table checks. */
export const reference = {
  ONE,
  LN2,
  fixed,
  /** F·2^-P of 2^(j/256). */
  exp2Fraction(j: number): bigint {
    const [F] = referenceExpFixed((LN2 * BigInt(j)) / 256n);
    return F;
  },
};

/** e^(R·2^-P) for |R·2^-P| < 1, as F·2^-P. */
function referenceExpFixed(R: bigint): [bigint] {
  let term = ONE;
  let sum = ONE;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * R) / (i * ONE);
    sum += term;
  }
  return [sum];
}
