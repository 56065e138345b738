// Why the CLI and the library no longer look for a rental price at the clearing search's limit
// (rentalProblemIn, added in b21714f when such runs printed compute-value effects of 1e111 USD):
// since 6775499 the engine rations a month that no price clears at r(ū), the supply curve's price
// at full use, so no run reaches the limit. This property shows it for the runs the CLI prints —
// every preset, the shock's levers and the elasticities anywhere in range, the named curves and
// user curves of the usual shapes, overflowing ones included. The decomposition's counterfactuals
// are held below the limit by construction and checked in test/engine/decomposition-runs.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presets } from '../../models/index';
import type { ParamId } from '../../models/schema';
import { RENTAL_SEARCH_LIMIT } from '../../src/engine/compute-market';
import type { DemandCurve } from '../../src/model/types';
import { checkedJevons } from '../../src/scenario/checked-jevons';
import { compileCurveExpression } from '../../src/scenario/expression';
import { inRange, scenarioWith } from '../engine/helpers';

const LEVERS: ParamId[] = ['elasticity', 'substitutionElasticity', 'incumbentResponse', 'qualityShock'];

const EXPRESSIONS = [
  'x^(-eps)',
  'x^(-75)',
  'exp(6 * (1 - x))',
  'min(x^(-eps), 1e6)',
  '1 / (1 + eps * (x - 1))',
  'x^(-eps) * (1 + 0.1 * sin(x))',
];

function curveOf(choice: string): DemandCurve {
  if (choice === 'constant' || choice === 'reservation') return { kind: choice };
  const compiled = compileCurveExpression(choice);
  if (!compiled.ok) throw new Error(`${choice}: ${compiled.message}`);
  return compiled.value;
}

describe('no run of the verdict prices compute at the clearing search’s limit', () => {
  it('for any preset, levers in range and demand curve', { timeout: 300_000 }, () => {
    const levers = fc.record(Object.fromEntries(LEVERS.map((id) => [id, inRange(id)])), { requiredKeys: [] });
    let answered = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...presets.map((p) => p.id)),
        fc.constantFrom('constant', 'reservation', ...EXPRESSIONS),
        levers,
        inRange('horizonMonths', 12, 48),
        (preset, curve, values, horizonMonths) => {
          const scenario = scenarioWith({ ...values, horizonMonths, shockMonth: 0 }, curveOf(curve), preset);
          // A run the CLI refuses (a curve that overflows) prints nothing; the rest must be answers.
          const checked = checkedJevons(scenario, { breakEven: false, decomposition: false });
          if (!checked.ok) return;
          const result = checked.result;
          answered++;
          for (const run of [result.scenario, result.base, result.mechanical]) {
            const highest = Math.max(...run.series.rentalPrice);
            expect(highest, `${preset}, ${curve}`).toBeLessThan(RENTAL_SEARCH_LIMIT);
          }
        },
      ),
      { numRuns: 40, endOnFailure: true },
    );
    // Most cases are answers, so the property is not met by refusing everything.
    expect(answered).toBeGreaterThan(20);
  });
});
