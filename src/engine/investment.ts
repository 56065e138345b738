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
export interface OrderRule {
  leadTime: number;
  expectationMonths: number;
  profitabilityTilt: number;
  adjustmentMonths: number;
  retireShare: number;
  normalUtilization: number;
  hoursPerMonth: number;
}

export function desiredFleet(
  rule: OrderRule,
  demandHours: number,
  expectedGrowth: number,
  profitability: number,
  exp: (x: number) => number,
  power: (b: number, e: number) => number,
): number {
  const tilt = rule.profitabilityTilt === 0 ? 1 : power(profitability, rule.profitabilityTilt);
  return (
    (demandHours * exp(expectedGrowth * rule.leadTime) * tilt) / (rule.normalUtilization * rule.hoursPerMonth)
  );
}

export function orderSize(rule: OrderRule, desired: number, projected: number, ceiling: number): number {
  const orders = desired * rule.retireShare + (desired - projected) / rule.adjustmentMonths;
  if (!(orders > 0)) return 0;
  return Math.min(orders, ceiling);
}

/** Adaptive expectation of monthly log growth: moves 1/expectationMonths of the way to what was seen. */
export function updateExpectation(expected: number, observed: number, expectationMonths: number): number {
  return expected + (observed - expected) / expectationMonths;
}
