import { scaleLinear, scaleLog } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pixelMap } from '../../web/charts/pixel-map';

/** The suite's seed (test/setup/fast-check-seed.ts): a failure prints it, JEVONS_FC_SEED replays it. */
const RUNS = { numRuns: 500 };

const size = fc.double({ min: 0, max: 4000, noNaN: true });

describe('pixelMap gives the pixel d3 gives, bit for bit', () => {
  it('on a linear scale, either way round, an empty domain included', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constant(Number.NaN)),
        size,
        size,
        fc.array(fc.double({ min: -1e13, max: 1e13, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (d0, d1raw, r0, r1, values) => {
          const d1 = Number.isNaN(d1raw) ? d0 : d1raw; // an empty domain now and then
          const scale = scaleLinear().domain([d0, d1]).range([r0, r1]);
          const map = pixelMap(scale, false);
          for (const v of values) expect(Object.is(map(v), scale(v))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('on a log scale over positive values, either way round', () => {
    const positive = fc.double({ min: 1e-12, max: 1e15, noNaN: true });
    fc.assert(
      fc.property(
        positive,
        positive,
        size,
        size,
        fc.array(positive, { minLength: 1, maxLength: 20 }),
        (d0, d1, r0, r1, values) => {
          const scale = scaleLog().domain([d0, d1]).range([r0, r1]);
          const map = pixelMap(scale, true);
          for (const v of values) expect(Object.is(map(v), scale(v))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('leaves to d3 what it does not copy: a clamped scale, more than two stops', () => {
    const clamped = scaleLinear().domain([0, 10]).range([0, 100]).clamp(true);
    expect(pixelMap(clamped, false)(20)).toBe(100);
    const stops = scaleLinear().domain([0, 1, 10]).range([0, 50, 100]);
    expect(pixelMap(stops, false)(5.5)).toBe(stops(5.5));
  });
});
