export { compare, type Comparison } from './compare';
export { HOURS_PER_MONTH, runModel } from './run-model';
export { jevons, jevonsTotals, type JevonsTotals } from './jevons';
export { findBreakEvenElasticity } from './break-even';
export { cloneInputs, CURVE, type ModelInputs, toModelInputs } from './model-inputs';
export { classify, FULL_REBOUND_BAND, rebound } from './rebound';
export { simulate, toResult } from './simulate';
export { linspace, sweep, type SweepResult, type TotalsPath } from './sweep';
export { createWorkspace, type Workspace } from './workspace';
