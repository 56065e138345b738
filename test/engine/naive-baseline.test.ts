import { describe, expect, it } from 'vitest';
import { naiveRun } from '../../scripts/bench/naive-model';
import { toModelInputs } from '../../src/engine/model-inputs';
import { simulate } from '../../src/engine/simulate';
import { presets } from '../../models/index';
import { scenarioFromPreset } from '../../src/scenario/from-preset';

// The bench compares the engine with a naive mathjs version; the comparison is only fair if both
// compute the same thing, so every constant-curve preset must agree month by month.
describe('naive mathjs baseline used by the benchmark', () => {
  for (const preset of presets.filter((p) => (p.demandCurve ?? 'constant') === 'constant')) {
    it(`matches the engine on preset ${preset.id}`, () => {
      const scenario = scenarioFromPreset(preset.id);
      const engine = simulate(scenario);
      const naive = naiveRun(toModelInputs(scenario));
      const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
      for (let t = 0; t < naive.gpuSpend.length; t++) {
        expect(relative(naive.gpuSpend[t], engine.series.gpuSpend[t])).toBeLessThan(1e-9);
        expect(relative(naive.tokens[t], engine.series.tokens[t])).toBeLessThan(1e-9);
      }
    });
  }
});
