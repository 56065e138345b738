/**
 * Compiles a set of distributions into a sampler that writes one draw per uncertain parameter
 * into a ModelInputs, in a fixed order, without allocating.
 */
import { PARAM_IDS } from '../../models/schema';
import type { ModelInputs } from '../engine';
import type { ParamId } from '../model/types';
import { type CompiledDistribution, compileDistribution } from './distributions';
import { UncertaintyInputError } from './errors';
import { compileFitCopula } from './fit-copula';
import type { Prng } from './prng';
import { boundsOf, type Distributions, WINDOW_PARAMS } from './resolve-distributions';

export interface ParamSampler {
  /** Parameters drawn per sample (every non-fixed distribution), in catalogue order. */
  readonly ids: readonly ParamId[];
  /** Parameters pinned by a `fixed` distribution, with their values. */
  readonly fixed: ReadonlyArray<readonly [ParamId, number]>;
  /**
   * Draws one value per uncertain parameter (one uniform each, in `ids` order), writes them into
   * `inputs.p` and into row[offset …]. The values are in catalogue units.
   */
  draw(prng: Prng, inputs: ModelInputs, row: Float64Array, offset: number): void;
  /**
   * Writes the values at given uniforms (u[j] for parameter ids[j], each in (0, 1)) into
   * `inputs.p`: a design (Sobol points) instead of a stream. Each parameter independently: the
   * fitted parameters' correlation, which `draw` keeps, is left out (Sobol assumes independence).
   */
  apply(u: ArrayLike<number>, inputs: ModelInputs): void;
}

/**
 * Compiles `distributions` (keys are parameter ids), which the scenario reader has read: a
 * scenario's own with the scenario, the catalogue's defaults moved to the scenario's values, or a
 * library caller's option (checked-distributions.ts). Throws UncertaintyInputError for a parameter
 * that sets the simulated window, which no distribution may cover.
 */
export function createSampler(distributions: Distributions): ParamSampler {
  const problems: string[] = [];
  for (const id of WINDOW_PARAMS) {
    if (distributions[id] !== undefined) {
      problems.push(`distributions.${id}: cannot be uncertain, it sets the simulated window`);
    }
  }
  const ids: ParamId[] = [];
  const compiled: CompiledDistribution[] = [];
  const fixed: [ParamId, number][] = [];
  for (const id of PARAM_IDS) {
    const dist = distributions[id];
    if (dist === undefined || WINDOW_PARAMS.includes(id)) continue;
    if (dist.dist === 'fixed') {
      fixed.push([id, dist.value]);
      continue;
    }
    ids.push(id);
    compiled.push(compileDistribution(dist, boundsOf(id)));
  }
  if (problems.length > 0) throw new UncertaintyInputError(problems);
  const count = ids.length;
  // The fitted parameters are drawn together (fit-copula.ts); one uniform per parameter is still
  // taken, in ids order, so the stream's layout does not depend on which parameters correlate.
  const copula = compileFitCopula(ids, distributions);
  const uniforms = new Float64Array(count);
  return {
    ids,
    fixed,
    draw(prng, inputs, row, offset) {
      const p = inputs.p;
      for (let j = 0; j < count; j++) uniforms[j] = prng.uniform();
      copula?.(uniforms);
      for (let j = 0; j < count; j++) {
        const value = compiled[j].quantile(uniforms[j]);
        p[ids[j]] = value;
        row[offset + j] = value;
      }
    },
    apply(u, inputs) {
      // Sobol indices are defined for independent inputs: a design point sets each parameter from
      // its own coordinate, without the fit's correlation (which the Monte Carlo bands keep).
      const p = inputs.p;
      for (let j = 0; j < count; j++) p[ids[j]] = compiled[j].quantile(u[j]);
    },
  };
}
