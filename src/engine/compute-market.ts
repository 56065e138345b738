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

/**
 * The search never prices an H100e-hour above this (USD); beyond it demand is rationed. It is far
 * beyond anything meaningful on purpose: a price the market needs to clear is shown, with a warning,
 * rather than hidden as a queue. Doubles stay finite well past it.
 */
export const RENTAL_SEARCH_LIMIT = 1e100;
const WIDEN = 4;
const LN_TOLERANCE = 1e-10;
/** Hours within this share of the fleet's are cleared: far below anything shown. */
const HOURS_TOLERANCE = 1e-8;
const MAX_EVALUATIONS = 200;
/** The first step never moves the price by more than this factor (e^0.5) before widening. */
const FIRST_STEP = 0.5;

/**
 * The rental price at which the market clears, one solver per run (it keeps no allocation in the
 * monthly loop and learns how steep the market is from month to month). `excess(r)` is
 * H_d(r) − K·hours·u(r): demand for hours minus the hours the fleet offers, strictly decreasing in
 * r and positive at the floor (nothing is offered there). Above r(ū) the supply is vertical — the
 * fleet is full — so the price alone rations demand, as it did when H100s rented for $8 an hour in
 * 2023. The search works in x = ln r: from last month's price a Newton step with last month's slope,
 * then a geometric widening until the root is bracketed, then Illinois regula falsi. Deterministic:
 * the same inputs take the same steps. Far below the normal utilisation a steep curve (large β)
 * puts r within ~1e-8 of its floor, where ln r resolves the hours to only ~1e-5 of the fleet's;
 * solving in u there would be exact, and is left for when such a regime matters.
 */
export class MarketClearing {
  rental = 0;
  /** True when demand exceeds ū·K even at RENTAL_SEARCH_LIMIT. */
  rationed = false;
  /** Evaluations over the solver's life (a cost measure); each solve may take MAX_EVALUATIONS. */
  evaluations = 0;
  private budget = 0;
  /** d excess / d ln r, per hour the fleet offers, at last month's root. */
  private slope = -1;
  private lastX = Number.NaN;
  private lastG = 0;
  private prevX = Number.NaN;
  private prevG = 0;

  constructor(
    private readonly excess: (r: number) => number,
    private readonly exp: (x: number) => number,
    private readonly log: (x: number) => number,
  ) {}

  solve(guess: number, floor: number, limit: number, scale: number): void {
    const log = this.log;
    this.budget = this.evaluations + MAX_EVALUATIONS;
    const lnFloor = floor > 0 ? log(floor) : Number.NEGATIVE_INFINITY;
    const lnLimit = log(limit);
    const x0 = guess > floor ? log(guess) : log(floor + 1e-6);
    const g0 = this.g(x0);
    const tolerance = HOURS_TOLERANCE * (scale > 0 ? scale : Math.abs(g0));
    if (Math.abs(g0) <= tolerance) {
      this.done(x0, false);
      return;
    }
    // Overshoot the Newton step a little so that it usually lands just past the root: the bracket
    // is then tight from the start.
    let step = (-1.02 * g0) / (this.slope * (scale > 0 ? scale : 1));
    if (!(Math.abs(step) <= FIRST_STEP)) step = step > 0 ? FIRST_STEP : -FIRST_STEP;
    if (Math.abs(step) < 1e-9) step = step > 0 ? 1e-9 : -1e-9;
    let a: number;
    let ga: number;
    let b: number;
    let gb: number;
    if (g0 > 0) {
      // Demand exceeds supply: the price must rise.
      a = x0;
      ga = g0;
      b = Math.min(x0 + step, lnLimit);
      gb = this.g(b);
      while (gb > 0 && b < lnLimit && this.evaluations < this.budget) {
        step *= WIDEN;
        a = b;
        ga = gb;
        b = Math.min(b + step, lnLimit);
        gb = this.g(b);
      }
      if (gb > 0) {
        this.done(b, true);
        return;
      }
    } else {
      b = x0;
      gb = g0;
      a = this.towardsFloor(x0, step, lnFloor, floor);
      ga = this.g(a);
      while (ga < 0 && this.evaluations < this.budget) {
        step *= WIDEN;
        b = a;
        gb = ga;
        a = this.towardsFloor(a, step, lnFloor, floor);
        ga = this.g(a);
      }
    }
    // Illinois: regula falsi that halves the stale end's value, so it converges superlinearly and
    // never leaves the bracket.
    let side = 0;
    let c = ga === 0 ? a : b;
    let gc = ga === 0 ? 0 : gb;
    while (gc !== 0 && b - a > LN_TOLERANCE && this.evaluations < this.budget) {
      c = (a * gb - b * ga) / (gb - ga);
      if (!(c > a && c < b)) c = 0.5 * (a + b);
      gc = this.g(c);
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
      if (Math.abs(gc) <= tolerance) break;
    }
    // The slope for next month's first step, from the last two evaluations (near the root; the
    // Illinois halving has altered the stored bracket values, so they would mislead).
    if (scale > 0 && this.prevX !== this.lastX) {
      const slope = (this.lastG - this.prevG) / (this.lastX - this.prevX) / scale;
      if (slope < 0 && Number.isFinite(slope)) this.slope = slope;
    }
    this.done(c, false);
  }

  private g(x: number): number {
    this.evaluations++;
    const value = this.excess(this.exp(x));
    this.prevX = this.lastX;
    this.prevG = this.lastG;
    this.lastX = x;
    this.lastG = value;
    return value;
  }

  /** A step down in ln r that never crosses the floor (it halves the distance to it instead). */
  private towardsFloor(x: number, step: number, lnFloor: number, floor: number): number {
    const down = x - Math.abs(step);
    if (down > lnFloor) return down;
    return this.log(0.5 * (this.exp(x) + floor));
  }

  private done(x: number, rationed: boolean): void {
    this.rental = this.exp(x);
    this.rationed = rationed;
  }
}
