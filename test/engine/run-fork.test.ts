import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParamId } from '../../models/schema';
import { shockIndex } from '../../src/engine/calendar';
import { CHANNEL, NO_CHANNELS } from '../../src/engine/channels';
import { toModelInputs } from '../../src/engine/model-inputs';
import { runModel } from '../../src/engine/run-model';
import { RunFork } from '../../src/engine/run-state';
import { workspaceFor } from '../../src/engine/simulate';
import type { RunTotals } from '../../src/model/types';
import { inRange, scenarioWith } from './helpers';

// The decomposition runs a subset with investment on, saves its state a lead time less a month
// after the shock, and starts the twin without investment there (RunFork): the twin must come out
// exactly as if it had run from the shock.

const SLOW = { timeout: 120_000 };

function settings(): fc.Arbitrary<Partial<Record<ParamId, number>>> {
  return fc.record({
    leadTimeMonths: inRange('leadTimeMonths', 0, 30),
    elasticity: inRange('elasticity'),
    incumbentResponse: inRange('incumbentResponse'),
    gpuScarcityPremiumMax: inRange('gpuScarcityPremiumMax'),
    supplyCeilingGrowthPerYear: inRange('supplyCeilingGrowthPerYear'),
  });
}

function results(t: RunTotals): Omit<RunTotals, 'clearingEvaluations'> {
  const { clearingEvaluations: _, ...rest } = t;
  return rest;
}

describe('a twin without investment started where its twin with investment saved its state', () => {
  it('has the totals of the twin run from the shock, bit for bit', SLOW, () => {
    fc.assert(
      fc.property(settings(), fc.integer({ min: 1, max: 31 }), (values, levers) => {
        const inputs = toModelInputs(scenarioWith(values));
        const base = workspaceFor(inputs);
        const ws = workspaceFor(inputs);
        runModel(inputs, NO_CHANNELS, base);
        const twin = levers & ~CHANNEL.investment;
        const withInvestment = twin | CHANNEL.investment;
        const month = shockIndex(inputs.p.shockMonth) + Math.max(1, inputs.p.leadTimeMonths) - 1;
        const fork = new RunFork(ws.tiers, ws.months);
        fork.month = month;
        const saved = runModel(inputs, withInvestment, ws, base, false, { save: fork });
        expect(results(saved)).toEqual(results(runModel(inputs, withInvestment, ws, base, false)));
        if (month >= ws.months) return;
        const resumed = runModel(inputs, twin, ws, base, false, { resume: fork });
        expect(results(resumed)).toEqual(results(runModel(inputs, twin, ws, base, false)));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a run that is not the twin of the one that saved', () => {
    const inputs = toModelInputs(scenarioWith({}));
    const base = workspaceFor(inputs);
    const ws = workspaceFor(inputs);
    runModel(inputs, NO_CHANNELS, base);
    const fork = new RunFork(ws.tiers, ws.months);
    fork.month = shockIndex(inputs.p.shockMonth) + 4;
    runModel(inputs, CHANNEL.efficiency | CHANNEL.investment, ws, base, false, { save: fork });
    expect(() => runModel(inputs, CHANNEL.competition, ws, base, false, { resume: fork })).toThrow(/twin/);
    expect(() => runModel(inputs, CHANNEL.efficiency, ws, base, true, { resume: fork })).toThrow(/twin/);
  });
});
