import { describe, expect, it } from 'vitest';
import { detExp, detLog } from '../../src/math/det-math';
import * as T from '../../src/math/det-math-tables';
import { createPrng } from '../../src/uncertainty/prng';
import {
  decompose,
  nearestDouble,
  reference,
  referenceExp,
  referenceLog,
  ulpError,
} from './bigint-reference';

/** Distance in units in the last place between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  const bits = new BigInt64Array(new Float64Array([a, b]).buffer);
  const d = bits[0] - bits[1];
  return Number(d < 0n ? -d : d);
}

const prng = createPrng(77);
const uniform = (lo: number, hi: number) => (): number => lo + (hi - lo) * prng.uniform();

/** The largest error, in ulps of the true value, of f over `count` arguments drawn by `draw`. */
function worstError(
  f: (x: number) => number,
  reference: (x: number) => [bigint, number],
  draw: () => number,
  count: number,
): { error: number; at: number } {
  let worst = { error: 0, at: Number.NaN };
  for (let i = 0; i < count; i++) {
    const x = draw();
    const [F, k] = reference(x);
    const error = ulpError(f(x), F, k);
    if (error > worst.error) worst = { error, at: x };
  }
  return worst;
}

const expRanges: [string, () => number][] = [
  ['|x| < 1e-9', uniform(-1e-9, 1e-9)],
  ['|x| < 0.01', uniform(-0.01, 0.01)],
  ['|x| < 3', uniform(-3, 3)],
  ['|x| < 708', uniform(-708, 708)],
  ['708 < x < 709.78', uniform(708, 709.78)],
];
const logRanges: [string, () => number][] = [
  ['|x − 1| < 0.02', uniform(0.98, 1.02)],
  ['0.5 < x < 2', uniform(0.5, 2)],
  ['1e-300 < x < 1e300', () => detExp(uniform(-690, 690)())],
  ['subnormal x', () => 2 ** uniform(-1073, -1023)()],
];

describe('detExp and detLog (table-driven, deterministic)', () => {
  it('exp is within 0.51 ulp of the true value wherever the result is normal', { timeout: 60_000 }, () => {
    for (const [range, draw] of expRanges) {
      const worst = worstError(detExp, referenceExp, draw, 2000);
      expect(worst.error, `${range}, worst at ${worst.at}`).toBeLessThan(0.51);
    }
  });

  it('exp rounds a subnormal result twice, within 0.75 ulp (of the subnormal spacing)', {
    timeout: 60_000,
  }, () => {
    const worst = worstError(detExp, referenceExp, uniform(-745, -708.4), 2000);
    expect(worst.error, `worst at ${worst.at}`).toBeLessThan(0.75);
  });

  it('log is within 0.51 ulp of the true value from subnormals to 1e300', { timeout: 60_000 }, () => {
    const log = (x: number): [bigint, number] => [referenceLog(x), 0];
    for (const [range, draw] of logRanges) {
      const worst = worstError(detLog, log, draw, 2000);
      expect(worst.error, `${range}, worst at ${worst.at}`).toBeLessThan(0.51);
    }
  });

  it('differs from Math.exp / Math.log (the fdlibm algorithms V8 uses) by at most 1 ulp', () => {
    let worst = 0;
    for (let i = 0; i < 50_000; i++) {
      const x = uniform(-700, 700)();
      worst = Math.max(worst, ulps(detExp(x), Math.exp(x)));
      const y = detExp(uniform(-700, 700)());
      worst = Math.max(worst, ulps(detLog(y), Math.log(y)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('is exact where the answer is, and says what IEEE says at the edges', () => {
    expect(detExp(0)).toBe(1);
    expect(detExp(-0)).toBe(1);
    expect(detExp(709.782712893384)).toBeLessThan(Number.POSITIVE_INFINITY);
    expect(detExp(709.7827128933841)).toBe(Number.POSITIVE_INFINITY);
    expect(detExp(-745.1332191019411)).toBe(5e-324);
    expect(detExp(-745.1332191019412)).toBe(0);
    expect(detExp(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(detExp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(detExp(Number.NaN)).toBeNaN();
    expect(detLog(1)).toBe(0);
    expect(detLog(2)).toBe(Math.LN2);
    expect(detLog(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(detLog(-0)).toBe(Number.NEGATIVE_INFINITY);
    expect(detLog(-1)).toBeNaN();
    expect(detLog(Number.NaN)).toBeNaN();
    expect(detLog(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(ulpError(detLog(5e-324), referenceLog(5e-324))).toBeLessThan(0.51);
    expect(ulpError(detLog(1.7976931348623157e308), referenceLog(1.7976931348623157e308))).toBeLessThan(0.51);
  });

  it('round-trips: log(exp(x)) ≈ x', () => {
    for (let x = -700; x < 700; x += 3.7) expect(detLog(detExp(x))).toBeCloseTo(x, 10);
  });
});

describe('the tables of det-math-tables.ts, recomputed in BigInt', () => {
  const P = 240n;
  it('2^(j/256) as a double and the rest', () => {
    for (let j = 0; j < 256; j++) {
      const F = reference.exp2Fraction(j);
      expect(T.EXP2_HI[j], `EXP2_HI[${j}]`).toBe(nearestDouble(F));
      expect(T.EXP2_LO[j], `EXP2_LO[${j}]`).toBe(nearestDouble(F - reference.fixed(T.EXP2_HI[j])));
    }
  });

  it('1/c, ln c on the 2^-32 grid and the rest, for c = 1 + j/128', () => {
    for (let j = 0; j <= 128; j++) {
      const c = 1 + j / 128;
      expect(T.INV_C[j], `INV_C[${j}]`).toBe(nearestDouble((reference.ONE * 128n) / BigInt(128 + j)));
      const L = referenceLog(c);
      const grid = 1n << (P - 32n);
      const high = ((L + grid / 2n) / grid) * grid;
      expect(T.LN_C_HI[j], `LN_C_HI[${j}]`).toBe(Number(high / grid) / 2 ** 32);
      expect(T.LN_C_LO[j], `LN_C_LO[${j}]`).toBe(nearestDouble(L - high));
    }
  });

  it('ln 2 and its splits, 256/ln 2', () => {
    const { LN2 } = reference;
    const grid = 1n << (P - 32n);
    const high = ((LN2 + grid / 2n) / grid) * grid;
    expect(T.LN2_HI).toBe(Number(high / grid) / 2 ** 32);
    expect(T.LN2_LO).toBe(nearestDouble(LN2 - high));
    expect(T.INV_LN2_256).toBe(nearestDouble((reference.ONE * reference.ONE * 256n) / LN2));
    // ln 2/256 to 33 significant bits, so that k·LN2_256_HI is exact for |k| < 2^20.
    const [m] = decompose(T.LN2_256_HI);
    expect(m % (1n << 20n)).toBe(0n);
    expect(T.LN2_256_LO).toBe(nearestDouble(LN2 / 256n - reference.fixed(T.LN2_256_HI)));
  });
});
