/**
 * The search for the rental price at which the compute market clears each month (the supply curve
 * it clears against is in compute-market.ts, the demand in month-demand.ts).
 */
import { exp, log } from './engine-math';

const WIDEN = 4;
/**
 * The search also stops where the bracket in ln r is this narrow. Near the supply curve's floor (a
 * steep curve far below normal use) the hours move ~1e13 times as fast as ln r, so at 1e-10 the
 * search stopped hundreds of hours from clearing; at 1e-13 (a thousand times ln r's last bit) it
 * meets the hours' tolerance there too. Elsewhere the hours' tolerance stops it long before.
 */
const LN_TOLERANCE = 1e-13;
/** Hours within this share of the fleet's are cleared: far below anything shown. */
export const CLEARING_TOLERANCE = 1e-8;
const MAX_EVALUATIONS = 200;
/** The first step never moves the price by more than this factor (e^0.5) before widening. */
const FIRST_STEP = 0.5;

/**
 * Where this month's search for the rental price starts: the path of the last three months' prices
 * carried on (a quadratic in ln r: last month's change, itself changed as it changed the month
 * before). The price moves smoothly, so this lands one to two orders of magnitude nearer the root
 * than last month's price. Changes beyond a factor 2 a month (a shock, rationing) are not projected.
 */
export function searchStart(last: number, before: number, beforeThat: number): number {
  const change = last / before;
  const previousChange = before / beforeThat;
  if (!(change > 0.5 && change < 2 && previousChange > 0.5 && previousChange < 2)) return last;
  const projected = change * (change / previousChange);
  return projected > 0.5 && projected < 2 ? last * projected : last;
}

/**
 * The next step of the search for a bracket, after a step that left the root ahead: 10% beyond where
 * the line through the last two points meets zero (so it usually lands just past the root), never
 * more than WIDEN times the last step, and WIDEN times it when the line points nowhere.
 */
function widened(step: number, near: number, gNear: number, far: number, gFar: number): number {
  // Both points are on the same side of the root; the nearer has the smaller excess.
  const approach = Math.abs(gFar) - Math.abs(gNear);
  const ahead = approach > 0 ? (Math.abs(gNear) * Math.abs(near - far)) / approach : Number.POSITIVE_INFINITY;
  const size = Math.abs(step);
  const next = ahead > 0 && ahead < WIDEN * size ? 1.1 * ahead + 1e-9 : WIDEN * size;
  return step > 0 ? next : -next;
}

/**
 * This month's slope, expected from the last two months' measured ones: the market's slope moves as
 * smoothly as its price, so its trend carried on one month is ten times nearer than last month's
 * slope alone, and a Newton step with it lands within the tolerance in three months of four (the
 * month is cleared in two evaluations instead of three). Last month's where there is no trend yet,
 * or where the trend would change the slope by more than a factor of 2.
 */
function expectedSlope(last: number, before: number): number {
  const next = 2 * last - before;
  const ratio = next / last;
  return ratio > 0.5 && ratio < 2 ? next : last;
}

/** What the solver learns from month to month: part of the state a run carries (run-state.ts). */
export class ClearingMemory {
  slope = -1;
  slopeBefore = Number.NaN;
  lastX = Number.NaN;
  lastG = 0;
  prevX = Number.NaN;
  prevG = 0;
  evaluations = 0;

  /** What a new solver knows: nothing yet (a first guess of the slope). */
  reset(): void {
    this.copyFrom(FRESH_MEMORY);
  }

  copyFrom(o: ClearingMemory): void {
    this.slope = o.slope;
    this.slopeBefore = o.slopeBefore;
    this.lastX = o.lastX;
    this.lastG = o.lastG;
    this.prevX = o.prevX;
    this.prevG = o.prevG;
    this.evaluations = o.evaluations;
  }
}

const FRESH_MEMORY = new ClearingMemory();

/** What the clearing solves: H_d(r) − K·hours·u(r), strictly decreasing in r (month-demand.ts). */
export interface ExcessDemand {
  excessAt(r: number): number;
}

/**
 * The rental price at which the market clears, one solver per run (it keeps no allocation in the
 * monthly loop and learns how steep the market is from month to month). `market.excessAt(r)` is
 * H_d(r) − K·hours·u(r): demand for hours minus the hours the fleet offers, strictly decreasing in
 * r and positive at the floor (nothing is offered there). Above r(ū) the supply is vertical — the
 * fleet is full — so the price alone rations demand, as it did when H100s rented for $8 an hour in
 * 2023. The search works in x = ln r: from the price path carried on (searchStart) a Newton step
 * with the slope expected this month (expectedSlope), accepted where it lands within the
 * tolerance — two evaluations in three months of four — else secant steps (at most geometric
 * widening) until the root is bracketed, then Illinois regula falsi — three evaluations in most of
 * the other months. Deterministic: the same
 * inputs take the same steps. Far below the normal utilisation a steep curve (large β)
 * puts r within ~1e-8 of its floor, where ln r resolves the hours to only ~1e-5 of the fleet's;
 * solving in u there would be exact, and is left for when such a regime matters.
 */
export class MarketClearing {
  rental = 0;
  /** True when no price up to the search's limit brings demand down to ū·K: the fleet is rationed. */
  rationed = false;
  /** Evaluations over the solver's life (a cost measure); each solve may take MAX_EVALUATIONS. */
  evaluations = 0;
  private budget = 0;
  /** d excess / d ln r, per hour the fleet offers, at last month's root, and at the root before it. */
  private slope = -1;
  private slopeBefore = Number.NaN;
  private lastX = Number.NaN;
  private lastG = 0;
  /** The last evaluation's ln price and price (its exp). */
  private priceX = Number.NaN;
  private price = Number.NaN;
  private prevX = Number.NaN;
  private prevG = 0;
  private limitSeen = Number.NaN;
  private lnLimitSeen = 0;
  private floorSeen = Number.NaN;
  private lnFloorSeen = 0;

  constructor(private readonly market: ExcessDemand) {}

  /**
   * Clears the month: the rental price in [floor, limit] at which hours demanded meet the hours the
   * fleet offers. When even `limit` leaves demand above the full fleet — nothing that is left of
   * demand falls as the price rises, so no price clears — the market rations at `rationAt`, the
   * price the supply curve gives at full utilisation ū, rather than at whatever price the search
   * happened to stop: a higher price would ration no one and only inflate what compute is worth.
   */
  solve(guess: number, floor: number, limit: number, scale: number, rationAt: number): void {
    this.budget = this.evaluations + MAX_EVALUATIONS;
    // A guess beyond the limit (last month's price where this month's limit is lower) starts at it.
    const x0 = guess > limit ? this.lnOfLimit(limit) : guess > floor ? log(guess) : log(floor + 1e-6);
    const g0 = this.g(x0);
    const tolerance = CLEARING_TOLERANCE * (scale > 0 ? scale : Math.abs(g0));
    if (Math.abs(g0) <= tolerance) {
      this.done(x0, false);
      return;
    }
    // A Newton step with the slope expected this month: it usually lands within the tolerance.
    let step = -g0 / (expectedSlope(this.slope, this.slopeBefore) * (scale > 0 ? scale : 1));
    if (!(Math.abs(step) <= FIRST_STEP)) step = step > 0 ? FIRST_STEP : -FIRST_STEP;
    if (Math.abs(step) < 1e-9) step = step > 0 ? 1e-9 : -1e-9;
    let a: number;
    let ga: number;
    let b: number;
    let gb: number;
    if (g0 > 0) {
      // Demand exceeds supply: the price must rise.
      const lnLimit = this.lnOfLimit(limit);
      a = x0;
      ga = g0;
      b = Math.min(x0 + step, lnLimit);
      gb = this.g(b);
      while (gb > tolerance && b < lnLimit && this.evaluations < this.budget) {
        step = widened(step, b, gb, a, ga);
        a = b;
        ga = gb;
        b = Math.min(b + step, lnLimit);
        gb = this.g(b);
      }
      if (gb > tolerance || (gb > 0 && b >= lnLimit)) {
        this.rental = rationAt;
        this.rationed = true;
        return;
      }
      if (gb >= -tolerance) {
        this.cleared(b, scale);
        return;
      }
    } else {
      const lnFloor = this.lnOfFloor(floor);
      b = x0;
      gb = g0;
      a = this.towardsFloor(x0, step, lnFloor, floor);
      ga = this.g(a);
      while (ga < -tolerance && this.evaluations < this.budget) {
        step = widened(step, a, ga, b, gb);
        b = a;
        gb = ga;
        a = this.towardsFloor(a, step, lnFloor, floor);
        ga = this.g(a);
      }
      if (Math.abs(ga) <= tolerance) {
        this.cleared(a, scale);
        return;
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
    this.cleared(c, scale);
  }

  /**
   * The market cleared at ln price x. The slope for next month's first step, from the last two
   * evaluations (near the root; the Illinois halving has altered the stored bracket values, so they
   * would mislead).
   */
  private cleared(x: number, scale: number): void {
    if (scale > 0 && this.prevX !== this.lastX) {
      const slope = (this.lastG - this.prevG) / (this.lastX - this.prevX) / scale;
      if (slope < 0 && Number.isFinite(slope)) {
        this.slopeBefore = this.slope;
        this.slope = slope;
      }
    }
    this.done(x, false);
  }

  /** Takes up what another solver had learnt (a run continued from a saved state). */
  recall(memory: ClearingMemory): void {
    this.slope = memory.slope;
    this.slopeBefore = memory.slopeBefore;
    this.lastX = memory.lastX;
    this.lastG = memory.lastG;
    this.prevX = memory.prevX;
    this.prevG = memory.prevG;
    this.evaluations = memory.evaluations;
  }

  remember(memory: ClearingMemory): void {
    memory.slope = this.slope;
    memory.slopeBefore = this.slopeBefore;
    memory.lastX = this.lastX;
    memory.lastG = this.lastG;
    memory.prevX = this.prevX;
    memory.prevG = this.prevG;
    memory.evaluations = this.evaluations;
  }

  private g(x: number): number {
    this.evaluations++;
    const r = exp(x);
    this.priceX = x;
    this.price = r;
    const value = this.market.excessAt(r);
    this.prevX = this.lastX;
    this.prevG = this.lastG;
    this.lastX = x;
    this.lastG = value;
    return value;
  }

  /**
   * ln of the search's limit and floor, kept while they stay the same (the limit in most runs all
   * months; the floor, which falls with hardware progress, within a month's search).
   */
  private lnOfLimit(limit: number): number {
    if (limit !== this.limitSeen) {
      this.limitSeen = limit;
      this.lnLimitSeen = log(limit);
    }
    return this.lnLimitSeen;
  }

  private lnOfFloor(floor: number): number {
    if (floor !== this.floorSeen) {
      this.floorSeen = floor;
      this.lnFloorSeen = floor > 0 ? log(floor) : Number.NEGATIVE_INFINITY;
    }
    return this.lnFloorSeen;
  }

  /** A step down in ln r that never crosses the floor (it halves the distance to it instead). */
  private towardsFloor(x: number, step: number, lnFloor: number, floor: number): number {
    const down = x - Math.abs(step);
    if (down > lnFloor) return down;
    return log(0.5 * (exp(x) + floor));
  }

  private done(x: number, rationed: boolean): void {
    // The root is usually where the search last evaluated: its price is known.
    this.rental = x === this.priceX ? this.price : exp(x);
    this.rationed = rationed;
  }
}
