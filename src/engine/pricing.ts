/**
 * Prices: a tier's marginal cost per million tokens is compute at the rental price plus other cost,
 * c_i = h_i·r + o_i; its target list price is (1 + μ_i)·c_i; list prices are sticky and move a
 * share θ of the gap to the target each month. The markups μ_i are those that make the observed
 * January-2023 list prices the target at the January-2023 rental price (never below zero: a price
 * below cost is raised to cost), and the competition lever cuts them.
 */

/** Other cost per Mtok such that compute is a share `computeShare` of marginal cost. */
export function otherCost(computeCost: number, computeShare: number): number {
  return (computeCost * (1 - computeShare)) / computeShare;
}

/** The markup that makes `listPrice` the target at marginal cost `cost` (≥ 0). */
export function impliedMarkup(listPrice: number, cost: number): number {
  const markup = cost > 0 ? listPrice / cost - 1 : 0;
  return Math.max(markup, 0);
}

/** θ = 1 − e^(−1/m): the share of the gap closed each month for a stickiness of m months (0 = instant). */
export function adjustmentShare(stickinessMonths: number, exp: (x: number) => number): number {
  return stickinessMonths > 0 ? 1 - exp(-1 / stickinessMonths) : 1;
}
