export { compare, type Comparison } from './compare';
export { HISTORY_START, HISTORY_START_LABEL, HOURS_PER_MONTH, shockIndex, totalMonths } from './calendar';
export {
  ALL_CHANNELS,
  CHANNEL,
  CHANNEL_IDS,
  type ChannelId,
  MECHANICAL_CHANNELS,
  NO_CHANNELS,
} from './channels';
export { runModel } from './run-model';
export { jevons, jevonsRuns, type JevonsOptions, type JevonsRuns } from './jevons';
export { findBreakEvenElasticity } from './break-even';
export { decompose } from './decomposition';
export { cloneInputs, CURVE, type ModelInputs, toModelInputs } from './model-inputs';
export { classify, FULL_REBOUND_BAND, rebound } from './rebound';
export { simulate, toResult, workspaceFor } from './simulate';
export { linspace, sweep, type BasisPath, type SweepResult } from './sweep';
export { WARNING_BOUNDS, warningsFor } from './warnings';
export { verdictHorizons, windowTotal } from './windows';
export { createWorkspace, type Workspace } from './workspace';
