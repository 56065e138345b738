import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parameters, presets } from '../../models/index';
import { retiredV1Params } from '../../models/v1-ids';
import { NAMED_CURVE_IDS } from '../../src/scenario/demand-curves';
import { SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/json-schema';
import { parseScenario } from '../../src/scenario/parse';
import { TOP_LEVEL_KEYS } from '../../src/scenario/shape';
import { schemaErrors } from './schema-check';

// The JSON Schema of scenario files (issue 11, point 7): generated from the catalogue, committed,
// pointed at by the examples, and agreeing with the reader on what a number may be.

const schema = scenarioJsonSchema();
const properties = schema.properties as Record<string, Record<string, unknown>>;
const parameterSchemas = properties.parameters.properties as Record<string, Record<string, unknown>>;

describe('schema/scenario.schema.json', () => {
  it('is the file `npm run schema` writes from the catalogue today', () => {
    // On failure: run `npm run schema` and commit the file with the catalogue change.
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('names every top-level key, parameter, retired id, preset and curve the reader knows', () => {
    expect(Object.keys(properties)).toEqual([...TOP_LEVEL_KEYS]);
    for (const key of TOP_LEVEL_KEYS) expect(Object.keys(properties[key]).length, key).toBeGreaterThan(0);
    for (const def of parameters) {
      const number = (parameterSchemas[def.id].anyOf as Record<string, unknown>[])[0];
      expect(number).toEqual({
        type: def.integer ? 'integer' : 'number',
        minimum: def.min,
        maximum: def.max,
      });
    }
    for (const retired of retiredV1Params) expect(parameterSchemas[retired.id].not).toEqual({});
    expect(properties.extends.enum).toEqual(presets.map((p) => p.id));
    expect((properties.demandCurve.anyOf as Record<string, unknown>[])[0].enum).toEqual(NAMED_CURVE_IDS);
  });

  it('agrees with the reader on which numbers a parameter takes', () => {
    const value = (i: number) =>
      fc.oneof(
        fc.double({ min: parameters[i].min - 10, max: parameters[i].max + 10, noNaN: true }),
        fc.integer({ min: Math.floor(parameters[i].min) - 3, max: Math.ceil(parameters[i].max) + 3 }),
        fc.constantFrom(parameters[i].min, parameters[i].max),
      );
    const entries = fc
      .uniqueArray(fc.nat(parameters.length - 1), { minLength: 1, maxLength: 6 })
      .chain((ids) => fc.tuple(...ids.map((i) => value(i).map((v) => [parameters[i].id, v] as const))));
    fc.assert(
      fc.property(entries, (pairs) => {
        const file = { name: 'n', parameters: Object.fromEntries(pairs) };
        const bySchema = new Set(
          schemaErrors(schema, file).map((e) => e.replace(/^(\$\.parameters\.\w+).*$/, '$1')),
        );
        const parsed = parseScenario(file);
        const byReader = new Set(
          parsed.ok
            ? []
            : parsed.errors.filter((e) => ['range', 'integer', 'finite'].includes(e.rule)).map((e) => e.path),
        );
        // Rules between fields (the shock inside the run) are the reader's alone.
        expect([...bySchema].sort()).toEqual([...byReader].sort());
      }),
    );
  });
});

describe('$schema in a scenario file', () => {
  const body = { name: 's', parameters: { elasticity: 1.3 } };

  it('is read and ignored: the scenario is the one without it', () => {
    const withLink = parseScenario({ $schema: '../schema/scenario.schema.json', ...body });
    const without = parseScenario(body);
    expect(withLink.ok && without.ok).toBe(true);
    if (withLink.ok && without.ok) expect(withLink.scenario).toEqual(without.scenario);
    const yaml = parseScenario(
      `$schema: https://example.org/s.json\nname: s\nparameters:\n  elasticity: 1.3\n`,
    );
    expect(yaml.ok).toBe(true);
  });

  it('must be text', () => {
    const parsed = parseScenario({ $schema: 3, ...body });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatchObject({ path: '$.$schema', rule: 'type', value: 3 });
  });
});

describe('the example scenario files', () => {
  const files = readdirSync('examples').filter((name) => /\.(json|ya?ml)$/.test(name));

  it('exist, in JSON and YAML', () => {
    expect(files.some((f) => f.endsWith('.json'))).toBe(true);
    expect(files.some((f) => f.endsWith('.yaml'))).toBe(true);
  });

  it.each(files)('%s points at the schema, satisfies it, and is read by the reader', (name) => {
    const text = readFileSync(`examples/${name}`, 'utf8');
    const parsed = parseScenario(text, { source: name });
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    const data = name.endsWith('.json') ? JSON.parse(text) : undefined;
    if (data) {
      expect(data.$schema).toBe(`../${SCHEMA_PATH}`);
      expect(schemaErrors(schema, data)).toEqual([]);
    } else {
      expect(text).toContain(`# yaml-language-server: $schema=../${SCHEMA_PATH}`);
    }
  });
});
