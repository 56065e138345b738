// Uncertainty and sensitivity (issues 4, 7 and 10): the public surface for src/index.ts and the CLI.
// (The app imports the modules it needs directly: this index brings in Node's worker threads.)
export { type CompiledDistribution, compileDistribution } from './distributions';
// The entry points check a caller's `distributions` option with the scenario reader's rules.
export {
  checkedMonteCarlo as monteCarlo,
  checkedMonteCarloParallel as monteCarloParallel,
  checkedSensitivity as sensitivity,
  checkedSensitivityParallel as sensitivityParallel,
} from './checked-distributions';
export { UncertaintyInputError } from './errors';
export { ALL_BANDS, type BandSelection } from './band-layout';
export { MANTISSA_BITS, RELATIVE_ERROR } from './float-histogram';
export type { MonteCarloOptions } from './monte-carlo';
export { MAX_SAMPLES, MonteCarloRun, type MonteCarloSetup, validateSamples } from './monte-carlo-run';
export {
  defaultThreads,
  MAX_THREADS,
  validateThreads,
} from './parallel/node-pool';
export { sweepParallel, type ThreadOptions } from './parallel/run-parallel';
export {
  BASIS_OUTPUTS,
  type BasisVerdictStats,
  type MonteCarloResult,
  SAMPLE_OUTPUT_IDS,
  type SampleOutputId,
  type SampleOutputs,
  YEARLY_SERIES,
  type YearlySeriesId,
} from './monte-carlo-types';
export { createPrng, createStreamPrng, type Prng, validateSeed } from './prng';
export {
  QUANTILE_KEYS,
  QUANTILE_LEVELS,
  type QuantileBands,
  type QuantileKey,
  type QuantileSummary,
} from './quantiles';
export {
  defaultDistributions,
  type Distributions,
  resolveDistributions,
  shiftDistribution,
  WINDOW_PARAMS,
} from './resolve-distributions';
export {
  type GlobalRow,
  type SensitivityOptions,
  type SensitivityResult,
  type SwingRange,
  rankCorrelations,
  SENSITIVITY_OUTPUTS,
  type SensitivityOutputId,
  type TornadoRow,
  tornado,
} from './sensitivity';
export {
  DEFAULT_SOBOL_ROWS,
  type SobolFactorIndices,
  type SobolOptions,
  type SobolOutput,
  type SobolResult,
} from './sobol';
export { type SobolEstimate, sobolIndices } from './sobol-indices';
export { SaltelliDesign, sobolOfFunction } from './saltelli';
export { SobolSequence } from './sobol-sequence';
export { type Proportion, spearman, wilsonProportion } from './stats';
