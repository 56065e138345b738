/**
 * What a sandboxed expression may use, as plain number functions. Semantics follow mathjs on real
 * numbers; where mathjs would answer with a complex number (sqrt(−1), log(−1), (−8)^(1/3)) these give
 * NaN, which the sampler reports as "not a finite number" instead of passing it to the engine.
 */

import { detExp, detLog } from '../math/det-math';

type NumberFunction = (...args: number[]) => number;

interface FunctionSpec {
  minArgs: number;
  maxArgs: number;
  fn: NumberFunction;
}

/**
 * x^y for the `^` operator and pow(): through the engine's deterministic exp/log for positive x, so
 * a sampled expression gives the same bits in Node and in the browser (their Math.pow differ);
 * Math.pow keeps its meaning for the rest (negative bases with whole exponents, 0, ±∞).
 */
function deterministicPow(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 64 && Number.isFinite(x)) {
    // Whole exponents by repeated squaring: exact where the answer is (2^3 = 8), and deterministic.
    let result = 1;
    let base = x;
    for (let n = Math.abs(y); n > 0; n >>= 1) {
      if (n & 1) result *= base;
      base *= base;
    }
    return y < 0 ? 1 / result : result;
  }
  return x > 0 && Number.isFinite(x) && Number.isFinite(y) ? detExp(y * detLog(x)) : x ** y;
}

/** mathjs rounds halves away from zero (round(−2.5) = −3); Math.round would give −2. */
function roundHalfAway(x: number, digits = 0): number {
  const scale = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * scale)) / scale;
}

/** mathjs's mod: the result takes the sign of the divisor (mod(−1, 3) = 2). */
function floorMod(x: number, y: number): number {
  return y === 0 ? x : x - y * Math.floor(x / y);
}

const ANY = Number.POSITIVE_INFINITY;

export const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  exp: { minArgs: 1, maxArgs: 1, fn: detExp },
  log: {
    minArgs: 1,
    maxArgs: 2,
    fn: (x, base) => (base === undefined ? detLog(x) : detLog(x) / detLog(base)),
  },
  log10: { minArgs: 1, maxArgs: 1, fn: Math.log10 },
  log2: { minArgs: 1, maxArgs: 1, fn: Math.log2 },
  sqrt: { minArgs: 1, maxArgs: 1, fn: Math.sqrt },
  cbrt: { minArgs: 1, maxArgs: 1, fn: Math.cbrt },
  abs: { minArgs: 1, maxArgs: 1, fn: Math.abs },
  sign: { minArgs: 1, maxArgs: 1, fn: Math.sign },
  min: { minArgs: 1, maxArgs: ANY, fn: Math.min },
  max: { minArgs: 1, maxArgs: ANY, fn: Math.max },
  pow: { minArgs: 2, maxArgs: 2, fn: deterministicPow },
  mod: { minArgs: 2, maxArgs: 2, fn: floorMod },
  floor: { minArgs: 1, maxArgs: 1, fn: Math.floor },
  ceil: { minArgs: 1, maxArgs: 1, fn: Math.ceil },
  round: { minArgs: 1, maxArgs: 2, fn: roundHalfAway },
  sin: { minArgs: 1, maxArgs: 1, fn: Math.sin },
  cos: { minArgs: 1, maxArgs: 1, fn: Math.cos },
  tan: { minArgs: 1, maxArgs: 1, fn: Math.tan },
  tanh: { minArgs: 1, maxArgs: 1, fn: Math.tanh },
  /** clamp(x, lo, hi): x limited to [lo, hi]. Not in mathjs; defined here for bounded paths. */
  clamp: { minArgs: 3, maxArgs: 3, fn: (x, lo, hi) => Math.min(Math.max(x, lo), hi) },
};

/** Binary operators by mathjs's function name. Comparisons and logic give 1 or 0. */
export const BINARY_OPERATORS: Readonly<Record<string, (a: number, b: number) => number>> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: deterministicPow,
  mod: floorMod,
  smaller: (a, b) => (a < b ? 1 : 0),
  larger: (a, b) => (a > b ? 1 : 0),
  smallerEq: (a, b) => (a <= b ? 1 : 0),
  largerEq: (a, b) => (a >= b ? 1 : 0),
  equal: (a, b) => (a === b ? 1 : 0),
  unequal: (a, b) => (a !== b ? 1 : 0),
  and: (a, b) => (a !== 0 && b !== 0 ? 1 : 0),
  or: (a, b) => (a !== 0 || b !== 0 ? 1 : 0),
};

export const UNARY_OPERATORS: Readonly<Record<string, (a: number) => number>> = {
  unaryMinus: (a) => -a,
  unaryPlus: (a) => a,
  not: (a) => (a === 0 ? 1 : 0),
};

export const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

/**
 * mathjs functions that reach outside arithmetic: they could redefine the library, parse and run
 * further text, or build units. Named so the refusal can say why rather than just "unknown".
 */
export const FORBIDDEN_FUNCTIONS: ReadonlySet<string> = new Set([
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'compile',
  'simplify',
  'derivative',
  'reviver',
  'replacer',
  'config',
  'chain',
  'help',
  'resolve',
  'typed',
  'unit',
  'format',
  'print',
  'map',
  'forEach',
  'filter',
]);
