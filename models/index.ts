// The catalogue the engine, the scenario parser, the CLI and the web app run on: data only.
export * from './schema';
export { articles, type ArticleInfo } from './articles';
export { parameters, parameterById, groups, type GroupInfo } from './parameters';
export { presets, presetById, DEFAULT_PRESET_ID } from './presets';
export { referencePoints } from './reference-data';
