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
 * The search never prices an H100e-hour above this (USD). It is far beyond anything meaningful on
 * purpose: a price the market needs to clear is shown, with a warning, rather than hidden as a
 * queue. Where even this price leaves demand above the full fleet, nothing that is left of demand
 * answers the price, and the month is rationed at r(ū) instead (market-clearing.ts), so no run
 * reports this number as a price. Doubles stay finite well past it.
 */
export const RENTAL_SEARCH_LIMIT = 1e100;
