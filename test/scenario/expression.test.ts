import { describe, expect, it } from 'vitest';
import {
  compileCurveExpression,
  compileTimeExpression,
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
} from '../../src/scenario/expression';
import { getMath } from '../../src/scenario/math';

function evaluateAt(source: string, t: number): number {
  const compiled = compileTimeExpression(source);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.value.evaluate(t, t / 12);
}

function refusal(source: string): string {
  const compiled = compileTimeExpression(source);
  expect(compiled.ok, `'${source.slice(0, 40)}' should be refused`).toBe(false);
  return compiled.ok ? '' : compiled.message;
}

describe('compileTimeExpression: allowed expressions', () => {
  it.each([0, 1, 12, 35, 59])('evaluates 2 * 0.8^year + t/100 at month %i', (t) => {
    expect(evaluateAt('2 * 0.8^year + t/100', t)).toBeCloseTo(2 * 0.8 ** (t / 12) + t / 100, 12);
  });

  it('follows mathjs precedence: unary minus binds looser than ^, implicit multiplication', () => {
    expect(evaluateAt('-2^2', 0)).toBe(-4);
    expect(evaluateAt('2t', 6)).toBe(12);
    expect(evaluateAt('2^3^2', 0)).toBe(512);
  });

  it('supports conditionals, comparisons and chained comparisons', () => {
    expect(evaluateAt('t < 12 ? 2 : 1.5', 11)).toBe(2);
    expect(evaluateAt('t < 12 ? 2 : 1.5', 12)).toBe(1.5);
    expect(evaluateAt('(6 <= t < 24) * 3', 5)).toBe(0);
    expect(evaluateAt('(6 <= t < 24) * 3', 6)).toBe(3);
    expect(evaluateAt('(6 <= t < 24) * 3', 24)).toBe(0);
  });

  it('evaluates every whitelisted function on real numbers', () => {
    expect(evaluateAt('exp(log(5))', 0)).toBeCloseTo(5, 12);
    expect(evaluateAt('log(8, 2) + log10(100) + log2(4)', 0)).toBeCloseTo(7, 12);
    expect(evaluateAt('sqrt(16) + cbrt(27) + abs(-2) + sign(-3)', 0)).toBe(8);
    expect(evaluateAt('min(3, t, 5) + max(1, 2)', 2)).toBe(4);
    expect(evaluateAt('pow(2, 10) + floor(1.7) + ceil(1.2)', 0)).toBe(1027);
    expect(evaluateAt('round(-2.5) + round(1.2345, 2)', 0)).toBeCloseTo(-3 + 1.23, 12);
    expect(evaluateAt('clamp(t, 2, 4)', 9)).toBe(4);
    expect(evaluateAt('tanh(0) + sin(0) + cos(0) + tan(0)', 0)).toBe(1);
    expect(evaluateAt('mod(-1, 3) + 7 mod 4', 0)).toBe(5);
    expect(evaluateAt('pi - e', 0)).toBeCloseTo(Math.PI - Math.E, 12);
  });

  it('reports whether the expression reads time', () => {
    const constant = compileTimeExpression('1/27');
    const varying = compileTimeExpression('1/27 * year');
    expect(constant.ok && constant.constant).toBe(true);
    expect(varying.ok && varying.constant).toBe(false);
  });

  it('gives NaN where mathjs would answer with a complex number', () => {
    expect(Number.isNaN(evaluateAt('sqrt(-1 - t)', 0))).toBe(true);
  });
});

describe('compileTimeExpression: refused constructs', () => {
  it.each([
    ['import({}, {override: true})', /import/],
    ['createUnit("x")', /createUnit/],
    ['evaluate("1")', /evaluate/],
    ['parse("1")', /parse/],
    ['compile("1")', /compile/],
    ['simplify("t")', /simplify/],
    ['derivative("t^2", "t")', /derivative/],
    ['reviver("x")', /reviver/],
    ['f(x) = x', /defining a function/],
    ['[1,2][1]', /property access|index/],
    ['[1, 2]', /arrays/],
    ['a.constructor', /property access/],
    ['t["constructor"]', /property access/],
    ['"str"', /strings/],
    ['1; 2', /several statements/],
    ['1\n2', /several statements/],
    ['x = 1', /assignment/],
    ['{a: 1}', /objects/],
    ['1:3', /ranges/],
    ['true', /numbers only/],
    ['t!', /operator/],
    ['5 cm to inch', /units|operator/],
    ['2 USD * t', /units inside expressions/],
    ['foo + t', /unknown symbol 'foo'/],
    ['sin', /is a function/],
    ['exp(1, 2)', /takes 1 argument/],
    ['cosh(t)', /unknown function 'cosh'/],
  ])('refuses %s', (source, pattern) => {
    expect(refusal(source)).toMatch(pattern);
  });

  it('suggests the closest name for a misspelt symbol or function', () => {
    expect(refusal('2 * yaer')).toContain("did you mean 'year'");
    expect(refusal('sqr(t)')).toContain("did you mean 'sqrt'");
  });

  it('refuses a 10,000-character expression by its length, before parsing', () => {
    const long = Array.from({ length: 5000 }, () => 't').join('+');
    expect(long.length).toBeGreaterThan(MAX_EXPRESSION_LENGTH);
    expect(refusal(long)).toMatch(/characters long/);
  });

  it('refuses nesting deeper than the limit, and accepts nesting within it', () => {
    const nested = (n: number) => `${'('.repeat(n)}t${')'.repeat(n)}`;
    expect(refusal(nested(MAX_EXPRESSION_DEPTH + 5))).toMatch(/nested too deeply/);
    expect(evaluateAt(nested(10), 3)).toBe(3);
  });

  it('reports syntax errors as refusals', () => {
    expect(refusal('2 * (t')).toMatch(/syntax error/);
    expect(refusal('   ')).toMatch(/empty/);
  });

  it('leaves the shared mathjs instance untouched by refused calls', () => {
    refusal('createUnit("zorkmid")');
    refusal('import({zork: 1}, {override: true})');
    const math = getMath();
    expect(math.Unit.isValuelessUnit('zorkmid')).toBe(false);
    expect(refusal('zork')).toMatch(/unknown symbol/);
  });
});

describe('compileCurveExpression', () => {
  it('reads x and eps, not t', () => {
    const curve = compileCurveExpression('x^(-eps)');
    expect(curve.ok).toBe(true);
    if (curve.ok) expect(curve.value.evaluate(0.5, 1.2)).toBeCloseTo(0.5 ** -1.2, 12);
    const withTime = compileCurveExpression('x^(-eps) * t');
    expect(withTime.ok).toBe(false);
    if (!withTime.ok) expect(withTime.message).toMatch(/unknown symbol 't'.*allowed: x, eps/);
  });
});
