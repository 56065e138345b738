/**
 * The compute market. Supply is the installed fleet K (H100e) at utilisation u ≤ ū; the rental price
 * of an H100e-hour rises with utilisation from a short-run floor (power, operations) through the
 * long-run user cost of capital at the normal utilisation u_n to a scarcity premium near ū:
 *
 *   r(u) = floor + capital · (u / u_n)^β,   capital = price per H100e × (interest + 1/lifetime) / (8,766 h · u_n)
 *
 * so at u_n the rental price just pays for the GPU over its life, below it the fleet earns less than
 * its cost and above it more (which is what makes investment respond). β = 0 is perfectly elastic
 * supply: any quantity at the user cost, the textbook setting. Demand for hours falls with r (prices
 * pass compute cost on; training spends a budget), so there is one price at which they meet. At ū
 * the fleet is full and supply turns vertical: the price rises until demand fits.
 */
export interface SupplyCurve {
  floor: number;
  capital: number;
  normalUtilization: number;
  maxUtilization: number;
  exponent: number;
}

export function rentalAt(curve: SupplyCurve, u: number, power: (b: number, e: number) => number): number {
  if (curve.exponent === 0) return curve.floor + curve.capital;
  if (u <= 0) return curve.floor;
  return curve.floor + curve.capital * power(u / curve.normalUtilization, curve.exponent);
}

/** Capital cost of an H100e-hour used at the normal utilisation, USD. */
export function capitalCostPerHour(
  pricePerH100e: number,
  costOfCapital: number,
  lifetimeYears: number,
  normalUtilization: number,
  hoursPerYear: number,
): number {
  return (pricePerH100e * (costOfCapital + 1 / lifetimeYears)) / (hoursPerYear * normalUtilization);
}

/** Utilisation the fleet offers at rental price r (the inverse of `rentalAt`), at most ū. */
export function utilizationAt(
  curve: SupplyCurve,
  r: number,
  power: (b: number, e: number) => number,
): number {
  if (r <= curve.floor) return 0;
  const u = curve.normalUtilization * power((r - curve.floor) / curve.capital, 1 / curve.exponent);
  return Math.min(u, curve.maxUtilization);
}

export interface Clearing {
  rental: number;
  /** True when demand exceeds ū·K even at the highest price the search allows. */
  rationed: boolean;
  evaluations: number;
}

/**
 * The search never prices an H100e-hour above this (USD); beyond it demand is rationed. It is far
 * beyond anything meaningful on purpose: a price the market needs to clear is shown, with a warning,
 * rather than hidden as a queue. Doubles stay finite well past it.
 */
export const RENTAL_SEARCH_LIMIT = 1e100;
const WIDEN = 4;
const LN_TOLERANCE = 1e-13;

/**
 * The rental price at which the market clears. `excess(r)` is H_d(r) − K·hours·u(r): demand for
 * hours minus the hours the fleet offers, strictly decreasing in r, positive at the floor (nothing
 * is offered there). Above r(ū) the supply is vertical — the fleet is full — so the price alone
 * rations demand, as it did when H100s rented for $8 an hour in 2023. The search works in ln r from
 * a bracket around last month's price, widening it geometrically, then Illinois regula falsi.
 * Deterministic: the same inputs take the same steps.
 */
export function clearMarket(
  excess: (r: number) => number,
  guess: number,
  floor: number,
  limit: number,
  exp: (x: number) => number,
  log: (x: number) => number,
): Clearing {
  let evaluations = 0;
  const g = (x: number): number => {
    evaluations++;
    return excess(exp(x));
  };
  const lnFloor = floor > 0 ? log(floor) : Number.NEGATIVE_INFINITY;
  const lnLimit = log(limit);
  const start = guess > floor ? log(guess) : log(floor + 1e-6);
  let a = start - 0.05;
  let b = start + 0.05;
  if (b > lnLimit) b = lnLimit;
  if (a <= lnFloor) a = 0.5 * (lnFloor + b);
  let ga = g(a);
  let gb = g(b);
  let step = b - a;
  while (ga < 0 && evaluations < 200) {
    b = a;
    gb = ga;
    step *= WIDEN;
    // Towards the floor, halve the distance to it instead of stepping past it.
    a = Number.isFinite(lnFloor) && a - step <= lnFloor ? log(0.5 * (exp(a) + floor)) : a - step;
    ga = g(a);
  }
  while (gb > 0 && b < lnLimit && evaluations < 200) {
    a = b;
    ga = gb;
    step *= WIDEN;
    b = Math.min(b + step, lnLimit);
    gb = g(b);
  }
  if (gb > 0) return { rental: exp(b), rationed: true, evaluations };
  let side = 0;
  let c = a;
  while (evaluations < 200 && b - a > LN_TOLERANCE) {
    c = (a * gb - b * ga) / (gb - ga);
    if (!(c > a && c < b)) c = 0.5 * (a + b);
    const gc = g(c);
    if (gc === 0) break;
    if (gc > 0) {
      a = c;
      ga = gc;
      if (side === 1) gb *= 0.5;
      side = 1;
    } else {
      b = c;
      gb = gc;
      if (side === -1) ga *= 0.5;
      side = -1;
    }
    if (Math.abs(gc) <= 1e-13 * Math.abs(ga - gb)) break;
  }
  return { rental: exp(c), rationed: false, evaluations };
}
