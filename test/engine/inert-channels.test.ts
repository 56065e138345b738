import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presets } from '../../models/index';
import type { ParamId } from '../../models/schema';
import { CHANNEL, NO_CHANNELS } from '../../src/engine/channels';
import { effectiveChannels } from '../../src/engine/inert-channels';
import { toModelInputs } from '../../src/engine/model-inputs';
import { runModel } from '../../src/engine/run-model';
import { workspaceFor } from '../../src/engine/simulate';
import type { RunTotals } from '../../src/model/types';
import { inRange, scenarioWith } from './helpers';

// The decomposition runs a subset's effective channels in its place (inert-channels.ts): that is
// only right if switching a dropped channel changes nothing, bit for bit. Settings are drawn so that
// every rule fires often: elastic supply, a lead time past the end, levers that cannot act.

const SLOW = { timeout: 120_000 };

/** A value from the slider range, or (half the time) the value that makes a channel inert. */
function sometimes(id: ParamId, inert: number): fc.Arbitrary<number> {
  return fc.oneof(inRange(id), fc.constant(inert));
}

function settings(): fc.Arbitrary<Partial<Record<ParamId, number>>> {
  return fc.record({
    scarcityExponent: sometimes('scarcityExponent', 0),
    leadTimeMonths: sometimes('leadTimeMonths', 36),
    horizonMonths: fc.integer({ min: 12, max: 48 }),
    challengerShareMax: sometimes('challengerShareMax', 0),
    challengerFlopsRatio: sometimes('challengerFlopsRatio', 1),
    trainingEfficiencyAdoption: sometimes('trainingEfficiencyAdoption', 0),
    incumbentResponse: sometimes('incumbentResponse', 0),
    elasticity: inRange('elasticity'),
  });
}

/**
 * The totals over the run after the shock. (Not the fleet left at the end: orders placed in the
 * last lead time are delivered after the last month, where no total reads them.)
 */
function results(t: RunTotals): Omit<RunTotals, 'clearingEvaluations' | 'finalFleetH100e'> {
  const { clearingEvaluations: _, finalFleetH100e: __, ...rest } = t;
  return rest;
}

describe('a channel the decomposition drops as inert', () => {
  for (const preset of presets.filter((p) => ['deepseek-shock', 'textbook', 'jevons-bull'].includes(p.id))) {
    it(`preset ${preset.id}: the run with it is the run without it, bit for bit`, SLOW, () => {
      let dropped = 0;
      fc.assert(
        fc.property(settings(), fc.integer({ min: 1, max: 63 }), (values, subset) => {
          const inputs = toModelInputs(scenarioWith(values, { kind: 'constant' }, preset.id));
          const on = effectiveChannels(inputs, subset);
          expect(on & ~subset, 'only drops channels').toBe(0);
          if (on === subset) return;
          dropped++;
          const base = workspaceFor(inputs);
          const ws = workspaceFor(inputs);
          runModel(inputs, NO_CHANNELS, base);
          const withAll = results(runModel(inputs, subset, ws, base, false));
          expect(results(runModel(inputs, on, ws, base, false))).toEqual(withAll);
        }),
        { numRuns: 60, seed: 11 },
      );
      expect(dropped).toBeGreaterThan(10);
    });
  }

  it('keeps every channel where each can act (the default scenario but for pass-through without efficiency or capacity price)', () => {
    const inputs = toModelInputs(scenarioWith({}));
    expect(effectiveChannels(inputs, 63)).toBe(63);
    expect(effectiveChannels(inputs, CHANNEL.passThrough | CHANNEL.competition)).toBe(CHANNEL.competition);
    expect(effectiveChannels(inputs, CHANNEL.passThrough | CHANNEL.capacityPrice | CHANNEL.competition)).toBe(
      CHANNEL.passThrough | CHANNEL.capacityPrice | CHANNEL.competition,
    );
  });
});
