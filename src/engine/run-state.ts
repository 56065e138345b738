import { ClearingMemory } from './market-clearing';
import { OrderBook } from './investment';

/**
 * What the monthly loop carries from one month to the next: the lagged demand index, the shock's
 * diffusion, last month's list and rental prices, the fleet, the order pipeline and what the
 * clearing solver has learnt. Nothing else survives a month (adoption and the trends are paths no
 * channel moves: trends.ts), so a copy taken at the start of a month is enough to run on from there.
 *
 * That is how counterfactual runs save a quarter of their work: before the shock month every
 * channel of the shock is off, so the mechanical, scenario and decomposition runs are the base run
 * until then. They start at the shock month from the base run's state (`Workspace.atShock`) and
 * take the earlier months of every series from it.
 */
export class RunState {
  /** Demand index after the adjustment lag, D(Π0) = 1. */
  lagged = 1;
  /** Diffusion of the shock, 0 before it and towards 1 after. */
  ramp = 0;
  lastRental = 0;
  /** The rental price one and two months before last: with lastRental, the path the next search extrapolates. */
  prevRental = 0;
  prevPrevRental = 0;
  fleet = 0;
  peakShortage = 0;
  /** Last month's list price by tier (list prices are sticky). */
  readonly prevPrice: Float64Array;
  readonly orders: OrderBook;
  readonly clearing = new ClearingMemory();

  constructor(tiers: number, months: number) {
    this.prevPrice = new Float64Array(tiers);
    this.orders = new OrderBook(months);
  }

  copyFrom(o: RunState): void {
    this.lagged = o.lagged;
    this.ramp = o.ramp;
    this.lastRental = o.lastRental;
    this.prevRental = o.prevRental;
    this.prevPrevRental = o.prevPrevRental;
    this.fleet = o.fleet;
    this.peakShortage = o.peakShortage;
    this.prevPrice.set(o.prevPrice);
    this.orders.copyFrom(o.orders);
    this.clearing.copyFrom(o.clearing);
  }
}

/**
 * Where two counterfactuals that differ only in the investment channel part. Investment changes
 * nothing but the orders placed from the shock on, and no order is read before it is delivered a
 * lead time L later: the run with investment on and its twin with it off are one run for the L − 1
 * months from the shock (the fleet entering month shock + L − 1 takes the deliveries of that month,
 * still ordered before the shock; the month after takes the first order that differs). The first
 * run saves its state at the start of `month` (shock + L − 1) and its totals so far; the twin
 * starts there, its order pipeline rebuilt from the base run's orders, which it follows.
 */
export class RunFork {
  /** The month the twin starts at (set by the caller before the first run). */
  month = 0;
  /** The channels of the run that saved here; −1 while nothing is saved. */
  channels = -1;
  readonly state: RunState;
  served = 0;
  value = 0;
  capex = 0;
  revenue = 0;
  tokens = 0;

  constructor(tiers: number, months: number) {
    this.state = new RunState(tiers, months);
  }
}
