import { describe, expect, it } from 'vitest';
import { PARAM_IDS, retiredV1ParamById, retiredV1Params } from '../../models';

const HAN = /\p{Script=Han}/u;

/** The version-1 ids, a public contract (DESIGN.md). */
const V1_IDS = [
  'startMonth',
  'horizonMonths',
  'pricePerMTok',
  'priceDeclinePerYear',
  'shockMonth',
  'challengerPriceRatio',
  'challengerShareMax',
  'challengerShareMonths',
  'incumbentResponse',
  'tokensPerMonth',
  'elasticity',
  'reservationSigma',
  'demandLagMonths',
  'adoptionCeiling',
  'adoptionMidpointMonths',
  'tokensPerTaskGrowthPerYear',
  'flopsPerToken',
  'challengerFlopsRatio',
  'algorithmicGainPerYear',
  'gpuPeakFlops',
  'inferenceUtilization',
  'hardwareGainPerYear',
  'gpuHourCost',
  'trainingGpuHoursPerMonth',
  'trainingGrowthPerYear',
  'trainingEfficiencyRatio',
  'trainingEfficiencyAdoption',
  'gpuCapexPerGpu',
  'gpuLifetimeYears',
  'fleetUtilization',
  'maxFleetGrowthPerYear',
];

const RETIRED = [
  'startMonth',
  'pricePerMTok',
  'priceDeclinePerYear',
  'challengerPriceRatio',
  'adoptionCeiling',
  'adoptionMidpointMonths',
  'gpuHourCost',
  'maxFleetGrowthPerYear',
];

describe('version-1 ids', () => {
  it('are each either kept or refused with a message, never both and never lost', () => {
    const kept = new Set<string>(PARAM_IDS);
    for (const id of V1_IDS) {
      const retired = id in retiredV1ParamById;
      expect(kept.has(id) !== retired, `${id} must be kept xor retired`).toBe(true);
    }
    expect(retiredV1Params.map((r) => r.id).sort()).toEqual([...RETIRED].sort());
  });

  it.each(retiredV1Params.map((r) => [r.id, r] as const))(
    '%s: names what replaced it, in en and zh',
    (id, r) => {
      expect(r.replacedBy.length).toBeGreaterThan(0);
      for (const next of r.replacedBy)
        expect(PARAM_IDS as readonly string[], `${id} → ${next}`).toContain(next);
      expect(r.message.en).toContain(id);
      expect(
        r.replacedBy.some((next) => r.message.en.includes(next)),
        `${id}: en names a replacement`,
      ).toBe(true);
      expect(r.message.zh).toMatch(HAN);
      expect(r.message.zh).toContain(id);
    },
  );
});
