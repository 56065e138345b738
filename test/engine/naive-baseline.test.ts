import { describe, expect, it } from 'vitest';
import { presets } from '../../models/index';
import { naiveRun } from '../../scripts/bench/naive-model';
import { toModelInputs } from '../../src/engine/model-inputs';
import { simulate } from '../../src/engine/simulate';
import { SERIES_IDS, SERIES_UNITS } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';

/**
 * The bench compares the engine with a naive mathjs version of the same monthly equations; the
 * comparison is only fair if both compute the same thing. Every series of the scenario run must
 * agree month by month to 1e-9 of the series' scale, shares in absolute terms (the naive version takes Math.exp, Math.log
 * and ** where the engine takes its deterministic exp/log, so the last bits differ).
 */
describe('naive mathjs baseline used by the benchmark', { timeout: 120_000 }, () => {
  for (const preset of presets) {
    it(`matches the engine on preset ${preset.id}`, () => {
      const scenario = scenarioFromPreset(preset.id);
      scenario.parameters.horizonMonths = 24; // the naive month costs ~10 ms; two years are enough
      const engine = simulate(scenario);
      const naive = naiveRun(toModelInputs(scenario));
      for (const id of SERIES_IDS) {
        const values = engine.series[id];
        expect(naive.series[id]).toHaveLength(values.length);
        const scale = Math.max(...Array.from(values, Math.abs), SERIES_UNITS[id] === 'share' ? 1 : 1e-300);
        const worst = Math.max(...values.map((v, t) => Math.abs(naive.series[id][t] - v)));
        expect(worst / scale, id).toBeLessThan(1e-9);
      }
      expect(naive.cumulativeServedHours / engine.totals.cumulativeServedHours).toBeCloseTo(1, 9);
      expect(naive.cumulativeCapex / engine.totals.cumulativeCapex).toBeCloseTo(1, 9);
    });
  }
});
