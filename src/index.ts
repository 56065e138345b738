/**
 * Jevons — the public API. One engine serves the browser app and headless scripts: both call these
 * functions with the same scenario objects and get bit-identical numbers.
 *
 *   import { scenarioFromPreset, jevons, verdictSentence } from 'jevons';
 *   const result = jevons(scenarioFromPreset('deepseek-shock'));
 *   console.log(result.headline.verdict, verdictSentence(result));
 *
 * `simulate`, `jevons`, `sweep`, `compare`, `monteCarlo` and `sensitivity` (and their worker-thread
 * versions `sweepParallel`, `monteCarloParallel`, `sensitivityParallel`) validate what they are
 * given with the scenario reader the CLI uses (NaN, Infinity, out-of-range values,
 * `horizonMonths: 1e9`, null, removed v1 ids) and their options (`chunk: NaN`), and throw an
 * InvalidScenarioError with the CLI's messages; a run that reaches a value that is not a finite
 * number, or a demand curve that overflows in any run of the verdict, is refused the same way
 * instead of returning it.
 */
import {
  articles,
  groups,
  parameterById,
  parameters,
  presetById,
  presets,
  referencePoints,
} from '../models/index';
import { PARAM_IDS, type ParamId, type ParameterDef } from '../models/schema';
import { TIERS } from '../models/tiers';
import { compare as engineCompare, type Comparison } from './engine/compare';
import type { JevonsOptions } from './engine/jevons';
import { simulate as engineSimulate } from './engine/simulate';
import { sweep as engineSweep, type SweepResult } from './engine/sweep';
import { sweepParallel as parallelSweep } from './uncertainty/parallel/run-parallel';
import { RUN_MODES, type RunMode } from './engine/channels';
import {
  BASES,
  BASIS_UNITS,
  type JevonsResult,
  type Scenario,
  SERIES_IDS,
  SERIES_UNITS,
  type SimulationResult,
  TIER_SERIES_UNITS,
  VERDICTS,
} from './model/types';
import { CHANNEL_IDS } from './engine/channels';
import { WARNING_BOUNDS } from './engine/warnings';
import { TIER_FIELDS, TIER_PARAM_IDS } from '../models/tiers';
import { NAMED_CURVES } from './scenario/demand-curves';
import { TOTALS_UNITS } from './report/units';
import { BASIS_WORDS, VERDICT_WORDS } from './report/verdict-text';
import { YEAR_ROW_UNITS } from './report/yearly';
import { checkedJevons } from './scenario/checked-jevons';
import { describeValue, formatNumber, makeError, type ScenarioError } from './scenario/errors';
import { InvalidScenarioError, validScenario } from './scenario/guard';
import { checkNumber } from './scenario/parameter-rules';
import { runProblem } from './scenario/run-check';
import { optionProblems } from './scenario/run-options';
import {
  MAX_SAMPLES,
  MAX_THREADS,
  type MonteCarloOptions,
  type MonteCarloResult,
  monteCarlo as uncertainMonteCarlo,
  monteCarloParallel as uncertainMonteCarloParallel,
  type SensitivityOptions,
  type SensitivityResult,
  type SobolOptions,
  type SobolResult,
  sensitivity as uncertainSensitivity,
  sensitivityParallel as uncertainSensitivityParallel,
  type ThreadOptions,
} from './uncertainty';

/** Longest sweep the library runs in one call (the CLI's --steps limit). */
export const MAX_SWEEP_VALUES = 1_000_000;

function checkedRuns(scenario: Scenario, runs: SimulationResult[]): void {
  const problem = runProblem(scenario, runs);
  if (problem)
    throw new InvalidScenarioError(`scenario ${JSON.stringify(scenario.name.slice(0, 60))}`, [problem]);
}

/**
 * One run of a scenario, monthly from 2023-01. `mode` 'base' switches the DeepSeek shock off;
 * 'mechanical' keeps only its engineering saving.
 */
export function simulate(scenario: Scenario, mode: RunMode = 'scenario'): SimulationResult {
  const valid = validScenario(scenario);
  if (!(RUN_MODES as readonly unknown[]).includes(mode)) {
    throw new InvalidScenarioError('simulate', [
      makeError(
        'mode',
        'unknown-id',
        mode,
        `mode must be one of ${RUN_MODES.join(', ')}; got ${describeValue(mode)}`,
      ),
    ]);
  }
  const result = engineSimulate(valid, mode);
  checkedRuns(valid, [result]);
  return result;
}

/**
 * The Jevons verdict: base, mechanical and scenario runs; rebound on served compute, compute value
 * and capex at 12 and 24 months after the shock and at the run's end; the break-even market
 * elasticity; the decomposition; the warnings. A basis whose decomposition rests on counterfactual
 * runs that state no answer (a value that is not finite, or an effect far out of scale with the
 * totals) is left out of `decomposition`; a demand curve that overflows in any run is refused with the month and value.
 */
export function jevons(scenario: Scenario, options: JevonsOptions = {}): JevonsResult {
  const valid = validScenario(scenario);
  const problems: ScenarioError[] = [];
  if (typeof options !== 'object' || options === null) {
    problems.push(
      makeError('options', 'type', options, `options must be an object; got ${describeValue(options)}`),
    );
  } else {
    for (const key of ['breakEven', 'decomposition'] as const) {
      const value = options[key];
      if (value !== undefined && typeof value !== 'boolean')
        problems.push(
          makeError(
            `options.${key}`,
            'type',
            value,
            `options.${key} must be true or false; got ${describeValue(value)}`,
          ),
        );
    }
  }
  if (problems.length) throw new InvalidScenarioError('jevons', problems);
  const checked = checkedJevons(valid, options);
  if (!checked.ok) {
    throw new InvalidScenarioError(`scenario ${JSON.stringify(valid.name.slice(0, 60))}`, [checked.error]);
  }
  return checked.result;
}

/**
 * The three Jevons runs for each value of one parameter, totals per basis over the run after the
 * shock; `rebound` is NaN where it is undefined. Values are in the parameter's catalogue unit.
 */
export function sweep(scenario: Scenario, paramId: ParamId, values: ArrayLike<number>): SweepResult {
  const checked = checkedSweep(scenario, paramId, values);
  return engineSweep(checked.scenario, paramId, checked.values);
}

/**
 * `sweep` on worker threads (`threads`, default every core): the same numbers, bit for bit, for any
 * number of threads; `onProgress` after each chunk, `signal` to stop (its threads are terminated).
 */
export function sweepParallel(
  scenario: Scenario,
  paramId: ParamId,
  values: ArrayLike<number>,
  options: Parameters<typeof parallelSweep>[3] = {},
): Promise<SweepResult> {
  const checked = checkedSweep(scenario, paramId, values);
  return parallelSweep(checked.scenario, paramId, checked.values, options);
}

/** The scenario and the values of a sweep, checked as the CLI checks them. */
function checkedSweep(
  scenario: Scenario,
  paramId: ParamId,
  values: ArrayLike<number>,
): { scenario: Scenario; values: Float64Array } {
  const valid = validScenario(scenario);
  const problems: ScenarioError[] = [];
  const def =
    typeof paramId === 'string' && (PARAM_IDS as readonly string[]).includes(paramId)
      ? parameterById[paramId]
      : undefined;
  if (!def)
    problems.push(
      makeError(
        'paramId',
        'unknown-id',
        paramId,
        `paramId must be a parameter id; got ${describeValue(paramId)}`,
      ),
    );
  else if (def.id === 'horizonMonths')
    problems.push(
      makeError('paramId', 'range', paramId, 'horizonMonths cannot be swept (it sets the length of the run)'),
    );
  const n = values && typeof values === 'object' && Number.isSafeInteger(values.length) ? values.length : -1;
  if (n < 1 || n > MAX_SWEEP_VALUES) {
    problems.push(
      makeError(
        'values',
        'range',
        n,
        `values must be a list of 1 to ${MAX_SWEEP_VALUES.toLocaleString('en-US')} numbers; got ${n < 0 ? describeValue(values) : `${n}`}`,
      ),
    );
  } else if (def) {
    checkSweepValues(def, values, valid.parameters.horizonMonths as number, problems);
  }
  if (problems.length) throw new InvalidScenarioError('sweep', problems);
  return { scenario: valid, values: clampToRange(def as ParameterDef, values) };
}

/** Rounding in linspace(min, max, n) may step a hair past a bound: that much is not out of range. */
const RANGE_SLACK = 1e-12;

function slack(def: ParameterDef): number {
  return RANGE_SLACK * Math.max(Math.abs(def.min), Math.abs(def.max), 1);
}

function clampToRange(def: ParameterDef, values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values, (v) => Math.min(def.max, Math.max(def.min, v)));
}

function checkSweepValues(
  def: ParameterDef,
  values: ArrayLike<number>,
  horizon: number,
  problems: ScenarioError[],
): void {
  const eps = slack(def);
  // Five problems say enough; a million-value sweep must not produce a million messages.
  for (let i = 0; i < values.length && problems.length < 5; i++) {
    const v = values[i];
    const at = `values[${i}]`;
    if (typeof v !== 'number') {
      problems.push(makeError(at, 'type', v, `${def.id} must be a number; got ${describeValue(v)}`));
      continue;
    }
    // The reader's own rule for one number, after forgiving a rounding hair past a bound.
    const near = v >= def.min - eps && v <= def.max + eps ? Math.min(def.max, Math.max(def.min, v)) : v;
    const broken = checkNumber(near, def, at, v);
    if (broken) problems.push(broken);
    else if (def.id === 'shockMonth' && v >= horizon)
      problems.push(
        makeError(
          at,
          'cross-field',
          v,
          `shockMonth must be below horizonMonths (${horizon}); got ${formatNumber(v)}`,
        ),
      );
  }
}

/** Totals of two scenarios side by side, with b/a ratios. */
export function compare(a: Scenario, b: Scenario): Comparison {
  return engineCompare(validScenario(a, 'scenario a'), validScenario(b, 'scenario b'));
}

/** Checks of the Monte Carlo options every caller gives; `distributions` is checked where it is read. */
const MONTE_CARLO_OPTIONS = {
  samples: { kind: 'whole', min: 1, max: MAX_SAMPLES, required: true },
  seed: { kind: 'whole', min: 0, max: Number.MAX_SAFE_INTEGER, required: true },
  chunk: { kind: 'whole', min: 1, max: MAX_SAMPLES },
  onProgress: { kind: 'function' },
  signal: { kind: 'signal' },
} as const;

/**
 * Monte Carlo over the scenario's uncertain parameters (see src/uncertainty/monte-carlo.ts), after
 * the same checks as `jevons`: the scenario by the reader, and `samples`, `seed` and `chunk` as whole
 * numbers in range (NaN would report `samples: NaN`; `horizonMonths: 1e9` would allocate gigabytes).
 */
export function monteCarlo(scenario: Scenario, options: MonteCarloOptions): MonteCarloResult {
  const valid = validScenario(scenario);
  const problems = optionProblems(options, MONTE_CARLO_OPTIONS);
  if (problems.length) throw new InvalidScenarioError('monteCarlo', problems);
  return uncertainMonteCarlo(valid, options);
}

/**
 * Monte Carlo on worker threads (`threads`, default every core), after the same checks as
 * `monteCarlo`: the same numbers, bit for bit, for any number of threads.
 */
export function monteCarloParallel(
  scenario: Scenario,
  options: MonteCarloOptions & ThreadOptions,
): Promise<MonteCarloResult> {
  const valid = validScenario(scenario);
  const problems = optionProblems(options, { ...MONTE_CARLO_OPTIONS, threads: THREADS_OPTION });
  if (problems.length) throw new InvalidScenarioError('monteCarloParallel', problems);
  return uncertainMonteCarloParallel(valid, options);
}

const THREADS_OPTION = { kind: 'whole', min: 1, max: MAX_THREADS } as const;

const SENSITIVITY_OPTIONS = {
  samples: { kind: 'whole', min: 0, max: MAX_SAMPLES },
  seed: { kind: 'whole', min: 0, max: Number.MAX_SAFE_INTEGER },
  bootstrap: { kind: 'whole', min: 0, max: 100_000 },
  onProgress: { kind: 'function' },
  signal: { kind: 'signal' },
  monteCarlo: { kind: 'object' },
} as const;

/**
 * One-at-a-time and global sensitivity (see src/uncertainty/sensitivity.ts), or with
 * `{ method: 'sobol' }` first- and total-order Sobol indices (src/uncertainty/sobol.ts), with the
 * same checks.
 */
export function sensitivity(scenario: Scenario, options?: SensitivityOptions): SensitivityResult;
export function sensitivity(scenario: Scenario, options: SobolOptions): SobolResult;
export function sensitivity(
  scenario: Scenario,
  options?: SensitivityOptions | SobolOptions,
): SensitivityResult | SobolResult {
  const valid = validScenario(scenario);
  const problems = optionProblems(options, SENSITIVITY_OPTIONS, true);
  if (problems.length) throw new InvalidScenarioError('sensitivity', problems);
  return options?.method === 'sobol'
    ? uncertainSensitivity(valid, options)
    : uncertainSensitivity(valid, options);
}

/** `sensitivity` on worker threads (`threads`, default every core): the same numbers for any number of threads. */
export function sensitivityParallel(
  scenario: Scenario,
  options?: SensitivityOptions & ThreadOptions,
): Promise<SensitivityResult>;
export function sensitivityParallel(
  scenario: Scenario,
  options: SobolOptions & ThreadOptions,
): Promise<SobolResult>;
export function sensitivityParallel(
  scenario: Scenario,
  options?: (SensitivityOptions | SobolOptions) & ThreadOptions,
): Promise<SensitivityResult | SobolResult> {
  const valid = validScenario(scenario);
  const problems = optionProblems(options, { ...SENSITIVITY_OPTIONS, threads: THREADS_OPTION }, true);
  if (problems.length) throw new InvalidScenarioError('sensitivityParallel', problems);
  return uncertainSensitivityParallel(valid, options as SobolOptions & ThreadOptions);
}

export type { Comparison, JevonsOptions, SweepResult };
export { InvalidScenarioError, validScenario };
export { RUN_MODES, type RunMode };
export { CHANNEL_IDS, type ChannelId } from './engine/channels';
export { HISTORY_START_LABEL, HOURS_PER_MONTH } from './engine/calendar';
export { classify, FULL_REBOUND_BAND } from './engine/rebound';
export { linspace } from './engine/sweep';
export { WARNING_BOUNDS } from './engine/warnings';
export * from './model/types';
export {
  count as formatCount,
  money as formatMoney,
  percent as formatPercent,
  quantity as formatQuantity,
  signedPercent as formatSignedPercent,
} from './format/quantity';
export { labelToMonthIndex, monthIndexToLabel } from './scenario/month';
export { toCsv } from './report/csv';
export { DEMANDED_DIAGNOSTIC_LABEL, runReport, type RunReport, type VerdictEntry } from './report/run-report';
export { seriesCsv } from './report/series-csv';
export { reportUnits, TOTALS_UNITS } from './report/units';
export { type YearRow, YEAR_ROW_UNITS, yearlyRows } from './report/yearly';
export { BASIS_WORDS, type Lang, VERDICT_WORDS, verdictSentence } from './report/verdict-text';
export { applyOverrides } from './scenario/overrides';
export { NAMED_CURVES } from './scenario/demand-curves';
export type { ErrorRule, ParseResult, ScenarioError } from './scenario/errors';
export { defaultScenario, scenarioFromPreset } from './scenario/from-preset';
export { parseScenario } from './scenario/parse';
export { type ScenarioJSON, scenarioToJSON } from './scenario/serialize';
export {
  defaultDistributions,
  type MonteCarloOptions,
  type MonteCarloResult,
  resolveDistributions,
  type SensitivityOptions,
  type SensitivityResult,
  type SobolOptions,
  type SobolResult,
  type ThreadOptions,
} from './uncertainty';
export { articles, groups, parameterById, parameters, presetById, presets, referencePoints, TIERS };
export { TIER_FIELDS, TIER_PARAM_IDS, type TierId, tierParamId } from '../models/tiers';

// The catalogue a caller gets is read-only, and so is every other object the library exports (unit
// tables, closed lists, verdict words): a script that assigns to parameterById.elasticity.value or
// VERDICT_WORDS.en.backfire would otherwise change every later run in its process without a word.

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
}
for (const exported of [
  BASES,
  BASIS_UNITS,
  BASIS_WORDS,
  CHANNEL_IDS,
  NAMED_CURVES,
  RUN_MODES,
  SERIES_IDS,
  SERIES_UNITS,
  TIER_FIELDS,
  TIER_PARAM_IDS,
  TIER_SERIES_UNITS,
  TOTALS_UNITS,
  VERDICTS,
  VERDICT_WORDS,
  WARNING_BOUNDS,
  YEAR_ROW_UNITS,
  articles,
  groups,
  parameterById,
  parameters,
  presetById,
  presets,
  referencePoints,
  TIERS,
])
  deepFreeze(exported);
