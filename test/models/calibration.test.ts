// The defaults are tied together by arithmetic written out in their `derived` sources; these tests
// redo that arithmetic from the catalogue values so a changed default cannot silently break it.
import { describe, expect, it } from 'vitest';
import { parameterById as p } from '../../models';

const v = (id: keyof typeof p) => p[id].value;
const HOURS_PER_MONTH = 730;
const EPOCH_H100_EQUIVALENTS = 4.7e6;

describe('catalogue calibration', () => {
  it('sizes the start fleet to Epoch’s 4.7M H100-equivalents, half of it inference', () => {
    const gpuHoursPerToken = v('flopsPerToken') / (v('gpuPeakFlops') * v('inferenceUtilization') * 3600);
    const inference = v('tokensPerMonth') * gpuHoursPerToken;
    const training = v('trainingGpuHoursPerMonth');
    const gpus = (inference + training) / (HOURS_PER_MONTH * v('fleetUtilization'));
    expect(gpus / EPOCH_H100_EQUIVALENTS).toBeGreaterThan(0.99);
    expect(gpus / EPOCH_H100_EQUIVALENTS).toBeLessThan(1.01);
    expect(inference / (inference + training)).toBeCloseTo(0.5, 2);
  });

  it('prices the incumbent at o1’s 3:1 blend and the challenger at R1’s', () => {
    const o1 = (3 * 15 + 60) / 4;
    const r1 = (3 * 0.55 + 2.19) / 4;
    expect(v('pricePerMTok')).toBe(o1);
    expect(v('challengerPriceRatio')).toBeCloseTo(r1 / o1, 4);
  });

  it('takes the GPU-hour cost and training ratio from the DeepSeek-V3 figures', () => {
    expect(v('gpuHourCost')).toBeCloseTo(5.576e6 / 2.788e6, 6);
    expect(v('trainingEfficiencyRatio')).toBeCloseTo(2.788e6 / 39.3e6, 3);
    expect(v('challengerFlopsRatio')).toBeCloseTo((2 * 37e9) / v('flopsPerToken'), 6);
  });

  it('reads Kass’s 60 → 2 USD in two years as the yearly decline', () => {
    expect(v('priceDeclinePerYear')).toBeCloseTo(Math.sqrt(60 / 2), 1);
  });
});
