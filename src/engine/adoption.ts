/**
 * Adoption: Bass diffusion of users towards the ceiling of potential users,
 * F' = (p + q·F)(1 − F), stepped monthly (p and q are per year). p is adoption from outside
 * (innovators, marketing), q from users who already adopted (word of mouth). Demand scales with
 * F / F0, so the level of the ceiling never has to be known: only how far along the curve we start.
 */
export function bassStep(share: number, innovationPerMonth: number, imitationPerMonth: number): number {
  const next = share + (innovationPerMonth + imitationPerMonth * share) * (1 - share);
  return Math.min(next, 1);
}
