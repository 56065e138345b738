/**
 * Jevons — the public API. One engine serves the browser app and headless scripts: both call these
 * functions with the same scenario objects and get bit-identical numbers.
 *
 *   import { scenarioFromPreset, jevons } from 'jevons';
 *   const verdict = jevons(scenarioFromPreset('deepseek-shock')).rebound.gpuSpend;
 */
export { compare, type Comparison } from './engine/compare';
export { jevons, jevonsTotals, type JevonsTotals } from './engine/jevons';
export { cloneInputs, type ModelInputs, toModelInputs } from './engine/model-inputs';
export { classify, FULL_REBOUND_BAND, rebound } from './engine/rebound';
export { HOURS_PER_MONTH, runModel } from './engine/run-model';
export { simulate } from './engine/simulate';
export { linspace, sweep, type SweepResult } from './engine/sweep';
export { createWorkspace, type Workspace } from './engine/workspace';
export * from './model/types';
export {
  money as formatMoney,
  quantity as formatQuantity,
  signedPercent as formatSignedPercent,
} from './format/quantity';
export { labelToMonthIndex, monthIndexToLabel } from './scenario/month';
export { runReport, type RunReport } from './report/run-report';
export { verdictSentence } from './report/verdict-text';
export { applyOverrides } from './scenario/overrides';
export { defaultScenario, scenarioFromPreset } from './scenario/from-preset';
export { parseScenario } from './scenario/parse';
export { scenarioToJSON } from './scenario/serialize';
export {
  defaultDistributions,
  type MonteCarloOptions,
  type MonteCarloResult,
  monteCarlo,
  resolveDistributions,
  type SensitivityResult,
  sensitivity,
} from './uncertainty';
export {
  articles,
  groups,
  parameterById,
  parameters,
  presetById,
  presets,
  referencePoints,
} from '../models/index';
