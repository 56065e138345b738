/**
 * The standard normal distribution to double precision: CDF and its inverse.
 *
 * The CDF reuses the engine's tail (W. J. Cody's erfc, relative error ~1e-14 across the line), so
 * Φ(−8) ≈ 6.2e-16 keeps its relative precision instead of becoming 1 − 1 = 0.
 * The inverse is P. J. Acklam's rational approximation (relative error 1.15e-9) polished by one
 * Halley step against that CDF, which brings it to ~1e-15. The inverse uses only + − × ÷, sqrt and
 * the deterministic detExp/detLog, so it is bit-identical on every engine as long as the CDF is.
 */
import { normalTail } from '../engine/normal';
import { detExp, detLog } from '../math/det-math';

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Φ(x): probability that a standard normal variable is ≤ x. */
export function normalCdf(x: number): number {
  return normalTail(-x);
}

const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -7.784894002430293e-3, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [7.784695709041462e-3, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** Acklam's approximation for p ≤ 0.5 (the lower half, where p carries full precision). */
function acklamLowerHalf(p: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * detLog(p));
    return (
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

/**
 * Φ⁻¹(p): the standard normal quantile, for p in (0, 1).
 * Returns −Infinity for p ≤ 0 and +Infinity for p ≥ 1 (callers keep p inside (0, 1)).
 */
export function inverseNormalCdf(p: number): number {
  if (!(p > 0)) return Number.NEGATIVE_INFINITY;
  if (!(p < 1)) return Number.POSITIVE_INFINITY;
  // Work in the lower half so the refinement compares small probabilities with small ones.
  const upper = p > 0.5;
  const pl = upper ? 1 - p : p;
  let x = acklamLowerHalf(pl);
  const err = normalCdf(x) - pl;
  const u = err * SQRT_2PI * detExp((x * x) / 2);
  x -= u / (1 + (x * u) / 2);
  return upper ? -x : x;
}
