import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameterById, parameters, presets } from '../../models/index';
import { TIERS, tierParamId } from '../../models/tiers';
import { jevons } from '../../src/engine/jevons';
import { SERIES_IDS, type SimulationResult } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { anyValues, relativeClose, scenarioWith } from './helpers';

// Physical bounds and accounting identities that hold for every in-range setting, including the
// extremes (ε = 3 over twenty years): finite numbers, served ≤ capacity, prices ≥ cost, the tiers
// adding up, orders within the supply ceiling, and no shortage that lasts.

/** Longest run of months with more than 3% of demanded compute unserved that we accept. */
const BRIEF_SHORTAGE_MONTHS = 6;

function check(result: SimulationResult, values: Record<string, number>, brief = true): void {
  const s = result.series;
  const T = result.months.length;
  for (const id of SERIES_IDS) {
    for (let t = 0; t < T; t++) {
      const v = s[id][t];
      if (!(Number.isFinite(v) && v >= 0)) throw new Error(`${id}[${result.months[t]}] = ${v}`);
    }
  }
  const maxU = values.maxUtilization;
  let run = 0;
  let longest = 0;
  for (let t = 0; t < T; t++) {
    expect(s.utilization[t]).toBeLessThanOrEqual(Math.max(maxU, values.fleetUtilization) + 1e-9);
    expect(s.servedHours[t]).toBeLessThanOrEqual(s.capacityHours[t] * (1 + 1e-9) + 1e-9);
    expect(s.servedHours[t]).toBeLessThanOrEqual(s.demandedHours[t] * (1 + 1e-12) + 1e-9);
    let tokens = 0;
    let revenue = 0;
    for (const tier of TIERS) {
      const price = result.listPriceByTier[tier.id][t];
      const cost = result.marginalCostByTier[tier.id][t];
      expect(price).toBeGreaterThanOrEqual(cost * (1 - 1e-12));
      tokens += result.tokensByTier[tier.id][t];
      revenue += values[tierParamId(tier.id, 'PaidShare')] * price * result.tokensByTier[tier.id][t] * 1e-6;
    }
    expect(relativeClose(tokens, s.tokensServed[t], 1e-9) || tokens < 1e-300).toBe(true);
    expect(relativeClose(revenue, s.revenue[t], 1e-9) || revenue < 1e-300).toBe(true);
    expect(relativeClose(s.capex[t], s.capexChips[t] + s.capexShell[t], 1e-12) || s.capex[t] < 1e-300).toBe(
      true,
    );
    run = s.shortageShare[t] > 0.03 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  if (brief) expect(longest).toBeLessThanOrEqual(BRIEF_SHORTAGE_MONTHS);
}

// Hundreds of engine runs each: minutes on a busy 2-core machine, so the tests get time to finish.
const SLOW = { timeout: 300_000 };

describe('bounds and identities over random settings', () => {
  // Random combinations reach worlds no slider path leads to (token demand growing 30× a year at
  // an elasticity of 0.05 against a fixed chip supply): there no finite price clears the market and
  // the shortage warning says so. What must hold everywhere is finite, physical accounting; that
  // shortages stay brief is checked from every preset with each slider at its ends, below.
  it('every in-range setting stays finite, physical and accounted', SLOW, () => {
    fc.assert(
      fc.property(anyValues(120), (values) => {
        // At least one tier must sell tokens (the scenario reader refuses all-zero shares).
        fc.pre(TIERS.some((t) => (values[tierParamId(t.id, 'TokenShare')] ?? 0) > 0));
        const scenario = scenarioWith(values);
        const result = jevons(scenario, { breakEven: false, decomposition: false });
        const all = { ...scenario.parameters } as Record<string, number>;
        check(result.scenario, all, false);
        check(result.base, all, false);
        for (const v of result.verdicts) {
          if (v.value === null) expect(v.verdict).toBe('undefined');
          else expect(Number.isFinite(v.value)).toBe(true);
        }
      }),
      { numRuns: 30, endOnFailure: true },
    );
  });

  it('ε = 3 over twenty years stays inside the bounds', SLOW, () => {
    const scenario = scenarioWith({ elasticity: parameterById.elasticity.max, horizonMonths: 240 });
    const result = jevons(scenario, { decomposition: false });
    check(result.scenario, scenario.parameters as Record<string, number>);
  });

  for (const preset of presets) {
    it(`preset ${preset.id}, each slider at either end, keeps shortages brief`, SLOW, () => {
      for (const def of parameters) {
        if (def.id === 'horizonMonths' || def.id === 'shockMonth') continue;
        for (const value of [def.min, def.max]) {
          const scenario = scenarioWith(
            { [def.id]: value },
            { kind: preset.demandCurve ?? 'constant' },
            preset.id,
          );
          if (!TIERS.some((t) => (scenario.parameters[tierParamId(t.id, 'TokenShare')] as number) > 0))
            continue;
          const result = jevons(scenario, { breakEven: false, decomposition: false });
          try {
            check(result.scenario, scenario.parameters as Record<string, number>);
          } catch (error) {
            throw new Error(`${preset.id} with ${def.id} = ${value}: ${(error as Error).message}`);
          }
        }
      }
    });

    it(`preset ${preset.id} stays inside the bounds`, SLOW, () => {
      const scenario = scenarioFromPreset(preset.id);
      const result = jevons(scenario);
      check(result.scenario, scenario.parameters as Record<string, number>);
      for (const d of result.decomposition) {
        const parts = Object.values(d.effects).reduce((a, b) => a + b, 0);
        expect(Math.abs(parts - d.total)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(d.total), ...Object.values(d.effects).map(Math.abs)),
        );
      }
    });
  }
});
