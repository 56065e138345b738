import { describe, expect, it } from 'vitest';
import { createPrng, validateSeed } from '../../src/uncertainty/prng';

describe('createPrng', () => {
  it('gives the same stream for the same seed and different streams for different seeds', () => {
    const a = createPrng(2025);
    const b = createPrng(2025);
    const c = createPrng(2026);
    const first = Array.from({ length: 1000 }, () => a.nextUint32());
    const second = Array.from({ length: 1000 }, () => b.nextUint32());
    const other = Array.from({ length: 1000 }, () => c.nextUint32());
    expect(second).toEqual(first);
    expect(other.filter((v, i) => v === first[i]).length).toBeLessThan(3);
  });

  it('separates seeds that differ only above 2^32', () => {
    const low = createPrng(7).nextUint32();
    const high = createPrng(7 + 2 ** 32).nextUint32();
    expect(high).not.toBe(low);
  });

  it('keeps uniforms strictly inside (0, 1) with mean 1/2 and variance 1/12', () => {
    const prng = createPrng(1);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = prng.uniform();
      sum += u;
      sumSq += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    const mean = sum / n;
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(sumSq / n - mean * mean).toBeCloseTo(1 / 12, 3);
  });

  it('draws standard normals: mean 0, variance 1, 2.5 % beyond ±1.96 each side', () => {
    const prng = createPrng(12);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let above = 0;
    for (let i = 0; i < n; i++) {
      const z = prng.normal();
      sum += z;
      sumSq += z * z;
      if (z > 1.959963984540054) above++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(sumSq / n).toBeCloseTo(1, 1);
    expect(Math.abs(above / n - 0.025)).toBeLessThan(5 * Math.sqrt((0.025 * 0.975) / n));
  });

  it('fills 16 equal cells evenly (chi-square, 15 degrees of freedom)', () => {
    const prng = createPrng(99);
    const cells = new Array(16).fill(0);
    const n = 160_000;
    for (let i = 0; i < n; i++) cells[Math.floor(prng.uniform() * 16)]++;
    const expected = n / 16;
    const chi2 = cells.reduce((acc, c) => acc + (c - expected) ** 2 / expected, 0);
    // The 99.9th percentile of chi-square with 15 degrees of freedom is 37.7.
    expect(chi2).toBeLessThan(37.7);
  });

  it('refuses seeds that are not whole numbers 0 … 2^53 − 1, naming the value', () => {
    expect(validateSeed(1.5)).toMatch(/seed: must be an integer .* got 1\.5/);
    expect(validateSeed(-1)).toMatch(/got -1/);
    expect(validateSeed('3')).toMatch(/got "3"/);
    expect(validateSeed(0)).toBeNull();
    expect(() => createPrng(Number.NaN)).toThrow(/seed/);
  });
});
