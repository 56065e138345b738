/** Scenario files: validation, units, sandboxed expressions, presets and serialisation. */
export type { ErrorRule, ParseResult, ScenarioError } from './errors';
export { ERROR_RULES } from './errors';
export type { ExpressionResult } from './expression';
export { compileCurveExpression, compileTimeExpression } from './expression';
export type { ScenarioFromValuesOptions } from './from-preset';
export { defaultScenario, scenarioFromPreset, scenarioFromValues } from './from-preset';
export { labelToMonthIndex, monthIndexToLabel } from './month';
export { applyOverrides } from './overrides';
export type { ParseOptions } from './parse';
export { parseScenario } from './parse';
export type { InputFormat } from './input-text';
export { decodeScenarioBytes, MAX_INPUT_BYTES } from './input-text';
export type { ScenarioJSON, SerializeOptions } from './serialize';
export { scenarioToJSON } from './serialize';
export type { Conversion } from './units';
export { convertToCatalogueUnit } from './units';
