/**
 * Generators of hostile input for the fuzz suite: scenario files (JSON, YAML, bytes), parameter
 * values, expressions, text a terminal must not obey. Each mixes what a careful user writes with
 * what a careless or malicious one does, so a run of a few hundred cases crosses both.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parameters, presets } from '../../models/index';
import { retiredV1Params } from '../../models/v1-ids';
import { FUNCTIONS } from '../../src/scenario/expression-vocabulary';

/** How many cases each property tries: `JEVONS_FUZZ_RUNS=10` runs ten times as many. */
export function runs(base: number): number {
  const factor = Number(process.env.JEVONS_FUZZ_RUNS ?? '1');
  return Math.max(1, Math.round(base * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

export const PARAMETER_IDS = parameters.map((p) => p.id);
const PRESET_IDS = presets.map((p) => p.id);
const RETIRED_IDS = retiredV1Params.map((r) => r.id);

/** Text a terminal would obey or a reader would trip on. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\u001b[2Jx',
    '\u001b]0;pwned\u0007',
    '\u009b31m',
    'a\u202eb',
    '\r\n',
    '=HYPERLINK("http://x")',
    '+1',
    '-2',
    '@SUM(A1)',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'NaN',
    'Infinity',
    '-Infinity',
    '0x10',
    '1e999',
    '-0',
    '1_000',
    '30%',
    '989 TFLOP/s',
    '2 USD/GPUh',
    '5 USDX',
    'year < 2 ? 0.05 : 0.08',
    'import("fs")',
    'evaluate("1")',
    '"; rm -rf /',
    '中文名字',
    '\ud800',
  ),
  fc.string({ minLength: 200, maxLength: 700 }),
);

/** A number as a hostile file holds it: in range, just out of it, huge, tiny, signed zero. */
const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -5, max: 300, noNaN: true }),
  fc.integer({ min: -10, max: 300 }),
  fc.constantFrom(0, -0, 1e-300, 1e300, -1e300, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 0.1 + 0.2),
);

/** A value a parameter of `def` might be given: mostly near its range, sometimes anything. */
function parameterValue(id: string): fc.Arbitrary<unknown> {
  const def = parameters.find((p) => p.id === id);
  const near = def
    ? fc.oneof(
        fc.double({ min: def.min, max: def.max, noNaN: true }),
        fc.double({ min: def.min - (def.max - def.min), max: def.max * 2 + 1, noNaN: true }),
        def.integer
          ? fc.integer({ min: Math.ceil(def.min), max: Math.floor(def.max) })
          : fc.constant(def.value),
      )
    : nastyNumber;
  return fc.oneof(
    { weight: 6, arbitrary: near },
    { weight: 1, arbitrary: nastyNumber },
    { weight: 2, arbitrary: nastyText },
    { weight: 1, arbitrary: timeExpression },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [1, 2], { kind: 'expression' }) },
  );
}

/** Keys of a parameters object: catalogue ids mostly, then retired v1 ids, typos and traps. */
const parameterKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PARAMETER_IDS) },
  { weight: 1, arbitrary: fc.constantFrom(...RETIRED_IDS) },
  { weight: 1, arbitrary: fc.constantFrom('elastcity', 'Elasticity', 'horizon', 'shock_month') },
  { weight: 1, arbitrary: nastyText },
);

// ---- expressions -------------------------------------------------------------------------------

const FUNCTION_NAMES = Object.keys(FUNCTIONS);
const FORBIDDEN = [
  'import("fs")',
  'evaluate("1+1")',
  'createUnit("x")',
  'parse("1")',
  'f(x) = x',
  'a = 1',
  'x.constructor',
  'x["constructor"]',
  '[1, 2]',
  '{a: 1}',
  '"text"',
  '5 USD',
  '1:3',
  '1; 2',
  'cos',
  'unknownName',
];

/** An expression tree over `vars`, as source text: numbers, operators, calls, conditionals. */
function expressionOver(vars: readonly string[], maxDepth: number): fc.Arbitrary<string> {
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true, maxDepth },
      { weight: 3, arbitrary: fc.constantFrom(...vars) },
      {
        weight: 3,
        arbitrary: fc.oneof(
          fc.integer({ min: -5, max: 100 }).map(String),
          fc.double({ min: -10, max: 10, noNaN: true }).map((x) => `(${x})`),
          fc.constantFrom('0', '1e300', '1e-300', '1e308', 'pi', 'e', '75', '-75'),
        ),
      },
      {
        weight: 4,
        arbitrary: fc
          .tuple(
            tie('tree') as fc.Arbitrary<string>,
            fc.constantFrom('+', '-', '*', '/', '^', '%', '<', '>', '<=', '>=', '==', '!=', ' and ', ' or '),
            tie('tree') as fc.Arbitrary<string>,
          )
          .map(([a, op, b]) => `(${a}${op}${b})`),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(
            fc.constantFrom(...FUNCTION_NAMES),
            fc.array(tie('tree') as fc.Arbitrary<string>, { minLength: 0, maxLength: 4 }),
          )
          .map(([name, args]) => `${name}(${args.join(', ')})`),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(tie('tree'), tie('tree'), tie('tree')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
      },
      { weight: 1, arbitrary: (tie('tree') as fc.Arbitrary<string>).map((a) => `-${a}`) },
    ),
  }));
  return tree as fc.Arbitrary<string>;
}

/** A time expression for a parameter (t, year), sometimes with a forbidden construct inside. */
export const timeExpression: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: expressionOver(['t', 'year'], 4) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(expressionOver(['t', 'year'], 2), fc.constantFrom(...FORBIDDEN))
      .map(([a, bad]) => `${a} + ${bad}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('(((((((((((t)))))))))))'.repeat(1), `${'('.repeat(60)}t${')'.repeat(60)}`),
  },
);

/** A demand curve D(x, eps): plausible curves, curves that overflow somewhere, and random trees. */
export const curveExpression: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.integer({ min: 1, max: 200 }).map((k) => `x^(-${k})`),
      fc.integer({ min: 1, max: 200 }).map((k) => `x^(-eps * ${k})`),
      fc.double({ min: 0.2, max: 1.2, noNaN: true }).map((c) => `x < ${c} ? 1e300 : x^(-eps)`),
      fc.double({ min: 0.1, max: 1, noNaN: true }).map((c) => `1 / (x - ${c})^2 + 1`),
      fc.integer({ min: 1, max: 800 }).map((k) => `exp(${k} * (1 - x))`),
      fc.constantFrom(
        'x^(-eps)',
        'min(x^(-eps), 1e6)',
        '1 / (1 + x)',
        'max(0, 2 - x)',
        'log(x)',
        '-x',
        '0',
        'x - 1',
      ),
    ),
  },
  { weight: 2, arbitrary: expressionOver(['x', 'eps'], 4) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(expressionOver(['x', 'eps'], 2), fc.constantFrom(...FORBIDDEN))
      .map(([a, bad]) => `${a} * ${bad}`),
  },
);

// ---- scenario files ----------------------------------------------------------------------------

/** A distribution entry: right families with wrong fields, wrong families, junk. */
const distribution: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ dist: fc.constant('uniform'), min: nastyNumber, max: nastyNumber }),
  fc.record({ dist: fc.constant('triangular'), min: nastyNumber, mode: nastyNumber, max: nastyNumber }),
  fc.record({ dist: fc.constant('normal'), mean: nastyNumber, sd: nastyNumber }),
  fc.record({ dist: fc.constant('lognormal'), median: nastyNumber, sigma: nastyNumber }),
  fc.record({ dist: fc.constant('fixed'), value: nastyNumber }),
  fc.record({ dist: nastyText, min: nastyNumber }),
  fc.constantFrom(null, 3, 'uniform', [], { dist: 'uniform' }),
);

/** A parameters object: a few entries, own keys only (even "__proto__"). */
const parameterEntries: fc.Arbitrary<[string, unknown][]> = fc
  .uniqueArray(parameterKey, { maxLength: 6 })
  .chain((keys) =>
    fc.tuple(...keys.map((key) => parameterValue(key).map((v) => [key, v] as [string, unknown]))),
  );

function ownObject(entries: readonly [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/** A scenario as a parsed file holds it: known keys mostly, and every kind of mistake. */
export const scenarioObject: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      name: fc.oneof(
        { weight: 4, arbitrary: nastyText.filter((s) => s.trim() !== '') },
        { weight: 1, arbitrary: fc.constantFrom(3, null, '', ['x']) },
      ),
      extends: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...PRESET_IDS) },
        { weight: 1, arbitrary: nastyText },
      ),
      description: nastyText,
      demandCurve: fc.oneof(
        fc.constantFrom('constant', 'reservation', 'constnat', 3, null, { kind: 'constant' }),
        curveExpression.map((expression) => ({ expression })),
        fc.record({ expression: nastyText, extra: fc.constant(1) }),
      ),
      parameters: fc.oneof(
        { weight: 8, arbitrary: parameterEntries.map(ownObject) },
        { weight: 1, arbitrary: fc.constantFrom(null, [], 'elasticity=1') },
      ),
      distributions: fc
        .uniqueArray(fc.constantFrom(...PARAMETER_IDS, 'nope', '__proto__'), { maxLength: 3 })
        .chain((ids) => fc.tuple(...ids.map((id) => distribution.map((d) => [id, d] as [string, unknown]))))
        .map(ownObject),
      $schema: fc.oneof(fc.constant('../schema/scenario.schema.json'), fc.constant(7)),
      asOf: fc.constantFrom('2025-02-28', '2024-06-30', '2099-01-01', 'yesterday'),
      stray: nastyText,
    },
    { requiredKeys: [] },
  )
  .map((record) => ownObject(Object.entries(record)));

/** YAML that YAML parsers disagree on or that explodes: tags, anchors, merge keys, duplicates. */
const hostileYaml: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'name: o\nparameters: !!omap [ {elasticity: 2.5} ]\n',
    'name: s\nparameters: !!set { elasticity, horizonMonths }\n',
    'name: p\nparameters: !!pairs [ {elasticity: 2} ]\n',
    'name: b\nparameters:\n  elasticity: !!binary aGVsbG8=\n',
    'name: f\nparameters:\n  elasticity: !!js/function "function(){}"\n',
    'name: d\nparameters:\n  elasticity: 1\n  elasticity: 2\n',
    'name: m\nbase: &b {elasticity: 2}\nparameters:\n  <<: *b\n',
    'name: t\nparameters:\n  elasticity: 2023-01-01\n',
    'name: k\nparameters:\n  ? [a, b]\n  : 1\n',
    '- just\n- a\n- list\n',
    '{ name: flow, parameters: { elasticity: 1.2 } }',
    'name: x\n\tparameters: 1\n',
    '%YAML 1.1\n---\nname: v\n',
    '--- \nname: a\n---\nname: b\n',
  ),
  fc.integer({ min: 2, max: 9 }).map((depth) => {
    // A "billion laughs": each level doubles the one before, up to 9^depth nodes.
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= depth; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    return `name: bomb\n${lines.join('\n')}\n`;
  }),
);

/** A scenario file's bytes, as an editor or an attacker saves them. */
export const scenarioFile: fc.Arbitrary<{ name: string; bytes: Uint8Array | string }> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        scenarioObject,
        fc.constantFrom('s.json', 's.yaml', 'scenario', 's.txt'),
        fc.constantFrom('json', 'yaml'),
      )
      .map(([object, name, form]) => ({
        name,
        bytes: form === 'json' ? JSON.stringify(object) : stringify(object),
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(scenarioObject, fc.constantFrom('utf-16le', 'utf-16le-nobom', 'utf-8-bom'))
      .map(([object, encoding]) => {
        const text = JSON.stringify(object);
        const body =
          encoding === 'utf-8-bom'
            ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
            : encoding === 'utf-16le'
              ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
              : Buffer.from(text, 'utf16le');
        return { name: 's.json', bytes: new Uint8Array(body) };
      }),
  },
  { weight: 1, arbitrary: hostileYaml.map((text) => ({ name: 's.yaml', bytes: text })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(scenarioObject, fc.nat(60), fc.constantFrom('"', '{', '}', ',', '\u0000', ':', '\n', ' ', '#'))
      .map(([object, at, junk]) => {
        // A file cut or corrupted at some point.
        const text = JSON.stringify(object);
        const i = Math.min(text.length, at);
        return { name: 's.json', bytes: text.slice(0, i) + junk + text.slice(i) };
      }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('elasticity', 'parameters').map((key) => ({
      name: 's.json',
      // The same key twice: JSON.parse would keep the last without a word.
      bytes: `{"name":"d","parameters":{"${key}":1,"horizonMonths":24,"${key}":2}}`,
    })),
  },
);
