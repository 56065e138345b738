// Uncertainty and sensitivity (issues 4, 7 and 10): the surface src/index.ts publishes, and nothing
// else — the CLI and the app import the modules they need directly (this index brings in Node's
// worker threads, which the app must not load).
// The entry points check a caller's `distributions` option with the scenario reader's rules.
export {
  checkedMonteCarlo as monteCarlo,
  checkedMonteCarloParallel as monteCarloParallel,
  checkedSensitivity as sensitivity,
  checkedSensitivityParallel as sensitivityParallel,
} from './checked-distributions';
export type { MonteCarloOptions } from './monte-carlo';
export { MAX_SAMPLES } from './monte-carlo-run';
export { MAX_THREADS } from './parallel/node-pool';
export type { ThreadOptions } from './parallel/run-parallel';
export type { MonteCarloResult } from './monte-carlo-types';
export { defaultDistributions, resolveDistributions } from './resolve-distributions';
export type { SensitivityOptions, SensitivityResult } from './sensitivity';
export type { SobolOptions, SobolResult } from './sobol';
