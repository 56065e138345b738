import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameters } from '../../models';
import type { ParameterDef } from '../../models/schema';
import { parseScenario } from '../../src/scenario/parse';

/** Values every rule but the range accepts: whole numbers for integer parameters. */
function inRange(def: ParameterDef): fc.Arbitrary<number> {
  if (def.integer) return fc.integer({ min: Math.ceil(def.min), max: Math.floor(def.max) });
  return fc.double({ min: def.min, max: def.max, noNaN: true });
}

function outOfRange(def: ParameterDef): fc.Arbitrary<number> {
  const span = Math.max(1, def.max - def.min);
  const below = fc.integer({ min: 1, max: 1000 }).map((k) => def.min - (span * k) / 100);
  const above = fc.integer({ min: 1, max: 1000 }).map((k) => def.max + (span * k) / 100);
  return fc
    .oneof(below, above)
    .map((value) => (def.integer ? Math.round(value) : value))
    .filter((v) => v < def.min || v > def.max);
}

// Cross-field rules: shockMonth below horizonMonths, the utilisations at most maxUtilization, some
// tier with tokens. Keep the other field of each rule out of the way.
function context(def: ParameterDef, value: number): Record<string, number> {
  if (def.id === 'shockMonth') return { shockMonth: value, horizonMonths: Math.max(value + 1, 12) };
  if (def.id === 'horizonMonths') return { horizonMonths: value, shockMonth: 0 };
  if (def.id === 'fleetUtilization' || def.id === 'initialUtilization')
    return { [def.id]: value, maxUtilization: 1 };
  if (def.id === 'maxUtilization')
    return {
      maxUtilization: value,
      fleetUtilization: Math.min(0.5, value),
      initialUtilization: Math.min(0.5, value),
    };
  return { [def.id]: value };
}

describe('parameter ranges (property)', () => {
  it('accepts any in-range number for any parameter', () => {
    const arbitrary = fc
      .constantFrom(...parameters)
      .chain((def) => inRange(def).map((value) => [def, value] as const));
    fc.assert(
      fc.property(arbitrary, ([def, value]) => {
        const result = parseScenario({ name: 'p', parameters: context(def, value) });
        if (!result.ok)
          throw new Error(`${def.id} = ${value}: ${result.errors.map((e) => e.message).join('; ')}`);
        expect(result.scenario.parameters[def.id]).toBe(value);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses any out-of-range number, naming that parameter', () => {
    const arbitrary = fc
      .constantFrom(...parameters)
      .chain((def) => outOfRange(def).map((value) => [def, value] as const));
    fc.assert(
      fc.property(arbitrary, ([def, value]) => {
        const result = parseScenario({ name: 'p', parameters: { [def.id]: value } });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const error = result.errors.find((e) => e.path === `$.parameters.${def.id}`);
        expect(error?.rule).toBe('range');
        expect(error?.message).toContain(def.id);
      }),
      { numRuns: 400 },
    );
  });
});
