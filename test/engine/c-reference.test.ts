import { describe, expect, it } from 'vitest';
import { presets } from '../../models/index';
import { compileCReference, cReference } from '../../scripts/bench/c-reference';
import { ALL_CHANNELS } from '../../src/engine/channels';
import { toModelInputs } from '../../src/engine/model-inputs';
import { runModel } from '../../src/engine/run-model';
import { workspaceFor } from '../../src/engine/simulate';
import { type RunTotals, SERIES_IDS, SERIES_UNITS } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';

/**
 * The bench measures the engine against scripts/bench/c-loop.c, the same per-month equations in C.
 * That is only the engine's limit if the C code computes the same thing: its totals and every
 * series equal the engine's to 1e-9 of their scale (shares in absolute terms): C takes libm's
 * exp/log, the engine its deterministic port, so the last bits differ. Skipped where no
 * C compiler is installed.
 */
const hasCompiler = compileCReference() !== null;

describe.skipIf(!hasCompiler)('compiled C reference used by the benchmark', { timeout: 60_000 }, () => {
  for (const preset of presets) {
    for (const horizonMonths of [72, 240]) {
      it(`matches the engine on preset ${preset.id} over ${horizonMonths} months`, () => {
        const scenario = scenarioFromPreset(preset.id);
        scenario.parameters.horizonMonths = horizonMonths;
        const inputs = toModelInputs(scenario);
        const ws = workspaceFor(inputs);
        const totals = runModel(inputs, ALL_CHANNELS, ws);
        const c = cReference(inputs, { series: true, minMs: 1 })!;
        expect(c.months).toBe(ws.months);
        for (const key of Object.keys(totals) as (keyof RunTotals)[]) {
          if (key === 'clearingEvaluations') continue;
          // A share (of demand left unserved) is 1 − served/demanded: compared in absolute terms.
          const scale = key === 'peakShortageShare' ? 1 : Math.max(Math.abs(totals[key]), 1e-300);
          expect(Math.abs(c.totals[key] - totals[key]) / scale, key).toBeLessThan(1e-9);
        }
        // The same search, so about the same number of steps.
        expect(Math.abs(c.totals.clearingEvaluations - totals.clearingEvaluations)).toBeLessThanOrEqual(
          0.1 * totals.clearingEvaluations + 5,
        );
        for (const id of SERIES_IDS) {
          const values = ws.series[id];
          const floor = SERIES_UNITS[id] === 'share' ? 1 : 1e-300;
          const scale = Math.max(...Array.from(values, Math.abs), floor);
          const ours = c.series[id]!;
          const worst = Math.max(...Array.from(values, (v, t) => Math.abs(ours[t] - v)));
          expect(worst / scale, id).toBeLessThan(1e-9);
        }
      });
    }
  }
});
