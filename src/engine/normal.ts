/**
 * Standard normal tail Φc(z) = 1 − Φ(z), accurate to ~1e-15 relative across the whole line
 * (W. J. Cody's rational approximations of erfc, as in most numerical libraries). A relative, not
 * absolute, error matters here: the reservation curve divides two tail probabilities far out.
 */
import { exp } from './engine-math';

const SQRT1_2 = Math.SQRT1_2;

export function normalTail(z: number): number {
  return 0.5 * erfc(z * SQRT1_2);
}

/** Standard normal density φ(z). */
function normalDensity(z: number): number {
  return 0.3989422804014327 * exp(-0.5 * z * z);
}

/** Hazard φ(z)/Φc(z): the point elasticity of a lognormal survival curve is hazard(z)/σ. */
function normalHazard(z: number): number {
  // Far in the right tail Φc underflows; the hazard tends to z + 1/z there.
  if (z > 37) return z + 1 / z;
  return normalDensity(z) / normalTail(z);
}

/**
 * The z at which the hazard equals `target` (> 0): the hazard rises monotonically from 0 to ∞,
 * so bisection on a bracket that always holds converges without fail.
 */
export function inverseHazard(target: number): number {
  let lo = -40;
  let hi = Math.max(2, target + 2);
  for (let i = 0; i < 200 && hi - lo > 1e-13 * (1 + Math.abs(hi)); i++) {
    const mid = 0.5 * (lo + hi);
    if (normalHazard(mid) < target) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

const A = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315];
const B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769,
  1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
];
const D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
  4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
const P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378,
  0.016315387137302097,
];
const Q = [
  2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918,
];
const INV_SQRT_PI = 0.5641895835477563;

/** Complementary error function (Cody 1969), relative error below 1e-14. */
function erfc(x: number): number {
  const y = Math.abs(x);
  let result: number;
  if (y <= 0.46875) {
    const ysq = y > 1.11e-16 ? y * y : 0;
    let num = A[4] * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * ysq;
      den = (den + B[i]) * ysq;
    }
    const erf = (x * (num + A[3])) / (den + B[3]);
    return 1 - erf;
  }
  if (y <= 4) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    result = (num + C[7]) / (den + D[7]);
  } else {
    if (y >= 27) return x > 0 ? 0 : 2;
    const ysq = 1 / (y * y);
    let num = P[5] * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * ysq;
      den = (den + Q[i]) * ysq;
    }
    result = (ysq * (num + P[4])) / (den + Q[4]);
    result = (INV_SQRT_PI - result) / y;
  }
  // exp(−y²) split in two to keep precision (as Cody does).
  const ysqTrunc = Math.trunc(y * 16) / 16;
  const del = (y - ysqTrunc) * (y + ysqTrunc);
  result *= exp(-ysqTrunc * ysqTrunc) * exp(-del);
  return x < 0 ? 2 - result : result;
}
