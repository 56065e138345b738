// Uncertainty and sensitivity (issues 4 and 7): the public surface for src/index.ts, the CLI and the web worker.
export {
  type CompiledDistribution,
  compileDistribution,
  DISTRIBUTION_KINDS,
  validateDistribution,
} from './distributions';
export { UncertaintyInputError } from './errors';
export { type MonteCarloOptions, monteCarlo } from './monte-carlo';
export { MAX_SAMPLES, MonteCarloRun, type MonteCarloSetup, validateSamples } from './monte-carlo-run';
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
export { createPrng, type Prng, validateSeed } from './prng';
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
  sensitivity,
  type TornadoRow,
  tornado,
} from './sensitivity';
export { type Proportion, spearman, wilsonProportion } from './stats';
