// The catalogue the engine, the scenario parser, the CLI and the web app run on: data only.
export * from './schema';
export { parameters, parameterById, groups, type GroupInfo } from './parameters';
