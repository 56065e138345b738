/**
 * The Saltelli design of a Sobol analysis (see sobol-indices.ts): row j of N gives the model's
 * inputs at A_j, B_j and A_B^(g)_j for every factor g, as uniforms in (0, 1)^k, built from point j
 * of a digitally shifted Sobol sequence in 2k dimensions. Any row can be made alone, so rows are
 * split across threads like Monte Carlo samples.
 */
import { SobolSequence } from './sobol-sequence';
import { type SobolIndicesOptions, type SobolIndicesResult, sobolIndices } from './sobol-indices';

/** Largest N a design takes (the sequence has 2^32 points; beyond this the run is days anyway). */
const MAX_SOBOL_ROWS = 2 ** 22;

/** "N must be a power of 2" and friends, naming field, rule and value; null when fine. */
export function validateSobolRows(n: unknown, field = 'N'): string | null {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 4 || n > MAX_SOBOL_ROWS || (n & (n - 1)) !== 0) {
    return `${field}: must be a power of 2 from 4 to ${MAX_SOBOL_ROWS} (Sobol points are balanced in powers of 2), got ${JSON.stringify(n)}`;
  }
  return null;
}

export class SaltelliDesign {
  private readonly sequence: SobolSequence;
  private readonly point: Float64Array;
  private readonly scratch: Uint32Array;

  /**
   * `k` inputs; `factors[g]` the input indices of factor g (one each, or a group); `seed` the shift.
   */
  constructor(
    readonly k: number,
    readonly factors: readonly (readonly number[])[],
    seed: number,
  ) {
    this.sequence = new SobolSequence(2 * k, seed);
    this.point = new Float64Array(2 * k);
    this.scratch = new Uint32Array(2 * k);
  }

  /** Evaluations per row: A, B and one per factor. */
  get width(): number {
    return this.factors.length + 2;
  }

  /**
   * Writes row j's inputs: out[0] = A_j, out[1] = B_j, out[2 + g] = A_B^(g)_j (each k uniforms).
   */
  row(j: number, out: Float64Array[]): void {
    const { k } = this;
    const p = this.sequence.point(j, this.point, this.scratch);
    for (let i = 0; i < k; i++) {
      out[0][i] = p[i];
      out[1][i] = p[k + i];
    }
    this.factors.forEach((members, g) => {
      const ab = out[2 + g];
      ab.set(out[0]);
      for (const i of members) ab[i] = p[k + i];
    });
  }
}

/**
 * Sobol indices of a plain function of k uniforms (each factor one input), N rows: what the tests
 * check against closed forms, through the same design and estimators as the model's analysis.
 */
export function sobolOfFunction(
  f: (u: Float64Array) => number,
  k: number,
  n: number,
  options: SobolIndicesOptions & { seed?: number } = {},
): SobolIndicesResult {
  const design = new SaltelliDesign(
    k,
    Array.from({ length: k }, (_, i) => [i]),
    options.seed ?? 1,
  );
  const rows = Array.from({ length: design.width }, () => new Float64Array(k));
  const fA = new Float64Array(n);
  const fB = new Float64Array(n);
  const fAB = Array.from({ length: k }, () => new Float64Array(n));
  for (let j = 0; j < n; j++) {
    design.row(j, rows);
    fA[j] = f(rows[0]);
    fB[j] = f(rows[1]);
    for (let g = 0; g < k; g++) fAB[g][j] = f(rows[2 + g]);
  }
  return sobolIndices(fA, fB, fAB, options);
}
