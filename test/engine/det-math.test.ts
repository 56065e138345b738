import { describe, expect, it } from 'vitest';
import { detExp, detLog } from '../../src/math/det-math';
import { createPrng } from '../../src/uncertainty/prng';

/** Distance in units in the last place between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  const view = new Float64Array([a, b]);
  const bits = new BigInt64Array(view.buffer);
  const d = bits[0] - bits[1];
  return Number(d < 0n ? -d : d);
}

describe('detExp and detLog (fdlibm ports)', () => {
  const prng = createPrng(77);
  const args = Array.from({ length: 50_000 }, (_, i) => {
    const u = prng.uniform();
    // Spread over the whole useful range, with extra points near 0 and near the reduction edges.
    if (i % 5 === 0) return (u - 0.5) * 1e-6;
    if (i % 5 === 1) return (u - 0.5) * 3;
    return (u - 0.5) * 1400;
  });

  it('exp is within 1 ulp of Math.exp everywhere it is finite, exact at 0', () => {
    let worst = 0;
    for (const x of args) {
      const want = Math.exp(x);
      if (want === 0 || !Number.isFinite(want)) expect(detExp(x)).toBe(want);
      else worst = Math.max(worst, ulps(detExp(x), want));
    }
    expect(worst).toBeLessThanOrEqual(1);
    expect(detExp(0)).toBe(1);
    expect(detExp(800)).toBe(Number.POSITIVE_INFINITY);
    expect(detExp(-800)).toBe(0);
    expect(detExp(Number.NaN)).toBeNaN();
  });

  it('log is within 1 ulp of Math.log from subnormals to the largest double', () => {
    let worst = 0;
    for (const a of args) {
      const x = Math.exp(a / 2) * (1 + prng.uniform());
      worst = Math.max(worst, ulps(detLog(x), Math.log(x)));
    }
    for (const x of [
      5e-324,
      1e-310,
      2.2250738585072014e-308,
      0.5,
      Math.SQRT1_2,
      1.0000001,
      1.41,
      2,
      10,
      1e300,
      1.7976931348623157e308,
    ]) {
      worst = Math.max(worst, ulps(detLog(x), Math.log(x)));
    }
    expect(worst).toBeLessThanOrEqual(1);
    expect(detLog(1)).toBe(0);
    expect(detLog(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(detLog(-1)).toBeNaN();
  });

  it('round-trips: log(exp(x)) ≈ x', () => {
    for (let x = -700; x < 700; x += 3.7) expect(detLog(detExp(x))).toBeCloseTo(x, 10);
  });
});
