import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOURS_PER_MONTH } from '../../src/engine/calendar';
import {
  RENTAL_SEARCH_LIMIT,
  rentalAt,
  type SupplyCurve,
  utilizationAt,
} from '../../src/engine/compute-market';
import { power } from '../../src/engine/engine-math';
import { MarketClearing } from '../../src/engine/market-clearing';
import { simulate } from '../../src/engine/simulate';
import { inRange, rentalFloorPath, scenarioWith } from './helpers';

// The compute market clears every month: where nothing is rationed, the hours demanded at the
// rental price equal the hours the fleet offers at that price on the supply curve; and the clearing
// is monotone — more demand for compute, a higher rental price.

const SLOW = { timeout: 120_000 };

describe('the clearing rental price', () => {
  it('converges: demand at r equals the supply curve’s hours at r in every unrationed month', SLOW, () => {
    fc.assert(
      fc.property(
        inRange('elasticity'),
        inRange('scarcityExponent', 1, 20),
        inRange('tokensPerMonth'),
        inRange('substitutionElasticity'),
        (eta, beta, tokens, sigma) => {
          const scenario = scenarioWith({
            elasticity: eta,
            scarcityExponent: beta,
            tokensPerMonth: tokens,
            substitutionElasticity: sigma,
            horizonMonths: 36,
          });
          const p = scenario.parameters as Record<string, number>;
          const { series: s, months } = simulate(scenario);
          const floors = rentalFloorPath(p, months.length);
          for (let t = 0; t < months.length; t++) {
            if (s.shortageShare[t] > 0) continue;
            const floor = floors[t];
            const capital = s.userCost[t] - floor;
            const onCurve = Math.min(
              p.maxUtilization,
              p.fleetUtilization * ((s.rentalPrice[t] - floor) / capital) ** (1 / beta),
            );
            const offered = onCurve * s.fleetH100e[t] * HOURS_PER_MONTH;
            expect(Math.abs(s.demandedHours[t] - offered)).toBeLessThanOrEqual(1e-6 * offered);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('is monotone and converged on any decreasing demand against the supply curve', SLOW, () => {
    fc.assert(
      fc.property(
        // From 30% utilisation up. Far below the normal utilisation a steep curve puts r within
        // 1e-8 of its floor, where r's last bit is worth more hours than any tolerance: the solver
        // works in ln r (see compute-market.ts), and a fleet three times too large is no regime.
        fc.double({ min: 3e8, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        fc.double({ min: 1.001, max: 3, noNaN: true }),
        (scale, elasticity, budget, beta, more) => {
          const curve: SupplyCurve = {
            floor: 0.5,
            capital: 1.5,
            normalUtilization: 0.7,
            maxUtilization: 0.95,
            exponent: beta,
          };
          const fleetHours = 1e9;
          const fullUse = rentalAt(curve, curve.maxUtilization, power);
          const rootFor = (a: number): { rental: number; rationed: boolean; excess: number } => {
            const excess = (r: number): number =>
              a * r ** -elasticity + budget / r - utilizationAt(curve, r, power) * fleetHours;
            const solver = new MarketClearing({ excessAt: excess });
            solver.solve(2, curve.floor, RENTAL_SEARCH_LIMIT, fleetHours, fullUse);
            return { rental: solver.rental, rationed: solver.rationed, excess: excess(solver.rental) };
          };
          const low = rootFor(scale);
          const high = rootFor(scale * more);
          if (!low.rationed) expect(Math.abs(low.excess)).toBeLessThanOrEqual(1e-7 * fleetHours);
          // Strictly higher while a price clears. Demand that no price up to the search's limit
          // brings down to the full fleet is rationed at r(ū), the supply curve's price at full use.
          if (high.rationed) expect(high.rental).toBe(fullUse);
          else expect(high.rental).toBeGreaterThan(low.rental);
          if (low.rationed) expect(high.rationed).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
