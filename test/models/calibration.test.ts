// The defaults are tied together by arithmetic written out in their `derived` sources; these tests
// redo that arithmetic from the catalogue values so a changed default cannot silently break it.
import { describe, expect, it } from 'vitest';
import { type ParamId, TIERS, parameterById as p, tierParamId } from '../../models';

// The arithmetic in these sources is the hand-set value's: for a calibrated parameter, its prior.
const v = (id: ParamId) => p[id].prior ?? p[id].value;
const HOURS_PER_MONTH = 730.5;
const HOURS_PER_YEAR = 8766;

describe('catalogue calibration', () => {
  const frontierHoursPerMtok =
    (v('flopsPerToken') * 1e6) / (v('gpuPeakFlops') * v('inferenceUtilization') * 3600);
  const shares = TIERS.map((t) => v(tierParamId(t.id, 'TokenShare')));
  const ratios = TIERS.map((t) => v(tierParamId(t.id, 'ComputeRatio')));
  const total = shares.reduce((a, b) => a + b, 0);
  const averageRatio = shares.reduce((sum, s, i) => sum + (s / total) * ratios[i], 0);

  it('gives the frontier ~0.56 H100e-hours per million tokens, ~0.095 on average over the tiers', () => {
    expect(frontierHoursPerMtok).toBeCloseTo(0.5617, 3);
    expect(averageRatio).toBeCloseTo(0.1685, 4);
    expect(averageRatio * frontierHoursPerMtok).toBeCloseTo(0.0947, 3);
  });

  it('sizes the start fleet at ~3.2e5 H100e', () => {
    const inference = (v('tokensPerMonth') / 1e6) * averageRatio * frontierHoursPerMtok;
    const fleet = (inference + v('trainingGpuHoursPerMonth')) / (HOURS_PER_MONTH * v('initialUtilization'));
    expect(inference).toBeCloseTo(4.73e5, -3);
    expect(fleet / 3.2e5).toBeGreaterThan(0.98);
    expect(fleet / 3.2e5).toBeLessThan(1.03);
  });

  it('puts the user cost of an H100e-hour near the $2 behind DeepSeek-V3’s training cost', () => {
    const capital =
      (v('gpuCapexPerGpu') * (v('costOfCapital') + 1 / v('gpuLifetimeYears'))) /
      (HOURS_PER_YEAR * v('fleetUtilization'));
    expect(capital).toBeCloseTo(1.467, 2);
    expect(capital + v('rentalPriceFloor')).toBeCloseTo(5.576e6 / 2.788e6, 1);
  });

  it('prices the frontier tier at GPT-4’s 3:1 blend and keeps the R1/o1 observation at ~1/27', () => {
    expect(v('frontierListPrice')).toBe((3 * 30 + 60) / 4);
    const r1 = (3 * 0.55 + 2.19) / 4;
    const o1 = (3 * 15 + 60) / 4;
    expect(r1 / o1).toBeCloseTo(1 / 27.3, 3);
    expect(v('commodityListPrice') / v('frontierListPrice')).toBeLessThan(r1 / o1);
  });

  it('takes the training ratio and the efficient models’ compute from DeepSeek-V3', () => {
    expect(v('trainingEfficiencyRatio')).toBeCloseTo(2.788e6 / 39.3e6, 3);
    expect(v('challengerFlopsRatio')).toBeCloseTo((2 * 37e9) / v('flopsPerToken'), 6);
  });

  it('lifts the commodity tier to 0.87 of the frontier’s quality with the quality lever', () => {
    const q = v('commodityQuality');
    expect(q + v('qualityShock') * (1 - q)).toBeCloseTo(0.87, 2);
  });

  it('follows the Bass path from 0.08 to ~0.41 by January 2025 in monthly steps', () => {
    let f = v('adoptionStartShare');
    for (let m = 0; m < 24; m++)
      f += ((v('bassInnovationPerYear') + v('bassImitationPerYear') * f) * (1 - f)) / 12;
    expect(f).toBeCloseTo(0.41, 2);
  });

  it('lets a fixed capability get 3.8× cheaper a year at constant markups', () => {
    const fall = v('qualityGrowthPerYear') * v('algorithmicGainPerYear') * v('hardwareGainPerYear');
    expect(fall).toBeCloseTo(3.78, 2);
    expect(v('algorithmicGainPerYear') * v('qualityGrowthPerYear')).toBeCloseTo(2.8, 1);
  });

  it('puts the shell and power at ~1/3 of an installed H100e', () => {
    const shell = v('powerPerH100eKw') * v('datacenterCapexPerKw');
    expect(shell).toBe(14000);
    expect(shell / (shell + v('gpuCapexPerGpu'))).toBeCloseTo(0.318, 3);
  });
});
