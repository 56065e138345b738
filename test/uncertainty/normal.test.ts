import { describe, expect, it } from 'vitest';
import { inverseNormalCdf, normalCdf } from '../../src/uncertainty/normal';

/** Φ by Simpson's rule on the density: slow, but independent of the approximation under test. */
function integratedCdf(x: number): number {
  const pdf = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
  const a = -40;
  const n = 100_000;
  const h = (x - a) / n;
  let s = pdf(a) + pdf(x);
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * pdf(a + i * h);
  return (s * h) / 3;
}

describe('normalCdf', () => {
  it('matches the integral of the density, with relative precision in the lower tail', () => {
    for (const x of [-7, -5, -3, -1.5, -0.3, 0, 0.4, 1, 2.5]) {
      const exact = integratedCdf(x);
      expect(Math.abs(normalCdf(x) - exact) / exact).toBeLessThan(1e-12);
    }
  });

  it('is symmetric: Φ(x) + Φ(−x) = 1', () => {
    for (let x = -6; x <= 6; x += 0.37) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
  });
});

describe('inverseNormalCdf', () => {
  it('inverts normalCdf to ~1e-14 from the far lower tail to the centre', () => {
    let worst = 0;
    for (let x = -9; x <= 0; x += 0.01) worst = Math.max(worst, Math.abs(inverseNormalCdf(normalCdf(x)) - x));
    expect(worst).toBeLessThan(1e-13);
  });

  it('gives the textbook quantiles', () => {
    expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(inverseNormalCdf(0.05)).toBeCloseTo(-1.6448536269514722, 12);
    expect(inverseNormalCdf(0.5)).toBe(0);
  });

  it('is infinite, not NaN, at 0 and 1', () => {
    expect(inverseNormalCdf(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(inverseNormalCdf(1)).toBe(Number.POSITIVE_INFINITY);
  });
});
