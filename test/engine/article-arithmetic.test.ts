import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models/index';
import { toModelInputs } from '../../src/engine/model-inputs';
import { runModel } from '../../src/engine/run-model';
import { createWorkspace } from '../../src/engine/workspace';
import { scenarioWith, STILL_WORLD } from './helpers';

// The seed articles' own arithmetic, reproduced by the catalogue and by the engine's accounting.
describe("the articles' arithmetic", () => {
  it('2.788 M GPU-hours × $2 per GPU-hour = $5.576 M (DeepSeek-V3 final training run)', () => {
    expect(2.788e6 * parameterById.gpuHourCost.value).toBeCloseTo(5.576e6, 6);
    // Through the engine: a month of training at 2.788 M GPU-hours and no inference costs $5.576 M.
    const inputs = toModelInputs(
      scenarioWith({ ...STILL_WORLD, horizonMonths: 12, trainingGpuHoursPerMonth: 2.788e6 }),
    );
    inputs.p.tokensPerMonth = 0;
    const ws = createWorkspace(12);
    const totals = runModel(inputs, 'base', ws);
    expect(ws.series.gpuSpend[0]).toBeCloseTo(5.576e6, 3);
    expect(totals.cumulativeGpuSpend).toBeCloseTo(12 * 5.576e6, 2);
  });

  it('2,048 GPUs × 55 days ≈ 2.7 M GPU-hours (004), close to the 2.788 M of 001', () => {
    const hours = 2048 * 55 * 24;
    expect(hours).toBe(2_703_360);
    expect(Math.abs(hours - 2.788e6) / 2.788e6).toBeLessThan(0.04);
  });

  it('DeepSeek-V3 needed ~7% of Llama 3’s GPU-hours (2.788 M / 39.3 M)', () => {
    expect(parameterById.trainingEfficiencyRatio.value).toBeCloseTo(2.788 / 39.3, 3);
  });

  it("R1's blended price is ~1/27 of o1's (3:1 input:output; 002 rounds it to 1/30)", () => {
    const o1 = (3 * 15 + 60) / 4;
    const r1 = (3 * 0.55 + 2.19) / 4;
    expect(parameterById.pricePerMTok.value).toBeCloseTo(o1, 6);
    expect(parameterById.challengerPriceRatio.value).toBeCloseTo(r1 / o1, 3);
    expect(o1 / r1).toBeGreaterThan(25);
    expect(o1 / r1).toBeLessThan(30);
  });
});
