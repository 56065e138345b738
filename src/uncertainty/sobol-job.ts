/**
 * The model's side of a Sobol analysis, as chunks: design row j (see saltelli.ts) is turned into
 * parameter values through each uncertain parameter's inverse CDF, and the verdict is evaluated at
 * A_j, B_j and every A_B^(g)_j. Rows depend only on (seed, j), so any split across threads gives
 * the same figures.
 */
import type { ModelInputs } from '../engine';
import type { ParamId } from '../model/types';
import { UncertaintyInputError } from './errors';
import { checkedSampler, samplingInputs } from './mc-job';
import type { Distributions } from './resolve-distributions';
import { SaltelliDesign, validateSobolRows } from './saltelli';
import { type CurveRefusals, noRefusals, type RefusedWork } from './sampled-curve';
import type { ParamSampler } from './sampler';
import { SENSITIVITY_OUTPUTS, VerdictEvaluator } from './verdict-outputs';

/** The name of the group of uncertain parameters not analysed one by one. */
export const OTHERS = 'others';

export interface SobolJobSetup {
  inputs: ModelInputs;
  distributions: Distributions;
  /** Design rows N (a power of 2). */
  rows: number;
  seed: number;
  /**
   * Parameters analysed one by one; the other uncertain ones form one group (`OTHERS`). Default:
   * every uncertain parameter alone.
   */
  factors?: readonly ParamId[];
}

export interface SobolFactor {
  /** A parameter id, or OTHERS for the group of the rest. */
  id: string;
  parameters: ParamId[];
}

/** Outputs of rows start … end − 1: per row, per evaluation (A, B, A_B^(g)…), SENSITIVITY_OUTPUTS. */
export interface SobolItems {
  start: number;
  end: number;
  outputs: Float64Array;
  /** Evaluations (row · width + e) whose runs met an unusable demand-curve value (the analysis is then refused). */
  curve: CurveRefusals;
}

/** How a refusal names a Sobol evaluation (index row · width + e). */
export function sobolWork(width: number): RefusedWork {
  const which = (e: number) => (e === 0 ? 'A' : e === 1 ? 'B' : `A_B of factor ${e - 2}`);
  return {
    item: (i) => `design row ${Math.floor(i / width)}'s evaluation ${which(i % width)}`,
    plural: 'evaluations',
    analysis: 'the Sobol analysis',
  };
}

/** The sampler and the factors of a setup, checked; throws UncertaintyInputError naming each problem. */
export function sobolPlan(setup: Omit<SobolJobSetup, 'inputs'>): {
  sampler: ParamSampler;
  factors: SobolFactor[];
} {
  const problems: string[] = [];
  const rowsProblem = validateSobolRows(setup.rows, 'samples');
  if (rowsProblem) problems.push(rowsProblem);
  let sampler: ParamSampler | null = null;
  try {
    sampler = checkedSampler({ distributions: setup.distributions, samples: 1, seed: setup.seed });
  } catch (error) {
    if (!(error instanceof UncertaintyInputError)) throw error;
    problems.push(...error.problems);
  }
  if (sampler && sampler.ids.length === 0) {
    problems.push('distributions: no parameter is uncertain, so there is no variance to divide');
  }
  const chosen = setup.factors ?? sampler?.ids ?? [];
  chosen.forEach((id, i) => {
    if (sampler && !sampler.ids.includes(id)) {
      problems.push(`factors[${i}]: must be an uncertain (sampled) parameter, got ${JSON.stringify(id)}`);
    }
  });
  if (problems.length > 0 || !sampler) throw new UncertaintyInputError(problems);
  const alone = sampler.ids.filter((id) => chosen.includes(id));
  const rest = sampler.ids.filter((id) => !chosen.includes(id));
  const factors: SobolFactor[] = alone.map((id) => ({ id, parameters: [id] }));
  if (rest.length > 0) factors.push({ id: OTHERS, parameters: rest });
  return { sampler, factors };
}

export class SobolJob {
  readonly factors: SobolFactor[];
  readonly width: number;
  private readonly sampler: ParamSampler;
  private readonly design: SaltelliDesign;
  private readonly work: ModelInputs;
  private readonly evaluator: VerdictEvaluator;
  private readonly uniforms: Float64Array[];

  constructor(private readonly setup: SobolJobSetup) {
    const { sampler, factors } = sobolPlan(setup);
    this.sampler = sampler;
    this.factors = factors;
    const k = sampler.ids.length;
    const index = new Map(sampler.ids.map((id, i) => [id, i]));
    this.design = new SaltelliDesign(
      k,
      factors.map((f) => f.parameters.map((id) => index.get(id) as number)),
      setup.seed,
    );
    this.width = this.design.width;
    this.work = samplingInputs(setup.inputs, sampler);
    this.evaluator = new VerdictEvaluator(this.work);
    this.uniforms = Array.from({ length: this.width }, () => new Float64Array(k));
  }

  runChunk(start: number, end: number): SobolItems {
    if (!(0 <= start && start <= end && end <= this.setup.rows)) {
      throw new Error(`sobol chunk ${start} … ${end} is outside 0 … ${this.setup.rows}`);
    }
    const per = this.width * SENSITIVITY_OUTPUTS.length;
    const outputs = new Float64Array((end - start) * per);
    const curve = noRefusals();
    for (let j = start; j < end; j++) {
      this.design.row(j, this.uniforms);
      for (let e = 0; e < this.width; e++) {
        this.sampler.apply(this.uniforms[e], this.work);
        const at = (j - start) * per + e * SENSITIVITY_OUTPUTS.length;
        this.evaluator.evaluate(this.work, outputs, at, j * this.width + e, curve);
      }
    }
    return { start, end, outputs, curve };
  }
}
