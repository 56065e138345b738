import fc from 'fast-check';
import { parameterById, parameters } from '../../models/index';
import type { ParamId } from '../../models/schema';
import type { Scenario } from '../../src/model/types';
import { scenarioFromValues } from '../../src/scenario/from-preset';

/** A scenario from the default preset with some parameters replaced (numbers in catalogue units). */
export function scenarioWith(
  values: Partial<Record<ParamId, number>>,
  curve: Scenario['demandCurve'] = { kind: 'constant' },
): Scenario {
  return scenarioFromValues(values, { demandCurve: curve });
}

/**
 * A world where nothing moves but what a test sets: no trend in price, compute or hardware, no
 * adoption or token-per-task growth, no training, no lag, supply never binding.
 */
export const STILL_WORLD: Partial<Record<ParamId, number>> = {
  priceDeclinePerYear: 1,
  algorithmicGainPerYear: 1,
  hardwareGainPerYear: 1,
  adoptionCeiling: 1,
  tokensPerTaskGrowthPerYear: 1,
  trainingGpuHoursPerMonth: 0,
  trainingGrowthPerYear: 1,
  demandLagMonths: 0,
  incumbentResponse: 0,
  maxFleetGrowthPerYear: parameterById.maxFleetGrowthPerYear.max,
};

/** fast-check arbitrary of a value inside one parameter's slider range (integers where required). */
export function inRange(id: ParamId, lo?: number, hi?: number): fc.Arbitrary<number> {
  const def = parameterById[id];
  const min = Math.max(def.min, lo ?? def.min);
  const max = Math.min(def.max, hi ?? def.max);
  if (def.integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Random values for every parameter within its range (the horizon kept short so runs stay quick). */
export function anyValues(): fc.Arbitrary<Partial<Record<ParamId, number>>> {
  const record: Partial<Record<ParamId, fc.Arbitrary<number>>> = {};
  for (const def of parameters) {
    if (def.id === 'horizonMonths' || def.id === 'shockMonth') continue;
    record[def.id] = inRange(def.id);
  }
  return fc
    .tuple(
      fc.record(record as Record<ParamId, fc.Arbitrary<number>>),
      inRange('horizonMonths', undefined, 240),
    )
    .chain(([values, horizon]) =>
      fc
        .integer({ min: 0, max: horizon - 1 })
        .map((shockMonth) => ({ ...values, horizonMonths: horizon, shockMonth })),
    );
}

export function relativeClose(a: number, b: number, tolerance = 1e-9): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}
