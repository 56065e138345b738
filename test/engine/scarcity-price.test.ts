import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameterById } from '../../models/index';
import type { ParamId } from '../../models/schema';
import { TIERS, tierParamId } from '../../models/tiers';
import { jevons } from '../../src/engine/jevons';
import { HOURS_PER_YEAR } from '../../src/engine/calendar';
import { simulate } from '../../src/engine/simulate';
import type { SimulationResult } from '../../src/model/types';
import { anyValues, inRange, rentalFloorPath, scenarioWith } from './helpers';

// The scarcity price of GPUs (src/engine/investment.ts): when the orders firms want at the list
// price exceed what the chip-supply ceiling can deliver, the GPU price rises over the list price —
// by at most gpuScarcityPremiumMax — until they fit. It prices the GPUs; it never changes how many
// are ordered, delivered or installed. A run with the cap at 1 has no scarcity price: its gpuPrice
// is the list price, against which the other run is measured.

const SLOW = { timeout: 300_000 };
const CAP = 'gpuScarcityPremiumMax';

/** The same settings with no scarcity price (cap 1): the list price per H100e, month by month. */
function pair(values: Partial<Record<ParamId, number>>) {
  const priced = simulate(scenarioWith(values));
  const listed = simulate(scenarioWith({ ...values, [CAP]: 1 }));
  return { priced, listed };
}

/** Month t's orders reach the ceiling at their delivery month (where the run still has it). */
function atCeiling(run: SimulationResult, t: number, lead: number): boolean | undefined {
  const s = run.series;
  if (t + lead >= s.orders.length) return undefined;
  return s.orders[t] >= s.supplyCeiling[t + lead] * (1 - 1e-9);
}

/**
 * The list price per H100e, read back from the user cost the run reports: user cost = floor (falling
 * with hardware progress) +
 * list × (interest + 1/lifetime) / (hours a year × normal utilisation) — independent of the order book.
 */
function listPrice(values: Partial<Record<ParamId, number>>, run: SimulationResult, t: number): number {
  const v = (id: ParamId) => values[id] ?? parameterById[id].value;
  const floor = rentalFloorPath(
    { rentalPriceFloor: v('rentalPriceFloor'), hardwareGainPerYear: v('hardwareGainPerYear') },
    t + 1,
  )[t];
  const capital = run.series.userCost[t] - floor;
  return (
    (capital * HOURS_PER_YEAR * v('fleetUtilization')) / (v('costOfCapital') + 1 / v('gpuLifetimeYears'))
  );
}

function checkPair(
  values: Partial<Record<ParamId, number>>,
  priced: SimulationResult,
  listed: SimulationResult,
) {
  const cap = values[CAP] ?? parameterById[CAP].value;
  const lead = Math.max(1, values.leadTimeMonths ?? parameterById.leadTimeMonths.value);
  const s = priced.series;
  const l = listed.series;
  const elastic = (values.scarcityExponent ?? parameterById.scarcityExponent.value) === 0;
  for (let t = 0; t < s.gpuPrice.length; t++) {
    const list = l.gpuPrice[t];
    const at = `month ${priced.months[t]}`;
    // With no scarcity price the GPU price is the list price.
    expect(Math.abs(list - listPrice(values, listed, t)), at).toBeLessThanOrEqual(1e-9 * list);
    // The price lies between the list price and the cap.
    expect(Number.isFinite(s.gpuPrice[t]), at).toBe(true);
    expect(s.gpuPrice[t], at).toBeGreaterThanOrEqual(list);
    expect(s.gpuPrice[t], at).toBeLessThanOrEqual(list * cap * (1 + 1e-12));
    // The scarcity price changes no quantity: orders, deliveries, fleet, rental, hours served.
    expect(s.orders[t], at).toBe(l.orders[t]);
    expect(s.deliveries[t], at).toBe(l.deliveries[t]);
    expect(s.fleetH100e[t], at).toBe(l.fleetH100e[t]);
    expect(s.rentalPrice[t], at).toBe(l.rentalPrice[t]);
    expect(s.servedHours[t], at).toBe(l.servedHours[t]);
    // Orders stay under the ceiling, and deliveries with them.
    if (!elastic) expect(s.deliveries[t], at).toBeLessThanOrEqual(s.supplyCeiling[t] * (1 + 1e-9));
    // Capex is finite and pays between the list price and the cap on the chips delivered.
    expect(Number.isFinite(s.capex[t]), at).toBe(true);
    expect(s.capexChips[t], at).toBeGreaterThanOrEqual(l.capexChips[t]);
    expect(s.capexChips[t], at).toBeLessThanOrEqual(l.capexChips[t] * cap * (1 + 1e-12));
    expect(s.capexShell[t], at).toBe(l.capexShell[t]);
    // A premium only where the orders wanted exceed the ceiling: below it, the list price exactly.
    const capped = atCeiling(priced, t, lead);
    if (capped === false) expect(s.gpuPrice[t], at).toBe(list);
    if (capped !== undefined && s.gpuPrice[t] > list) expect(capped, at).toBe(true);
  }
}

describe('a scarcity price for GPUs', () => {
  it('lies between the list price and its cap, and moves no quantity, for any in-range setting', SLOW, () => {
    fc.assert(
      fc.property(anyValues(96), (values) => {
        fc.pre(TIERS.some((t) => (values[tierParamId(t.id, 'TokenShare')] ?? 0) > 0));
        const { priced, listed } = pair(values);
        checkPair(values, priced, listed);
      }),
      { numRuns: 25, endOnFailure: true },
    );
  });

  it(
    'when orders do not answer the price (profitabilityTilt 0), is the list price or the cap, never more',
    SLOW,
    () => {
      fc.assert(
        fc.property(inRange(CAP), inRange('elasticity'), (cap, elasticity) => {
          const values = { [CAP]: cap, elasticity, profitabilityTilt: 0 };
          const { priced, listed } = pair(values);
          checkPair(values, priced, listed);
          const s = priced.series;
          for (let t = 0; t < s.gpuPrice.length; t++) {
            const premium = s.gpuPrice[t] / listed.series.gpuPrice[t];
            expect(premium === 1 || Math.abs(premium - cap) <= 1e-12 * cap).toBe(true);
          }
        }),
        { numRuns: 10, endOnFailure: true },
      );
    },
  );

  it(
    'leaves a run whose orders stay below the chip-supply ceiling exactly as it was (list price)',
    SLOW,
    () => {
      // A ceiling far above demand: the orders wanted never reach it, so no month pays a premium and
      // every series equals the run with no scarcity price, bit for bit.
      fc.assert(
        fc.property(
          inRange(CAP),
          inRange('elasticity'),
          inRange('profitabilityTilt'),
          (cap, elasticity, tilt) => {
            const values = {
              [CAP]: cap,
              elasticity,
              profitabilityTilt: tilt,
              supplyCeilingStart: parameterById.supplyCeilingStart.max,
              supplyCeilingGrowthPerYear: parameterById.supplyCeilingGrowthPerYear.max,
            };
            const { priced, listed } = pair(values);
            const s = priced.series;
            const lead = parameterById.leadTimeMonths.value;
            for (let t = 0; t < s.orders.length; t++) fc.pre(atCeiling(priced, t, lead) !== true);
            for (const id of Object.keys(s) as (keyof typeof s)[])
              expect(Array.from(s[id]), id).toEqual(Array.from(listed.series[id]));
          },
        ),
        { numRuns: 10, endOnFailure: true },
      );
    },
  );

  it('lets capex answer the shock where GPUs are scarce: the capex verdict is a classification', SLOW, () => {
    // The default market, whose GPU orders wanted exceed the ceiling in 2023–27, with the cap from 3×
    // (above the default 2.5×) to the slider's end: the price stays below its cap after the shock,
    // so the shock moves capex through it, and the verdict on capex says how much of the saving the
    // market takes back — a classification.
    fc.assert(
      fc.property(fc.double({ min: 3, max: parameterById[CAP].max, noNaN: true }), (cap) => {
        const result = jevons(scenarioWith({ [CAP]: cap }), { breakEven: false, decomposition: false });
        const capex = result.verdicts.filter((v) => v.basis === 'capex' && v.horizonMonths === 24);
        expect(capex).toHaveLength(1);
        const [v] = capex;
        expect(v.verdict, v.reason).not.toBe('undefined');
        expect(Number.isFinite(v.value)).toBe(true);
        expect(v.scenario).not.toBe(v.base);
      }),
      { numRuns: 6, endOnFailure: true },
    );
  });

  it(
    'says why capex cannot move where the price sits at a lower cap, in a code a report translates',
    SLOW,
    () => {
      // A chip supply that grows 1.4× a year (the fit says ~2×) and the cap from 1 (no scarcity
      // price) to the default: GPUs are bought at the ceiling and the capped price with and without
      // the shock, so an undefined capex verdict carries its reason, and the shock then changes
      // capex by little (at most the months not pinned).
      let pinned = 0;
      fc.assert(
        fc.property(fc.double({ min: 1, max: parameterById[CAP].value, noNaN: true }), (cap) => {
          const result = jevons(scenarioWith({ [CAP]: cap, supplyCeilingGrowthPerYear: 1.4 }), {
            breakEven: false,
            decomposition: false,
          });
          for (const v of result.verdicts.filter((w) => w.basis === 'capex')) {
            if (v.value !== null) continue;
            expect(['at-supply-ceiling', 'no-saving']).toContain(v.reasonCode);
            if (v.reasonCode === 'at-supply-ceiling') {
              pinned++;
              expect(Math.abs(v.scenario - v.base)).toBeLessThanOrEqual(0.1 * v.base);
            }
          }
        }),
        { numRuns: 6, endOnFailure: true },
      );
      expect(pinned).toBeGreaterThan(0);
    },
  );
});
