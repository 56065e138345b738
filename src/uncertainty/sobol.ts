/**
 * Global, variance-based sensitivity of the verdict (`sensitivity(scenario, { method: 'sobol' })`):
 * first- and total-order Sobol indices of every uncertain parameter for the headline figures — the
 * change the shock makes to served compute and to capex, and the rebound on served compute — with
 * bootstrap intervals. The tornado moves one parameter at a time and cannot see interactions; here
 * every uncertain parameter varies at once, and ST − S is the part of the variance a parameter
 * takes part in only together with others (elasticity × substitution × training rebound is where
 * the verdict turns). Method: saltelli.ts and sobol-indices.ts; the evaluations: sobol-job.ts.
 */
import { toModelInputs, verdictHorizons } from '../engine';
import { totalMonths } from '../engine/calendar';
import type { ParamId, Scenario } from '../model/types';
import { chunkRanges, chunkSize } from './parallel/chunks';
import { type Distributions, resolveDistributions } from './resolve-distributions';
import { addRefusals, noRefusals, refusalError } from './sampled-curve';
import { type SobolEstimate, sobolIndices } from './sobol-indices';
import { type SobolFactor, SobolJob, sobolPlan, sobolWork } from './sobol-job';
import { SENSITIVITY_OUTPUTS, type SensitivityOutputId } from './verdict-outputs';

/** Design rows by default: 512 × (parameters + 2) verdicts, ~12,000 for the 21 default parameters. */
export const DEFAULT_SOBOL_ROWS = 512;
/** Bootstrap resamples by default (enough for the 2.5 % and 97.5 % points of an interval). */
export const DEFAULT_BOOTSTRAP = 1000;
/** Design rows per chunk at most: a row is (factors + 2) verdicts, ~35 ms for 21 parameters. */
const SOBOL_ROWS_PER_CHUNK = 4;

export interface SobolOptions {
  method: 'sobol';
  /** Design rows N, a power of 2 (default 512): N · (factors + 2) verdicts are evaluated. */
  samples?: number;
  /** Seed of the design's shift and of the bootstrap (default 1). */
  seed?: number;
  /** Bootstrap resamples for the intervals (default 1,000). */
  bootstrap?: number;
  /** As in `monteCarlo`: exactly these are uncertain; default the catalogue's, moved to the scenario. */
  distributions?: Distributions;
  /**
   * Parameters analysed one by one; the other uncertain ones form one group, "others" (fewer
   * evaluations, and the chosen parameters' indices are the same as in a full analysis). Default:
   * every uncertain parameter alone.
   */
  factors?: ParamId[];
  /** Called as the work goes on, counted in verdicts evaluated (three engine runs each). */
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks; an aborted run throws the signal's reason. */
  signal?: AbortSignal;
}

/** One factor's indices on one output. */
export interface SobolFactorIndices {
  /** A parameter id, or "others" for the group of the rest. */
  id: string;
  parameters: ParamId[];
  /** Share of the output's variance the factor explains alone (0 … 1; a small negative is noise). */
  first: SobolEstimate;
  /** Share it takes part in, interactions included. */
  total: SobolEstimate;
  /** total − first: its share in interactions with other factors. */
  interaction: number;
}

export interface SobolOutput {
  /** Design rows used (those where every evaluation of the output is defined). */
  rows: number;
  /** Mean and variance of the output over the design (the output's unit; a ratio). */
  mean: number;
  variance: number;
  /** Σ of first-order indices; 1 − it is the share of the variance in interactions. */
  sumFirst: SobolEstimate;
  /** Factors by total-order index, largest first. */
  factors: SobolFactorIndices[];
}

export interface SobolResult {
  method: 'sobol';
  samples: number;
  seed: number;
  bootstrap: number;
  confidence: number;
  /** Months from the shock to the run's end: the window every output is cumulated over. */
  horizonMonths: number;
  /** Verdicts evaluated: samples × (factors + 2). */
  evaluations: number;
  factors: SobolFactor[];
  outputs: Record<SensitivityOutputId, SobolOutput>;
}

/** What a Sobol run needs, checked (throws UncertaintyInputError naming each problem). */
export function sobolSetup(scenario: Scenario, options: SobolOptions) {
  const inputs = toModelInputs(scenario);
  const distributions = resolveDistributions(scenario, options.distributions);
  const rows = options.samples ?? DEFAULT_SOBOL_ROWS;
  const seed = options.seed ?? 1;
  const { factors } = sobolPlan({ distributions, rows, seed, factors: options.factors });
  const width = factors.length + 2;
  return { inputs, distributions, rows, seed, factors, width, evaluations: rows * width };
}

/** The chunks of a Sobol run of `rows` design rows. */
export function sobolRanges(rows: number): [number, number][] {
  return chunkRanges(rows, chunkSize(rows, SOBOL_ROWS_PER_CHUNK));
}

/** What the indices of a design's outputs need: its rows, seed and factors (what a thread is sent). */
export type SobolDesign = Pick<ReturnType<typeof sobolSetup>, 'rows' | 'seed' | 'factors' | 'width'>;

/**
 * The indices of output `o` (index in SENSITIVITY_OUTPUTS) from every evaluation's outputs (row-major:
 * row, evaluation A, B, A_B^(g)…, output), with `bootstrap` resamples for the intervals. Outputs are
 * independent of each other (each resamples from the seed's own stream), so threads can take one each.
 */
export function sobolOutput(
  design: SobolDesign,
  outputs: Float64Array,
  o: number,
  bootstrap = DEFAULT_BOOTSTRAP,
): SobolOutput {
  const { rows, width, factors } = design;
  const per = width * SENSITIVITY_OUTPUTS.length;
  const column = (e: number) => {
    const values = new Float64Array(rows);
    for (let j = 0; j < rows; j++) values[j] = outputs[j * per + e * SENSITIVITY_OUTPUTS.length + o];
    return values;
  };
  const indices = sobolIndices(
    column(0),
    column(1),
    factors.map((_, g) => column(2 + g)),
    { bootstrap, seed: design.seed, confidence: SOBOL_CONFIDENCE },
  );
  const rowsOut: SobolFactorIndices[] = factors.map((factor, g) => ({
    id: factor.id,
    parameters: [...factor.parameters],
    first: indices.indices[g].first,
    total: indices.indices[g].total,
    interaction: indices.indices[g].total.value - indices.indices[g].first.value,
  }));
  // Largest total effect first; the sort is stable, so ties keep the catalogue's order.
  rowsOut.sort((a, b) => (b.total.value || 0) - (a.total.value || 0));
  return {
    rows: indices.rows,
    mean: indices.mean,
    variance: indices.variance,
    sumFirst: indices.sumFirst,
    factors: rowsOut,
  };
}

/** Coverage of the bootstrap intervals. */
const SOBOL_CONFIDENCE = 0.95;

/**
 * The Sobol result from every evaluation's outputs (row-major: row, evaluation A, B, A_B^(g)…,
 * output): the indices of each output, computed here or given (`byOutput`, in SENSITIVITY_OUTPUTS
 * order, from `sobolOutput` on other threads).
 */
export function sobolResult(
  setup: SobolDesign & Pick<ReturnType<typeof sobolSetup>, 'evaluations' | 'inputs'>,
  outputs: Float64Array,
  bootstrap = DEFAULT_BOOTSTRAP,
  byOutput?: readonly SobolOutput[],
): SobolResult {
  const result = {} as Record<SensitivityOutputId, SobolOutput>;
  SENSITIVITY_OUTPUTS.forEach((id, o) => {
    result[id] = byOutput?.[o] ?? sobolOutput(setup, outputs, o, bootstrap);
  });
  const p = setup.inputs.p;
  return {
    method: 'sobol',
    samples: setup.rows,
    seed: setup.seed,
    bootstrap,
    confidence: SOBOL_CONFIDENCE,
    horizonMonths: verdictHorizons(totalMonths(p.horizonMonths), p.shockMonth).at(-1) ?? 0,
    evaluations: setup.evaluations,
    factors: setup.factors.map((f) => ({ id: f.id, parameters: [...f.parameters] })),
    outputs: result,
  };
}

/** Sobol indices of the verdict in this thread (`sensitivityParallel` spreads it over every core). */
export function sobolSensitivity(scenario: Scenario, options: SobolOptions): SobolResult {
  const setup = sobolSetup(scenario, options);
  const job = new SobolJob({ ...setup, factors: options.factors });
  const per = setup.width * SENSITIVITY_OUTPUTS.length;
  const outputs = new Float64Array(setup.rows * per);
  const refused = noRefusals();
  for (const [start, end] of sobolRanges(setup.rows)) {
    options.signal?.throwIfAborted();
    const items = job.runChunk(start, end);
    outputs.set(items.outputs, start * per);
    addRefusals(refused, items.curve);
    options.onProgress?.(end * setup.width, setup.evaluations);
  }
  if (refused.count > 0) throw refusalError(refused, setup.evaluations, sobolWork(setup.width));
  return sobolResult(setup, outputs, options.bootstrap ?? DEFAULT_BOOTSTRAP);
}
