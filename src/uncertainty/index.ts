// Uncertainty and sensitivity (issue 4): the public surface for src/index.ts, the CLI and the web worker.
export {
  type CompiledDistribution,
  compileDistribution,
  DISTRIBUTION_KINDS,
  validateDistribution,
} from './distributions';
export { UncertaintyInputError } from './errors';
export { type MonteCarloOptions, monteCarlo } from './monte-carlo';
export { MAX_SAMPLES, MonteCarloRun, type MonteCarloSetup, validateSamples } from './monte-carlo-run';
export type { MonteCarloResult, SampleOutputs } from './monte-carlo-types';
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
  sensitivity,
  type TornadoRow,
  tornado,
} from './sensitivity';
export { type Proportion, spearman, wilsonProportion } from './stats';
