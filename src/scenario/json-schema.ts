import { parameters, presets } from '../../models/index';
import type { ParameterDef } from '../../models/schema';
import { retiredV1Params } from '../../models/v1-ids';
import { NAMED_CURVES } from './demand-curves';
import { BOUNDED_FIELDS, DISTRIBUTION_FIELDS } from './distributions';
import { MAX_EXPRESSION_LENGTH } from './expression';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, TOP_LEVEL_KEYS } from './shape';

// The JSON Schema of a scenario file, built from the catalogue (parameters, presets, curves,
// distribution families), so an editor completes ids and checks ranges as the reader would.
// `npm run schema` writes it to schema/scenario.schema.json; a test keeps the two equal.
// Defaults are left out on purpose: they change with each calibration, the ranges do not.

type JsonSchema = Record<string, unknown>;

/** Where the generated file lives, relative to the project root. */
export const SCHEMA_PATH = 'schema/scenario.schema.json';

function unitWords(def: ParameterDef): string {
  return ['', '–', '-'].includes(def.unit) ? 'no unit' : def.unit;
}

/** A parameter's value: a number in the catalogue unit within its range, or text the reader converts. */
function parameterSchema(def: ParameterDef): JsonSchema {
  const text = def.timeVarying
    ? `a number, a "value unit" text${def.mathUnit ? ` ("… ${def.mathUnit}")` : ''} or an expression of t (months from 2025-01) or year`
    : `a number or a "value unit" text${def.mathUnit ? ` ("… ${def.mathUnit}")` : ''}; it cannot vary in time`;
  return {
    title: `${def.label.en} · ${def.label.zh}`,
    description: `${def.description.en} In ${unitWords(def)}, ${def.min}–${def.max}${def.integer ? ', whole numbers' : ''}: ${text}. \`jevons explain ${def.id}\` gives the default and its sources.`,
    anyOf: [
      { type: def.integer ? 'integer' : 'number', minimum: def.min, maximum: def.max },
      { type: 'string', minLength: 1, maxLength: MAX_EXPRESSION_LENGTH },
    ],
  };
}

/** One distribution: a family and its fields (numbers, or "value unit" text for values of the parameter). */
function distributionFamilies(): JsonSchema {
  return {
    oneOf: Object.entries(DISTRIBUTION_FIELDS).map(([family, fields]) => ({
      type: 'object',
      properties: {
        dist: { const: family },
        ...Object.fromEntries(
          fields.map((field) => [
            field,
            BOUNDED_FIELDS.has(field)
              ? { type: ['number', 'string'], description: 'a value of the parameter, within its range' }
              : { type: 'number', exclusiveMinimum: 0 },
          ]),
        ),
      },
      required: ['dist', ...fields],
      additionalProperties: false,
    })),
  };
}

/** A distribution of one parameter: the families, with the parameter's unit and range in words. */
function distributionSchema(def: ParameterDef): JsonSchema {
  return {
    description: `Uncertainty of ${def.id} for Monte Carlo, in ${unitWords(def)}; values within ${def.min}–${def.max}, normal and lognormal truncated to it.`,
    allOf: [{ $ref: '#/definitions/distribution' }],
  };
}

/** A version-1 id: no value is valid, and the description says what replaced it. */
function retiredSchema(message: string): JsonSchema {
  return { description: `Version 1 only. ${message}`, deprecated: true, not: {} };
}

/** The schema of a scenario file (JSON Schema draft-07, which editors support most widely). */
export function scenarioJsonSchema(): JsonSchema {
  const parameterProperties: Record<string, JsonSchema> = {};
  for (const def of parameters) parameterProperties[def.id] = parameterSchema(def);
  for (const retired of retiredV1Params) parameterProperties[retired.id] = retiredSchema(retired.message.en);
  const distributionProperties: Record<string, JsonSchema> = {};
  for (const def of parameters) distributionProperties[def.id] = distributionSchema(def);
  const topLevel: Record<string, JsonSchema> = {
    $schema: { type: 'string', description: 'A link to this schema, for editors; the reader ignores it.' },
    name: { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH, description: 'A short name.' },
    extends: {
      description: 'The preset whose values fill every parameter not given (default: deepseek-shock).',
      enum: presets.map((preset) => preset.id),
    },
    description: { type: 'string', maxLength: MAX_DESCRIPTION_LENGTH },
    demandCurve: {
      description: `${NAMED_CURVES.map((c) => `"${c.id}": ${c.description.en}`).join(' ')} Or your own D(x, eps): x = price / start price, eps = elasticity.`,
      anyOf: [
        { enum: NAMED_CURVES.map((c) => c.id) },
        {
          type: 'object',
          properties: { expression: { type: 'string', minLength: 1, maxLength: MAX_EXPRESSION_LENGTH } },
          required: ['expression'],
          additionalProperties: false,
        },
      ],
    },
    parameters: {
      type: 'object',
      description: 'Parameter id → value; `jevons params` lists them with units and ranges.',
      properties: parameterProperties,
      additionalProperties: false,
    },
    distributions: {
      type: 'object',
      description: 'Parameter id → distribution, for `jevons mc` and `jevons sensitivity`.',
      properties: distributionProperties,
      additionalProperties: false,
    },
    asOf: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'The vintage (YYYY-MM-DD): defaults resting only on sources published later are refused.',
    },
  };
  // Exactly the keys the reader takes, in its order: a key added there and not described here
  // gets an empty schema, and the test of the committed file says to run `npm run schema`.
  const properties = Object.fromEntries(TOP_LEVEL_KEYS.map((key) => [key, topLevel[key] ?? {}]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Jevons scenario',
    description:
      'A scenario for the Jevons simulator (JSON or YAML): the preset it extends and the parameters it changes, in catalogue units. Generated from the catalogue by `npm run schema`.',
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties,
    definitions: { distribution: distributionFamilies() },
  };
}

/** The file's text: two-space JSON and a final newline, as committed. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
