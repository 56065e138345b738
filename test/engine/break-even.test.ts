import { noBreakEvenText } from '../../src/report/verdict-text';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEvenSearch } from '../../src/engine/break-even';
import { bracketedRoot } from '../../src/engine/bracketed-root';

const RANGE = { min: 0.05, max: 3 };
/** The search in a market that clears (noise: the clearing's tolerance). */
const scan = (measure: string) => ({ range: RANGE, noise: 1e-8, measure });

describe('bracketedRoot (Brent)', () => {
  it('finds the root of a smooth monotone function to the tolerance, in fewer steps than bisection', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 2.9, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (root, slope, curvature) => {
          let calls = 0;
          const f = (x: number): number => {
            calls++;
            return slope * (x - root) + curvature * (x - root) ** 3;
          };
          const x = bracketedRoot(f, 0, f(0), 3, f(3), 1e-6);
          expect(Math.abs(x - root)).toBeLessThanOrEqual(1e-6);
          // Bisection needs log2(3 / 1e-6) ≈ 22 steps; a gently curved function takes a handful.
          expect(calls - 2).toBeLessThanOrEqual(curvature <= slope ? 8 : 21);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays inside the bracket when the function is not smooth (a step)', () => {
    const f = (x: number): number => (x < 1.234567 ? -1 : 1);
    const x = bracketedRoot(f, 0, -1, 3, 1, 1e-6);
    expect(Math.abs(x - 1.234567)).toBeLessThanOrEqual(1e-6);
  });
});

describe('the break-even elasticity searched from the anchor', () => {
  /** f, counting its calls. */
  function counted(f: (eta: number) => number): { f: (eta: number) => number; calls: () => number } {
    let n = 0;
    return {
      f: (eta) => {
        n++;
        return f(eta);
      },
      calls: () => n,
    };
  }

  it('finds the change of sign of any monotone gap to 1e-6 or rounding, in far fewer elasticities than a scan and refinement', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.06, max: 2.99, noNaN: true }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        (root, slope, anchor) => {
          const g = counted((eta) => slope * Math.tanh(eta - root));
          const result = breakEvenSearch(g.f, [anchor], scan('served compute'));
          // To 1e-6, or to where the gap is within rounding (1e-8), which is as good a break-even.
          expect(Math.abs((result.value as number) - root)).toBeLessThanOrEqual(1e-6 + (1.01 * 1e-8) / slope);
          expect(g.calls()).toBeLessThanOrEqual(16);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('where the gap crosses twice, takes the crossing where more elasticity turns a saving into a rise', () => {
    // Rises through 0 at 1.3, falls back through 0 at 2.7 (capacity binding at high elasticities).
    const f = (eta: number): number => -0.01 * (eta - 1.3) * (eta - 2.7);
    for (const anchor of [1.25, 2])
      expect(
        Math.abs((breakEvenSearch(f, [anchor], scan('capex')).value as number) - 1.3),
      ).toBeLessThanOrEqual(1e-6);
  });

  it('starts from every point it is given (the scenario’s own elasticity costs nothing twice)', () => {
    const seen: number[] = [];
    const f = (eta: number): number => {
      seen.push(eta);
      return eta - 1.1;
    };
    breakEvenSearch(f, [1.25, 1], scan('served compute'));
    expect(seen.slice(0, 2)).toEqual([1.25, 1]);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('reads a gap within the clearing’s rounding (|gap| < 1e-8) as no sign, and says where the totals agree', () => {
    // Capacity binds with and without the shock from η ≈ 1.9 on: the totals agree to ~1e-9 and the
    // sign of the gap is rounding.
    const f = (eta: number): number => (eta < 1.9 ? -1e-3 * (1.9 - eta) : 3e-10 * Math.sin(40 * eta));
    const result = breakEvenSearch(f, [1.25], scan('served compute'));
    expect(result.value).toBeNull();
    expect(result.reason).toMatch(
      /^served compute with the shock stays below the base at every elasticity from 0\.05 to 1\.\d+, and equals it \(to rounding\) from [\d.]+ up: it never crosses it$/,
    );
  });

  it('names the one elasticity with a sign when only the range’s end has one, in English and Chinese', () => {
    // Capex saved only at the lowest elasticity searched; from there up both runs buy the same GPUs.
    const f = (eta: number): number => (eta < 0.1 ? -1e-3 : 0);
    const result = breakEvenSearch(f, [1.25, 1], scan('capex'));
    expect(result.value).toBeNull();
    expect(result.reasonCode).toBe('one-side-then-equal');
    expect(result.reason).toMatch(
      /^capex with the shock is below the base at an elasticity of 0\.05, and equals it \(to rounding\) from [\d.]+ up: it never crosses it$/,
    );
    expect(noBreakEvenText(result, 'capex', 'zh')).toMatch(
      /^在弹性为 0\.05 时，有冲击时的GPU资本开支低于基准，并在[\d.]+ 以上与之相等（在舍入误差内）：从不与之相交$/,
    );
    // A range with a sign at more than one elasticity still says from … to ….
    const wider = breakEvenSearch((eta) => (eta < 1.1 ? -1e-3 : 0), [1.25, 1], scan('capex'));
    expect(wider.reason).toMatch(/at every elasticity from 0\.05 to 1(\.\d+)?, and equals it/);
    expect(noBreakEvenText(wider, 'capex', 'zh')).toMatch(/^在 0\.05 到 1(\.\d+)? 的每个弹性下/);
  });

  it('skips rounding next to the root between two real gaps of opposite sign', () => {
    const f = (eta: number): number =>
      Math.abs(eta - 1.6) < 0.05 ? 1e-10 * Math.sign(eta - 1.6) : 1e-3 * (eta - 1.6);
    const result = breakEvenSearch(f, [1.25], scan('capex'));
    expect(Math.abs((result.value as number) - 1.6)).toBeLessThanOrEqual(1e-6);
  });

  it('says so when every gap is rounding, or when the shock raises the total everywhere', () => {
    const never = (eta: number): number => (eta > 2 ? -3e-9 : 0);
    expect(breakEvenSearch(never, [1.25], scan('capex')).reason).toMatch(/unchanged at every elasticity/);
    expect(breakEvenSearch(never, [1.25], scan('capex')).reasonCode).toBe('unchanged');
    const above = breakEvenSearch((eta) => 1e-3 * eta, [1.25], scan('capex'));
    expect(above.reason).toBe('capex with the shock exceeds the base at every elasticity from 0.05 to 3');
    // The same reason as data, for a report in Chinese.
    expect(above).toMatchObject({
      reasonCode: 'one-side',
      reasonParams: { side: 'above', min: 0.05, max: 3 },
    });
    expect(noBreakEvenText(above, 'capex', 'zh')).toBe(
      '在 0.05 到 3 的每个弹性下，有冲击时的GPU资本开支都高于基准',
    );
    expect(noBreakEvenText(above, 'capex', 'en')).toBe(above.reason);
  });

  it('refuses a gap that is not finite where it looks', () => {
    const result = breakEvenSearch((eta) => (eta > 2 ? Number.NaN : -1), [1.25], scan('capex'));
    expect(result.reason).toBe('capex is not finite somewhere in the elasticity range');
    expect(result.reasonCode).toBe('not-finite');
  });
});
