/**
 * Investment and the fleet. Orders placed at the end of month t are delivered in month t + L (the
 * lead time, at least one month), under an absolute supply ceiling (CoWoS, HBM, power) that grows at
 * its own rate. Orders follow expected demand — the demand for hours now, grown at the expected
 * growth rate over the lead time, where the expectation adapts to the observed growth — tilted by
 * profitability (the rental price against the user cost), and close the gap between the desired
 * fleet and the fleet already installed or on order over `adjustment` months:
 *
 *   K*(p) = H_d · e^(ĝ·L) · (r / c(p))^φ / (u_n · hours)
 *   orders(p) = max(0, K*(p)·δ + (K*(p) − K_projected) / adjustment)
 *
 * where c(p) = floor + capital · p / p0 is the user cost of an H100e-hour bought at the GPU price p
 * (p0 the list price of the month; only the capital part scales with what the GPU cost, power and
 * operations do not).
 *
 * **A scarcity price for GPUs.** When the orders firms want at the list price exceed what can be
 * built by the delivery month (the ceiling C), the GPU price rises until they do not: the price
 * clears the order market, as NVIDIA's 2023–24 margins and allocations did. The orders rule is the
 * demand curve for GPUs, so the price is in closed form. Orders = C needs the desired fleet
 *
 *   K** = (C + K_projected / adjustment) / (δ + 1 / adjustment),
 *
 * and K*(p) = K*(p0) · (c(p0) / c(p))^φ gives c(p) = c(p0) · (K*(p0) / K**)^(1/φ), so
 *
 *   p / p0 = 1 + (c(p) − c(p0)) / capital.
 *
 * This improves on scaling the whole user cost with p: the floor (power, operations) does not rise
 * with the GPU's price, so a price rise moves the user cost less and a larger rise is needed to
 * turn orders away — more so as hardware progress makes the capital part a smaller share. The premium
 * p / p0 is at most `scarcityPremiumMax` (at 1, no scarcity price: orders are simply capped at C, as
 * before); where even that price leaves orders above C, or φ = 0 (orders do not answer the price),
 * the price is the cap and orders are rationed to C. Either way orders = min(orders(p0), C): the
 * scarcity price changes what the GPUs cost, not how many are delivered — the fleet, the rental
 * price and every served quantity are those of a run that caps orders, and a run whose orders stay
 * below the ceiling pays the list price.
 *
 * The premium goes with the order through the pipeline: an order fixes its premium when it is
 * placed and pays it over the list price of the month it is delivered (the per-H100e price falls
 * with hardware progress until then, as capex has always been booked), so capex = Σ deliveries ×
 * list price at delivery × premium at order. The installed fleet's supply of hours stays on the
 * list price's user cost: what the fleet paid is sunk, and the rent it earns above that cost is what
 * buyers bid into the GPU price.
 *
 * The fleet retires at a constant rate δ a month. The first L months deliver orders placed before
 * the history start, sized for steady growth at the expected rate, at the list price.
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
  /** Most the GPU price may rise over the list price when orders exceed the ceiling (×, ≥ 1). */
  scarcityPremiumMax: number;
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

/**
 * The GPU price as a multiple of the list price (≥ 1, ≤ the cap) at which the orders wanted equal
 * the ceiling; 1 when the orders wanted at the list price fit under it. `desired` is the desired
 * fleet at the list price; `capitalShare` the share of the user cost that is capital (what scales
 * with the GPU price). See the file comment.
 */
function scarcityPremium(
  rule: OrderRule,
  desired: number,
  projected: number,
  ceiling: number,
  capitalShare: number,
): number {
  const wanted = desired * rule.retireShare + (desired - projected) / rule.adjustmentMonths;
  if (!(wanted > ceiling)) return 1;
  const cap = rule.scarcityPremiumMax;
  const phi = rule.profitabilityTilt;
  if (!(cap > 1)) return 1;
  if (phi === 0 || !(capitalShare > 0)) return cap;
  // The user cost at the cap, relative to the list price's: c(cap·p0) / c(p0).
  const costAtCap = 1 + capitalShare * (cap - 1);
  const desiredAtCap = desired * power(costAtCap, -phi);
  const wantedAtCap = desiredAtCap * rule.retireShare + (desiredAtCap - projected) / rule.adjustmentMonths;
  if (!(wantedAtCap < ceiling)) return cap;
  // The desired fleet that orders exactly the ceiling; between desiredAtCap and desired, so the
  // cost ratio below lies between 1 and costAtCap and the premium between 1 and the cap.
  const cleared =
    (ceiling + projected / rule.adjustmentMonths) / (rule.retireShare + 1 / rule.adjustmentMonths);
  const costRatio = power(desired / cleared, 1 / phi);
  const premium = 1 + (costRatio - 1) / capitalShare;
  return Math.max(1, Math.min(premium, cap));
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
  /**
   * The same deliveries, each weighted by the scarcity premium its order was placed at: chip capex
   * in month t is this × the list price per H100e of month t. Equal to `deliveries` where no order
   * paid a premium.
   */
  atPremium: Float64Array;
  /** The scarcity premium of the orders placed last (GPU price ÷ list price). */
  premium = 1;
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
    this.atPremium = new Float64Array(months + 2);
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
    if (this.deliveries.length < months + L + 1) {
      this.deliveries = new Float64Array(months + L + 1);
      this.atPremium = new Float64Array(months + L + 1);
    }
    const deliveries = this.deliveries;
    deliveries.fill(0);
    this.premium = 1;
    this.expectedGrowth = expectedGrowth;
    this.ceiling = ceiling;
    this.lastDemand = 0;
    let c = ceiling;
    for (let j = 0; j < L; j++) {
      const steady = fleet * (rule.retireShare + expectedGrowth) * exp(expectedGrowth * j);
      deliveries[j] = steady > 0 ? Math.min(steady, c) : 0;
      c *= ceilingStep;
    }
    // Orders placed before the history start paid the list price.
    this.atPremium.set(deliveries);
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
   * profitability = rental / user cost at the list price) less the fleet that will still be
   * installed and what is on order, under the ceiling at delivery, and the scarcity premium that
   * clears them (`premium`; `capitalShare` = capital / user cost). Booked for t + L.
   */
  order(
    rule: OrderRule,
    t: number,
    demanded: number,
    profitability: number,
    fleet: number,
    capitalShare: number,
  ): number {
    this.observe(rule, t, demanded);
    const desired = desiredFleet(rule, demanded, this.expectedGrowth, profitability);
    const projected = fleet * rule.survivalOverLead + this.pending;
    const ceiling = this.ceiling * rule.ceilingGrowthOverLead;
    const orders = orderSize(rule, desired, projected, ceiling);
    const premium = scarcityPremium(rule, desired, projected, ceiling, capitalShare);
    this.place(rule, t, orders, premium);
    return orders;
  }

  /**
   * Month t's orders as another run placed them (the base run's, with investment switched off), at
   * the premium it paid. The expectation of growth is not updated: only `order` reads it, and a run
   * that follows orders never places its own (nor is its state saved for another run).
   */
  follow(rule: OrderRule, t: number, orders: number, premium: number): number {
    this.place(rule, t, orders, premium);
    return orders;
  }

  /** Books month t's orders for delivery in t + L and moves the pipeline on. */
  private place(rule: OrderRule, t: number, orders: number, premium: number): void {
    const L = rule.leadTime;
    this.deliveries[t + L] += orders;
    this.atPremium[t + L] += orders * premium;
    this.premium = premium;
    // pending(t+1) = Σ_{j=t+2}^{t+L} deliveries[j]
    this.pending += orders - (L > 1 ? this.deliveries[t + 1] : orders);
  }

  copyFrom(o: OrderBook): void {
    if (this.deliveries.length !== o.deliveries.length) {
      this.deliveries = new Float64Array(o.deliveries.length);
      this.atPremium = new Float64Array(o.deliveries.length);
    }
    this.deliveries.set(o.deliveries);
    this.atPremium.set(o.atPremium);
    this.premium = o.premium;
    this.pending = o.pending;
    this.expectedGrowth = o.expectedGrowth;
    this.ceiling = o.ceiling;
    this.lastDemand = o.lastDemand;
  }
}
