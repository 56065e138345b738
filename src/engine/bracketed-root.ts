/**
 * A root of f inside a bracket [a, b] (f(a), f(b) of opposite signs), to within `tolerance`: Brent's
 * method (R. P. Brent, Algorithms for Minimization without Derivatives, 1973, ch. 4) — inverse
 * quadratic interpolation or the secant where they make good progress, bisection where they do not.
 * It keeps the bracket, so it cannot diverge, and for a smooth f takes a few evaluations where
 * bisection takes twenty. Deterministic: the same f, the same steps.
 */
export function bracketedRoot(
  f: (x: number) => number,
  a0: number,
  fa0: number,
  b0: number,
  fb0: number,
  tolerance: number,
): number {
  let a = a0;
  let fa = fa0;
  let b = b0;
  let fb = fb0;
  let c = b;
  let fc = fb;
  let d = 0;
  let e = 0;
  for (let i = 0; i < 200; i++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      // The root lies between b and a: c takes a's place.
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      // b is always the best estimate.
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const half = 0.5 * (c - b);
    if (Math.abs(half) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        // Secant.
        p = 2 * half * s;
        q = 1 - s;
      } else {
        // Inverse quadratic interpolation through a, b and c.
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * half * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : half > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}
