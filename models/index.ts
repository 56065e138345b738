// The catalogue the engine, the scenario parser, the CLI and the web app run on: data only.
export * from './schema';
export { articles, type ArticleInfo } from './articles';
export { ARTICLES_MONTH_ZERO, HISTORY_MONTHS, HISTORY_START, VINTAGE } from './calendar';
export { parameters, parameterById, groups, type GroupInfo } from './parameters';
export { presets, presetById, DEFAULT_PRESET_ID } from './presets';
export { referencePoints } from './reference-data';
export {
  TIERS,
  TIER_FIELDS,
  TIER_PARAM_IDS,
  tierParamId,
  type TierField,
  type TierId,
  type TierInfo,
  type TierParamId,
} from './tiers';
export { retiredV1Params, retiredV1ParamById, type RetiredParam } from './v1-ids';
export {
  earliestDay,
  isSourceDate,
  latestDay,
  publishedAfter,
  publishedBy,
  supportingSources,
} from './vintage';
