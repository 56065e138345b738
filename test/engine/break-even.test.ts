import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEvenFromScan } from '../../src/engine/break-even';
import { bracketedRoot } from '../../src/engine/bracketed-root';

const RANGE = { min: 0.05, max: 3 };
/** The scan of a market that clears (noise: the clearing's tolerance). */
const scan = (measure: string) => ({ range: RANGE, noise: 1e-8, measure });
const GRID = Float64Array.from({ length: 9 }, (_, i) => 0.05 + (2.95 * i) / 8);

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

describe('the break-even elasticity from a scan of the gaps', () => {
  const never = (): number => {
    throw new Error('no refinement expected');
  };

  it('refines the first change of sign', () => {
    const f = (eta: number): number => 0.01 * (eta - 1.3) * (eta - 2.7);
    const values = Array.from(GRID, f);
    const result = breakEvenFromScan(f, GRID, values, scan('served compute'));
    expect(result.value).not.toBeNull();
    expect(Math.abs((result.value as number) - 1.3)).toBeLessThanOrEqual(1e-6);
  });

  it('reads a change of sign within the clearing’s rounding (|gap| < 1e-8) as no change of sign', () => {
    // Capacity binds with and without the shock from η ≈ 1.9 on: the totals agree to ~1e-9 and the
    // sign of the gap is rounding.
    const values = [-4.6e-3, -4.5e-3, -1e-3, -7.4e-5, -7.8e-6, -3.1e-10, -5.2e-12, -8.6e-10, 7.9e-10];
    const result = breakEvenFromScan(never, GRID, values, scan('served compute'));
    expect(result.value).toBeNull();
    expect(result.reason).toBe(
      'served compute with the shock stays below the base at every elasticity from 0.05 to 3',
    );
  });

  it('skips rounding between two real gaps of opposite sign', () => {
    const f = (eta: number): number => 1e-3 * (eta - 1.6);
    const values = Array.from(GRID, f);
    values[4] = 3e-9; // η = 1.525: rounding where the gap is about to change sign
    const result = breakEvenFromScan(f, GRID, values, scan('capex'));
    expect(Math.abs((result.value as number) - 1.6)).toBeLessThanOrEqual(1e-6);
  });

  it('takes an exact 0 (the same total with and without the shock) as the point', () => {
    const values = [-0.7, -0.6, -0.4, -0.05, -0.03, -0.005, 0, 0, 0];
    expect(breakEvenFromScan(never, GRID, values, scan('capex')).value).toBe(GRID[6]);
  });

  it('says so when every gap is rounding, or when the shock raises the total everywhere', () => {
    expect(
      breakEvenFromScan(never, GRID, [0, 1e-12, -3e-9, 0, 0, 0, 2e-10, 0, 0], scan('capex')).reason,
    ).toMatch(/unchanged at every elasticity/);
    expect(
      breakEvenFromScan(never, GRID, [1e-3, 2e-3, 3e-3, 4e-3, 5e-3, 6e-3, 7e-3, 8e-3, 9e-3], scan('capex'))
        .reason,
    ).toBe('capex with the shock exceeds the base at every elasticity from 0.05 to 3');
  });
});
