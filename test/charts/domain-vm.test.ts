import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickDomain, tickTexts, valueTicks } from '../../web/charts/domain-vm';

/** The suite's seed (test/setup/fast-check-seed.ts): a failure prints it, JEVONS_FC_SEED replays it. */
const RUNS = { numRuns: 300 };

const anyNumber = fc.oneof(
  fc.double({ min: -1e12, max: 1e12 }),
  fc.constantFrom(0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

describe('pickDomain on a log axis', () => {
  it('never includes zero or a negative value, and covers every positive finite value', () => {
    fc.assert(
      fc.property(fc.array(anyNumber, { maxLength: 40 }), (values) => {
        const { domain } = pickDomain([values], 'log');
        expect(domain[0]).toBeGreaterThan(0);
        expect(domain[1]).toBeGreaterThan(domain[0]);
        for (const v of values) {
          if (Number.isFinite(v) && v > 0) {
            expect(domain[0]).toBeLessThanOrEqual(v);
            expect(domain[1]).toBeGreaterThanOrEqual(v);
          }
        }
      }),
      RUNS,
    );
  });

  it('stays positive and finite at the ends of the double range', () => {
    for (const v of [5e-324, 1e-310, 1.7e308]) {
      const { domain } = pickDomain([[v]], 'log');
      expect(domain[0]).toBeGreaterThan(0);
      expect(Number.isFinite(domain[1])).toBe(true);
      expect(domain[1]).toBeGreaterThan(domain[0]);
    }
  });

  it('reports values it had to skip', () => {
    expect(pickDomain([[0, 3, 40]], 'log')).toEqual({ domain: [2, 50], note: 'non-positive-skipped' });
  });

  it('keeps a drawable domain and says why when a series is all zeros', () => {
    expect(pickDomain([new Float64Array(12)], 'log')).toEqual({ domain: [1, 10], note: 'all-non-positive' });
  });

  it('rounds outward to 1-2-5 steps', () => {
    expect(pickDomain([[0.0032, 1.1e6]], 'log').domain).toEqual([0.002, 2e6]);
  });

  it('widens a single value into a band', () => {
    const { domain } = pickDomain([[7, 7]], 'log');
    expect(domain[0]).toBeLessThan(7);
    expect(domain[1]).toBeGreaterThan(7);
  });
});

describe('pickDomain on a linear axis', () => {
  it('covers the finite values, ignores NaN and infinities', () => {
    const { domain, note } = pickDomain([[Number.NaN, -3, 17, Number.POSITIVE_INFINITY]], 'linear');
    expect(note).toBe('ok');
    expect(domain[0]).toBeLessThanOrEqual(-3);
    expect(domain[1]).toBeGreaterThanOrEqual(17);
  });

  it('includes the requested values', () => {
    expect(pickDomain([[5, 9]], 'linear', [0]).domain[0]).toBe(0);
  });

  it('gives a flat zero series a visible range', () => {
    const { domain } = pickDomain([[0, 0, 0]], 'linear');
    expect(domain[0]).toBeLessThan(0);
    expect(domain[1]).toBeGreaterThan(0);
  });

  it('says empty when nothing is finite', () => {
    expect(pickDomain([[Number.NaN]], 'linear').note).toBe('empty');
  });
});

describe('valueTicks', () => {
  it('puts log ticks on decades inside the domain when it spans several', () => {
    expect(valueTicks([0.02, 5e4], 'log')).toEqual([0.1, 1, 10, 100, 1000, 10000]);
  });

  it('thins decades on a very wide log domain', () => {
    const t = valueTicks([1e-3, 1e15], 'log', 5);
    expect(t.length).toBeLessThanOrEqual(7);
    expect(t[0]).toBe(1e-3);
  });

  it('uses 1-2-5 steps on a narrow log domain', () => {
    expect(valueTicks([2, 50], 'log')).toEqual([2, 5, 10, 20, 50]);
  });

  it('gives log ticks that are positive and inside the domain', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1e9, noNaN: true }),
        fc.double({ min: 1.01, max: 1e6 }),
        (lo, f) => {
          const t = valueTicks([lo, lo * f], 'log');
          for (const v of t) {
            expect(v).toBeGreaterThan(0);
            expect(v).toBeGreaterThanOrEqual(lo * (1 - 1e-9));
            expect(v).toBeLessThanOrEqual(lo * f * (1 + 1e-9));
          }
        },
      ),
      RUNS,
    );
  });
});

describe('tickTexts', () => {
  it('drops a tick whose text repeats the one before', () => {
    const texts = tickTexts([1000, 1200, 1400, 2000], (v) => `${Math.round(v / 1000)}K`);
    expect(texts.map((t) => t.text)).toEqual(['1K', '2K']);
  });
});
