/**
 * The `distributions` a library caller hands to `monteCarlo`, `sensitivity` and their parallel
 * versions, read by the scenario reader's own rules (src/scenario/distributions.ts: families, fields,
 * units, ranges, unknown ids with a suggestion) — one validator for a scenario file's
 * `distributions` and for this option. A scenario's own `distributions` were read with the scenario.
 *
 * Only the library's entry (./index.ts) calls this: the reader brings in mathjs for values with
 * units, which the app's workers must not load.
 */
import type { Scenario } from '../model/types';
import { readDistributions } from '../scenario/distributions';
import type { ScenarioError } from '../scenario/errors';
import { UncertaintyInputError } from './errors';
import { type MonteCarloOptions, monteCarlo } from './monte-carlo';
import type { MonteCarloResult } from './monte-carlo-types';
import { monteCarloParallel, sensitivityParallel, type ThreadOptions } from './parallel/run-parallel';
import type { Distributions } from './resolve-distributions';
import { type SensitivityOptions, type SensitivityResult, sensitivity } from './sensitivity';
import type { SobolOptions, SobolResult } from './sobol';

/** `options` with its `distributions` as the reader reads them (values with units converted). */
export function checkedDistributions<T extends { distributions?: Distributions }>(options: T): T {
  if (typeof options !== 'object' || options === null || options.distributions === undefined) return options;
  const errors: ScenarioError[] = [];
  const read = readDistributions(options.distributions, 'distributions', errors);
  if (errors.length > 0) throw new UncertaintyInputError(errors.map((e) => `${e.path}: ${e.message}`));
  return { ...options, distributions: read };
}

/** `monteCarlo` with its `distributions` option read by the reader. */
export function checkedMonteCarlo(scenario: Scenario, options: MonteCarloOptions): MonteCarloResult {
  return monteCarlo(scenario, checkedDistributions(options));
}

/** `monteCarloParallel` with its `distributions` option read by the reader. */
export function checkedMonteCarloParallel(
  scenario: Scenario,
  options: Parameters<typeof monteCarloParallel>[1],
): Promise<MonteCarloResult> {
  return monteCarloParallel(scenario, checkedDistributions(options));
}

/** `sensitivity` with its `distributions` option read by the reader. */
export function checkedSensitivity(scenario: Scenario, options?: SensitivityOptions): SensitivityResult;
export function checkedSensitivity(scenario: Scenario, options: SobolOptions): SobolResult;
export function checkedSensitivity(
  scenario: Scenario,
  options: SensitivityOptions | SobolOptions = {},
): SensitivityResult | SobolResult {
  return sensitivity(scenario, checkedDistributions(options) as SobolOptions);
}

/** `sensitivityParallel` with its `distributions` option read by the reader. */
export function checkedSensitivityParallel(
  scenario: Scenario,
  options?: SensitivityOptions & ThreadOptions,
): Promise<SensitivityResult>;
export function checkedSensitivityParallel(
  scenario: Scenario,
  options: SobolOptions & ThreadOptions,
): Promise<SobolResult>;
export function checkedSensitivityParallel(
  scenario: Scenario,
  options: (SensitivityOptions | SobolOptions) & ThreadOptions = {},
): Promise<SensitivityResult | SobolResult> {
  return sensitivityParallel(scenario, checkedDistributions(options) as SobolOptions & ThreadOptions);
}
