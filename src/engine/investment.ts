/**
 * Investment and the fleet. Orders placed at the end of month t are delivered in month t + L (the
 * lead time, at least one month), under an absolute supply ceiling (CoWoS, HBM, power) that grows at
 * its own rate. Orders follow expected demand — the demand for hours now, grown at the expected
 * growth rate over the lead time, where the expectation adapts to the observed growth — tilted by
 * profitability (the rental price against the user cost), and close the gap between the desired
 * fleet and the fleet already installed or on order over `adjustment` months:
 *
 *   K* = H_d · e^(ĝ·L) · (r / r_n)^φ / (u_n · hours)
 *   orders = max(0, K*·δ + (K* − K_projected) / adjustment),   ≤ ceiling(t + L)
 *
 * The fleet retires at a constant rate δ a month. The first L months deliver orders placed before
 * the history start, sized for steady growth at the expected rate.
 */
import { exp, log, power } from './engine-math';

export interface OrderRule {
  leadTime: number;
  expectationMonths: number;
  profitabilityTilt: number;
  adjustmentMonths: number;
  retireShare: number;
  normalUtilization: number;
  hoursPerMonth: number;
  /** Share of today's fleet still installed L months on: (1 − δ)^L. */
  survivalOverLead: number;
  /** Growth of the supply ceiling over the lead time. */
  ceilingGrowthOverLead: number;
}

function desiredFleet(
  rule: OrderRule,
  demandHours: number,
  expectedGrowth: number,
  profitability: number,
): number {
  const tilt = rule.profitabilityTilt === 0 ? 1 : power(profitability, rule.profitabilityTilt);
  return (
    (demandHours * exp(expectedGrowth * rule.leadTime) * tilt) / (rule.normalUtilization * rule.hoursPerMonth)
  );
}

function orderSize(rule: OrderRule, desired: number, projected: number, ceiling: number): number {
  const orders = desired * rule.retireShare + (desired - projected) / rule.adjustmentMonths;
  if (!(orders > 0)) return 0;
  return Math.min(orders, ceiling);
}

/** Adaptive expectation of monthly log growth: moves 1/expectationMonths of the way to what was seen. */
function updateExpectation(expected: number, observed: number, expectationMonths: number): number {
  return expected + (observed - expected) / expectationMonths;
}

/**
 * The order pipeline of one run: deliveries due by month, the orders still in transit, the
 * expectation of growth and the supply ceiling. Part of the state a run carries between months
 * (run-state.ts).
 */
export class OrderBook {
  /** H100e delivered in month t (from the history start), placed L months earlier. */
  deliveries: Float64Array;
  /** Orders due after next month and before t + L. */
  pending = 0;
  /** Expected monthly log growth of demand for hours. */
  expectedGrowth = 0;
  /** The supply ceiling this month, H100e a month. */
  ceiling = 0;
  /** Demand for hours last month, from which growth is observed. */
  lastDemand = 0;

  constructor(months: number) {
    this.deliveries = new Float64Array(months + 2);
  }

  /**
   * The pipeline at the history start: the first L months deliver orders placed before it, sized
   * for steady growth at the expected rate under the ceiling.
   */
  open(
    rule: OrderRule,
    months: number,
    fleet: number,
    expectedGrowth: number,
    ceiling: number,
    ceilingStep: number,
    exp: (x: number) => number,
  ): void {
    const L = rule.leadTime;
    if (this.deliveries.length < months + L + 1) this.deliveries = new Float64Array(months + L + 1);
    const deliveries = this.deliveries;
    deliveries.fill(0);
    this.expectedGrowth = expectedGrowth;
    this.ceiling = ceiling;
    this.lastDemand = 0;
    let c = ceiling;
    for (let j = 0; j < L; j++) {
      const steady = fleet * (rule.retireShare + expectedGrowth) * exp(expectedGrowth * j);
      deliveries[j] = steady > 0 ? Math.min(steady, c) : 0;
      c *= ceilingStep;
    }
    let pending = 0;
    for (let j = 1; j < L; j++) pending += deliveries[j];
    this.pending = pending;
  }

  /** Adapts the expected growth to the growth of demand for hours seen this month (month t). */
  private observe(rule: OrderRule, t: number, demanded: number): void {
    if (t > 0 && this.lastDemand > 0 && demanded > 0) {
      this.expectedGrowth = updateExpectation(
        this.expectedGrowth,
        log(demanded / this.lastDemand),
        rule.expectationMonths,
      );
    }
  }

  /**
   * Month t's orders: the desired fleet (demand for hours grown over the lead time, tilted by
   * profitability = rental / user cost) less the fleet that will still be installed and what is on
   * order, under the ceiling at delivery. Booked for t + L.
   */
  order(rule: OrderRule, t: number, demanded: number, profitability: number, fleet: number): number {
    this.observe(rule, t, demanded);
    const desired = desiredFleet(rule, demanded, this.expectedGrowth, profitability);
    const projected = fleet * rule.survivalOverLead + this.pending;
    const orders = orderSize(rule, desired, projected, this.ceiling * rule.ceilingGrowthOverLead);
    this.place(rule, t, orders);
    return orders;
  }

  /**
   * Month t's orders as another run placed them (the base run's, with investment switched off). The
   * expectation of growth is not updated: only `order` reads it, and a run that follows orders
   * never places its own (nor is its state saved for another run).
   */
  follow(rule: OrderRule, t: number, orders: number): number {
    this.place(rule, t, orders);
    return orders;
  }

  /** Books month t's orders for delivery in t + L and moves the pipeline on. */
  private place(rule: OrderRule, t: number, orders: number): void {
    const L = rule.leadTime;
    this.deliveries[t + L] += orders;
    // pending(t+1) = Σ_{j=t+2}^{t+L} deliveries[j]
    this.pending += orders - (L > 1 ? this.deliveries[t + 1] : orders);
  }

  copyFrom(o: OrderBook): void {
    if (this.deliveries.length !== o.deliveries.length)
      this.deliveries = new Float64Array(o.deliveries.length);
    this.deliveries.set(o.deliveries);
    this.pending = o.pending;
    this.expectedGrowth = o.expectedGrowth;
    this.ceiling = o.ceiling;
    this.lastDemand = o.lastDemand;
  }
}
