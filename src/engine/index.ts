// The engine's surface for the uncertainty modules: only what they import. The library's public API
// (src/index.ts) and the CLI import the engine's modules directly.
export { HISTORY_START, shockIndex } from './calendar';
export { jevons, jevonsRuns, type JevonsRuns } from './jevons';
export { cloneInputs, CURVE, type ModelInputs, toModelInputs } from './model-inputs';
export { simulate, workspaceFor } from './simulate';
export { verdictHorizons } from './windows';
export type { Workspace } from './workspace';
