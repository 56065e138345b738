import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presets } from '../../models/index';
import type { ParamId } from '../../models/schema';
import { ALL_CHANNELS, NO_CHANNELS } from '../../src/engine/channels';
import { toModelInputs } from '../../src/engine/model-inputs';
import { runModel } from '../../src/engine/run-model';
import { workspaceFor } from '../../src/engine/simulate';
import { basisTotals } from '../../src/engine/windows';
import type { RunTotals } from '../../src/model/types';
import { scenarioWith, someInRange } from './helpers';

// The decomposition's subsets and the break-even's trial elasticities run for their totals alone
// (runModel with keepSeries false: no series written, the months before the shock not copied), and
// read the totals a run returns instead of summing its series. Both must be exactly what a full run
// gives — bit for bit, or the decomposition and the break-even would move with the bookkeeping.

const SLOW = { timeout: 120_000 };
const PARAMS: ParamId[] = [
  'elasticity',
  'incumbentResponse',
  'qualityShock',
  'leadTimeMonths',
  'scarcityExponent',
];

/** The totals that runs are compared on (the clearing's evaluation count is a cost, not a result). */
function results(t: RunTotals): Omit<RunTotals, 'clearingEvaluations'> {
  const { clearingEvaluations: _, ...rest } = t;
  return rest;
}

describe('a run for its totals alone', () => {
  it('cannot be followed by a counterfactual that reads its series (it wrote none)', () => {
    const inputs = toModelInputs(scenarioWith({}));
    const base = workspaceFor(inputs);
    const ws = workspaceFor(inputs);
    runModel(inputs, NO_CHANNELS, base, undefined, false);
    expect(() => runModel(inputs, ALL_CHANNELS, ws, base, false)).not.toThrow();
    expect(() => runModel(inputs, ALL_CHANNELS - 1, ws, base, false)).toThrow(/kept no series/);
    expect(() => runModel(inputs, ALL_CHANNELS, ws, base)).toThrow(/kept no series/);
  });

  for (const preset of presets) {
    it(
      `preset ${preset.id}: the same totals as a full run, and the same as its series' sums after the shock`,
      SLOW,
      () => {
        fc.assert(
          fc.property(someInRange(PARAMS), fc.integer({ min: 1, max: ALL_CHANNELS }), (v, subset) => {
            const scenario = scenarioWith(v, { kind: preset.demandCurve ?? 'constant' }, preset.id);
            const inputs = toModelInputs(scenario);
            const base = workspaceFor(inputs);
            const full = workspaceFor(inputs);
            const lean = workspaceFor(inputs);
            const baseTotals = runModel(inputs, NO_CHANNELS, base);
            expect(results(runModel(inputs, NO_CHANNELS, lean, undefined, false))).toEqual(
              results(baseTotals),
            );
            // The lean base run leaves the state a scenario run continues from.
            expect(results(runModel(inputs, ALL_CHANNELS, full, lean, false))).toEqual(
              results(runModel(inputs, ALL_CHANNELS, lean, base, false)),
            );
            const fullTotals = runModel(inputs, subset, full, base);
            const leanTotals = runModel(inputs, subset, lean, base, false);
            expect(results(leanTotals)).toEqual(results(fullTotals));
            const p = inputs.p;
            const sums = basisTotals(full.series, p.shockMonth, full.months);
            expect(fullTotals.cumulativeServedHours).toBe(sums.servedCompute);
            expect(fullTotals.cumulativeComputeValue).toBe(sums.computeValue);
            expect(fullTotals.cumulativeCapex).toBe(sums.capex);
          }),
          { numRuns: 12, seed: 7 },
        );
      },
    );
  }
});
