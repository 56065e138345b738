import fc from 'fast-check';
import { parameterById, parameters } from '../../models/index';
import type { ParamId } from '../../models/schema';
import type { Scenario } from '../../src/model/types';
import { monthly } from '../../src/engine/engine-math';
import { scenarioFromValues } from '../../src/scenario/from-preset';

/** A scenario from a preset (default: the default preset) with some parameters replaced, in catalogue units. */
export function scenarioWith(
  values: Partial<Record<ParamId, number>>,
  curve: Scenario['demandCurve'] = { kind: 'constant' },
  preset?: string,
): Scenario {
  return scenarioFromValues(values, { demandCurve: curve, ...(preset ? { extends: preset } : {}) });
}

/** The textbook preset (one tier, elastic supply, constant markup) with some parameters replaced. */
export function textbookWith(values: Partial<Record<ParamId, number>>): Scenario {
  return scenarioWith(values, { kind: 'constant' }, 'textbook');
}

/** fast-check arbitrary of a value inside one parameter's slider range (integers where required). */
export function inRange(id: ParamId, lo?: number, hi?: number): fc.Arbitrary<number> {
  const def = parameterById[id];
  const min = Math.max(def.min, lo ?? def.min);
  const max = Math.min(def.max, hi ?? def.max);
  if (def.integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Random values for any of `ids` (each present or not), each inside its slider range. */
export function someInRange(ids: readonly ParamId[]): fc.Arbitrary<Partial<Record<ParamId, number>>> {
  const record: Partial<Record<ParamId, fc.Arbitrary<number>>> = {};
  for (const id of ids) record[id] = inRange(id);
  return fc.record(record as Record<ParamId, fc.Arbitrary<number>>, { requiredKeys: [] });
}

/** Random values for every parameter within its range; the horizon up to `maxHorizon` months. */
export function anyValues(maxHorizon = 240): fc.Arbitrary<Partial<Record<ParamId, number>>> {
  const record: Partial<Record<ParamId, fc.Arbitrary<number>>> = {};
  for (const def of parameters) {
    if (def.id === 'horizonMonths' || def.id === 'shockMonth') continue;
    record[def.id] = inRange(def.id);
  }
  return fc
    .tuple(
      fc.record(record as Record<ParamId, fc.Arbitrary<number>>),
      inRange('horizonMonths', undefined, maxHorizon),
    )
    .chain(([values, horizon]) =>
      fc
        .integer({ min: 0, max: Math.min(horizon - 1, parameterById.shockMonth.max) })
        .map((shockMonth) => ({ ...values, horizonMonths: horizon, shockMonth })),
    );
}

export function relativeClose(a: number, b: number, tolerance = 1e-9): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

export function sum(values: ArrayLike<number>, from = 0, to = values.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += values[i];
  return s;
}

/**
 * The rental price's floor in each month of a run from the history start: the catalogue's floor
 * (USD per H100e-hour in 2023-01) falling with hardware progress, as the engine's trends compute it.
 */
export function rentalFloorPath(p: Record<string, number>, months: number): Float64Array {
  const step = 1 / monthly(p.hardwareGainPerYear);
  const path = new Float64Array(months);
  let hardware = 1;
  for (let t = 0; t < months; t++) {
    path[t] = p.rentalPriceFloor * hardware;
    hardware *= step;
  }
  return path;
}
