/**
 * Levenberg–Marquardt for a small dense problem: minimise ‖r(z)‖² over z, with a forward-difference
 * Jacobian. Deterministic: the same start and function give the same steps, bit for bit.
 */

export interface LeastSquaresOptions {
  maxIterations?: number;
  /** Forward-difference step in z. */
  step?: number;
  /** Stop when a step lowers the cost by less than this share of it. */
  relativeTolerance?: number;
  /** Called after each accepted step. */
  onIteration?: (iteration: number, cost: number) => void;
}

export interface LeastSquaresResult {
  z: Float64Array;
  cost: number;
  iterations: number;
  /** Evaluations of the residual function. */
  evaluations: number;
  converged: boolean;
}

export function levenbergMarquardt(
  residuals: (z: Float64Array) => Float64Array,
  start: Float64Array,
  options: LeastSquaresOptions = {},
): LeastSquaresResult {
  const maxIterations = options.maxIterations ?? 100;
  const h = options.step ?? 1e-5;
  const tol = options.relativeTolerance ?? 1e-12;
  const n = start.length;
  let z = start.slice();
  let r = residuals(z);
  let evaluations = 1;
  let cost = sumSquares(r);
  let lambda = 1e-3;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    const m = r.length;
    const jac = new Float64Array(m * n);
    for (let k = 0; k < n; k++) {
      const zk = z.slice();
      zk[k] += h;
      const rk = residuals(zk);
      evaluations++;
      for (let i = 0; i < m; i++) jac[i * n + k] = (rk[i] - r[i]) / h;
    }
    const jtj = new Float64Array(n * n);
    const jtr = new Float64Array(n);
    for (let i = 0; i < m; i++) {
      for (let a = 0; a < n; a++) {
        const ja = jac[i * n + a];
        jtr[a] += ja * r[i];
        for (let b = 0; b < n; b++) jtj[a * n + b] += ja * jac[i * n + b];
      }
    }
    let accepted = false;
    while (lambda < 1e12) {
      const system = jtj.slice();
      for (let a = 0; a < n; a++) system[a * n + a] += lambda * (jtj[a * n + a] + 1e-9);
      const step = solve(
        system,
        jtr.map((v) => -v),
        n,
      );
      const trial = z.map((v, k) => v + step[k]);
      const rTrial = residuals(trial);
      evaluations++;
      const trialCost = sumSquares(rTrial);
      if (Number.isFinite(trialCost) && trialCost < cost) {
        const drop = cost - trialCost;
        z = trial;
        r = rTrial;
        cost = trialCost;
        lambda = Math.max(lambda / 10, 1e-12);
        accepted = true;
        options.onIteration?.(iterations, cost);
        if (drop <= tol * cost) converged = true;
        break;
      }
      lambda *= 10;
    }
    if (!accepted) converged = true; // no step lowers the cost: a minimum to working precision
    if (converged) break;
  }
  return { z, cost, iterations, evaluations, converged };
}

function sumSquares(r: Float64Array): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) s += r[i] * r[i];
  return s;
}

/** Solves A x = b (A n×n, row-major) by Gaussian elimination with partial pivoting. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const m = a.slice();
  const x = b.slice();
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(m[row * n + col]) > Math.abs(m[pivot * n + col])) pivot = row;
    }
    if (pivot !== col) {
      for (let k = 0; k < n; k++) [m[col * n + k], m[pivot * n + k]] = [m[pivot * n + k], m[col * n + k]];
      [x[col], x[pivot]] = [x[pivot], x[col]];
    }
    const d = m[col * n + col];
    for (let row = col + 1; row < n; row++) {
      const f = m[row * n + col] / d;
      if (f === 0) continue;
      for (let k = col; k < n; k++) m[row * n + k] -= f * m[col * n + k];
      x[row] -= f * x[col];
    }
  }
  for (let row = n - 1; row >= 0; row--) {
    let s = x[row];
    for (let k = row + 1; k < n; k++) s -= m[row * n + k] * x[k];
    x[row] = s / m[row * n + row];
  }
  return x;
}

/**
 * The covariance of z at a least-squares minimum, by the Laplace approximation: (JᵀJ)⁻¹ with J the
 * residuals' Jacobian there (forward differences). With residuals in standard deviations and the
 * priors among them, this is the posterior's covariance; row k is the k-th column of the inverse.
 */
export function posteriorCovariance(
  residuals: (z: Float64Array) => Float64Array,
  z: Float64Array,
  step = 1e-5,
): Float64Array[] {
  const n = z.length;
  const r = residuals(z);
  const m = r.length;
  const jac = new Float64Array(m * n);
  for (let k = 0; k < n; k++) {
    const zk = z.slice();
    zk[k] += step;
    const rk = residuals(zk);
    for (let i = 0; i < m; i++) jac[i * n + k] = (rk[i] - r[i]) / step;
  }
  const jtj = new Float64Array(n * n);
  for (let i = 0; i < m; i++) {
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) jtj[a * n + b] += jac[i * n + a] * jac[i * n + b];
    }
  }
  const covariance: Float64Array[] = [];
  for (let k = 0; k < n; k++) {
    const unit = new Float64Array(n);
    unit[k] = 1;
    covariance.push(solve(jtj, unit, n));
  }
  return covariance;
}

/** The posterior correlation matrix from a covariance (rounded to 4 decimals, symmetric, 1 on the diagonal). */
export function correlationOf(covariance: readonly Float64Array[]): number[][] {
  const n = covariance.length;
  const sd = covariance.map((row, k) => Math.sqrt(row[k]));
  return covariance.map((row, a) =>
    Array.from({ length: n }, (_, b) => {
      if (a === b) return 1;
      // Averaged across the diagonal: the solve gives a matrix symmetric only to rounding.
      const c = (row[b] + covariance[b][a]) / 2 / (sd[a] * sd[b]);
      return Math.round(c * 1e4) / 1e4;
    }),
  );
}
