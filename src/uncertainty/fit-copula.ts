/**
 * The fitted parameters drawn together. The calibration pins some combinations of its parameters far
 * better than each alone: the supply ceiling's start and its growth trade off (posterior correlation
 * −0.93), tokens and the share of the fleet serving them go together (+0.82). Drawn independently
 * from their marginal spreads, samples would pair a low start with slow growth — a chip supply the
 * 2023–24 data rule out — and the bands would show rental prices and fleets no one observed.
 *
 * A Gaussian copula keeps each parameter's own (triangular) distribution and adds the correlation:
 * the uniforms of the fitted dimensions become normal scores z = Φ⁻¹(u), are correlated as w = L·z
 * with L the Cholesky factor of the fit's correlation matrix, and turned back into uniforms Φ(w).
 * A dimension with several parameters (the three paid shares) moves as one, as it does in the fit.
 * Only parameters whose distribution is the catalogue's posterior (`fit` set) take part: one a
 * scenario or a caller gave its own distribution is drawn on its own, as written.
 */
import { FITTED_CORRELATION } from '../../models/calibration/fitted';
import type { Distribution, ParamId } from '../model/types';
import { inverseNormalCdf, normalCdf } from './normal';

/** Transforms the uniforms of one sample in place (u[j] belongs to the sampler's j-th parameter). */
export type CopulaTransform = (u: Float64Array) => void;

/**
 * The copula for the sampler's parameters `ids` with `distributions`, or undefined when fewer than
 * two fit dimensions are drawn (nothing to correlate).
 */
export function compileFitCopula(
  ids: readonly ParamId[],
  distributions: Partial<Record<ParamId, Distribution>>,
  correlation: typeof FITTED_CORRELATION = FITTED_CORRELATION,
): CopulaTransform | undefined {
  // Members (positions in ids) of each fit dimension present, in the correlation's order.
  const members: number[][] = [];
  const dims: number[] = [];
  correlation.dimensions.forEach((dimension, d) => {
    const at: number[] = [];
    ids.forEach((id, j) => {
      const dist = distributions[id];
      if (dist?.dist === 'triangular' && dist.fit === dimension) at.push(j);
    });
    if (at.length > 0) {
      members.push(at);
      dims.push(d);
    }
  });
  const n = dims.length;
  if (n < 2) return undefined;
  const lower = cholesky(dims.map((a) => dims.map((b) => correlation.matrix[a][b])));
  const z = new Float64Array(n);
  return (u) => {
    for (let k = 0; k < n; k++) z[k] = inverseNormalCdf(u[members[k][0]]);
    // Row by row from the last, so each w_k reads only z values not yet overwritten.
    for (let k = n - 1; k >= 0; k--) {
      let w = 0;
      for (let m = 0; m <= k; m++) w += lower[k * n + m] * z[m];
      const v = normalCdf(w);
      // Φ(w) rounds to 1 beyond w ≈ 8.3; a quantile at 1 is the distribution's maximum, as it should be.
      for (const j of members[k]) u[j] = v;
    }
  };
}

/** The lower Cholesky factor (row-major) of a symmetric positive-definite matrix; throws if it is not. */
export function cholesky(matrix: readonly (readonly number[])[]): Float64Array {
  const n = matrix.length;
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = matrix[i][j];
      for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(s > 0))
          throw new Error(`the fit's correlation matrix is not positive definite (pivot ${i}: ${s})`);
        // sqrt is correctly rounded in IEEE 754: the same double in every engine.
        l[i * n + i] = Math.sqrt(s);
      } else l[i * n + j] = s / l[j * n + j];
    }
  }
  return l;
}
