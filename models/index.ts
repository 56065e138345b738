// The catalogue the engine, the scenario parser, the CLI and the web app run on: data only.
export * from './schema';
export { articles } from './articles';
export { VINTAGE } from './calendar';
export { parameters, parameterById, groups, type GroupInfo } from './parameters';
export { presets, presetById, DEFAULT_PRESET_ID } from './presets';
export { referencePoints } from './reference-data';
export { TIERS, TIER_FIELDS, TIER_PARAM_IDS, tierParamId } from './tiers';
export { retiredV1Params, retiredV1ParamById } from './v1-ids';
export {
  isSourceDate,
  latestDay,
  publishedAfter,
  publishedBy,
  supportingSources,
} from './vintage';
