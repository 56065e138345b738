import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keptIndices, SUBPIXEL } from '../../web/charts/simplify';

/** The suite's seed (test/setup/fast-check-seed.ts): a failure prints it, JEVONS_FC_SEED replays it. */
const RUNS = { numRuns: 400 };

/** Distance from a point to the segment a–b (the plain formula, apart from the code under test). */
function distance(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** A monthly series on screen: x every `step` pixels, y a random walk (smooth or jagged). */
const polyline = fc
  .record({
    step: fc.double({ min: 0.2, max: 40, noNaN: true }),
    ys: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 120 }),
    smooth: fc.boolean(),
    start: fc.nat(5),
  })
  .map(({ step, ys, smooth, start }) => {
    const x: number[] = [];
    const y: number[] = [];
    let level = 200;
    let slope = 0;
    for (let i = 0; i < start + ys.length; i++) {
      const shock = ys[Math.max(0, i - start)];
      if (smooth) slope += shock / 50;
      else level += shock;
      level += slope;
      x.push(i * step);
      y.push(level);
    }
    return { x, y, start, end: x.length };
  });

describe('keptIndices: a line drawn through fewer points, within a tolerance of every point', () => {
  it('keeps both ends, in order, and leaves every point within the tolerance of the line drawn', () => {
    fc.assert(
      fc.property(polyline, fc.constantFrom(0, SUBPIXEL, 0.5, 3), ({ x, y, start, end }, tol) => {
        const kept = keptIndices(x, y, start, end, tol);
        expect(kept[0]).toBe(start);
        expect(kept.at(-1)).toBe(end - 1);
        for (let j = 1; j < kept.length; j++) expect(kept[j]).toBeGreaterThan(kept[j - 1]);
        for (let j = 1; j < kept.length; j++) {
          const a: [number, number] = [x[kept[j - 1]], y[kept[j - 1]]];
          const b: [number, number] = [x[kept[j]], y[kept[j]]];
          for (let k = kept[j - 1] + 1; k < kept[j]; k++) {
            expect(distance([x[k], y[k]], a, b)).toBeLessThanOrEqual(tol + 1e-9);
          }
        }
      }),
      RUNS,
    );
  });

  it('draws a straight run as one segment and keeps every corner of a zigzag', () => {
    const xs = Array.from({ length: 96 }, (_, i) => i * 4.8);
    expect(
      keptIndices(
        xs,
        xs.map((v) => 300 - 0.5 * v),
        0,
        96,
      ),
    ).toEqual([0, 95]);
    const zigzag = xs.map((_, i) => (i % 2 === 0 ? 100 : 101));
    expect(keptIndices(xs, zigzag, 0, 96)).toEqual(xs.map((_, i) => i));
  });

  it('keeps a lone point and gives nothing for an empty run', () => {
    expect(keptIndices([0, 1, 2], [5, 6, 7], 1, 2)).toEqual([1]);
    expect(keptIndices([0, 1, 2], [5, 6, 7], 2, 2)).toEqual([]);
  });
});

describe('keptIndices where x does not advance', () => {
  it('keeps both points of a vertical step', () => {
    expect(keptIndices([0, 1, 1, 2], [0, 0, 10, 10], 0, 4)).toEqual([0, 1, 2, 3]);
  });
});
