/**
 * A validator for the part of JSON Schema (draft-07) that schema/scenario.schema.json uses — type,
 * enum, const, anyOf, oneOf, allOf, $ref to #/definitions, properties, required,
 * additionalProperties: false, minimum, maximum, exclusiveMinimum, minLength, maxLength, pattern,
 * not — so tests can hold scenario files against the schema without a validator dependency.
 * Returns the JSON paths that break it (empty when valid); an unknown keyword is an error, so the
 * schema cannot grow a keyword this check silently skips.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  'title',
  'description',
  'deprecated',
  'definitions',
  'type',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  'allOf',
  '$ref',
  'properties',
  'required',
  'additionalProperties',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'minLength',
  'maxLength',
  'pattern',
  'not',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

export function schemaErrors(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(schema))
    if (!KNOWN.has(key)) errors.push(`${path}: schema keyword ${key} unknown to this check`);
  const fail = (why: string) => errors.push(`${path}: ${why}`);
  if (schema.$ref !== undefined) {
    const name = String(schema.$ref).replace('#/definitions/', '');
    errors.push(...schemaErrors((root.definitions as Record<string, Schema>)[name], value, root, path));
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => typeMatches(value, t))) fail(`type ${types.join('|')}, got ${typeOf(value)}`);
  }
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) fail('not in enum');
  if (schema.const !== undefined && schema.const !== value) fail(`not ${String(schema.const)}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`above ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && !(value > schema.exclusiveMinimum)) fail('not above');
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('too short');
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) fail('too long');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail('pattern');
  }
  const matching = (list: unknown) =>
    (list as Schema[]).filter((s) => schemaErrors(s, value, root, path).length === 0).length;
  if (schema.anyOf !== undefined && matching(schema.anyOf) === 0) fail('matches no anyOf');
  if (schema.oneOf !== undefined && matching(schema.oneOf) !== 1) fail('matches not exactly one oneOf');
  if (schema.allOf !== undefined)
    for (const s of schema.allOf as Schema[]) errors.push(...schemaErrors(s, value, root, path));
  if (schema.not !== undefined && schemaErrors(schema.not as Schema, value, root, path).length === 0)
    fail('matches not');
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!Object.hasOwn(record, key)) fail(`${key} required`);
    for (const [key, item] of Object.entries(record)) {
      if (Object.hasOwn(properties, key))
        errors.push(...schemaErrors(properties[key], item, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`${key} is not allowed`);
    }
  }
  return errors;
}
