import type { DemandCurve, TimeExpression } from '../model/types';
import { type AstNode, compileNode, type Evaluator, Refusal, type Vocabulary } from './expression-walk';
import { getMath } from './math';

export { MAX_EXPRESSION_DEPTH } from './expression-walk';

/** Longest expression accepted, in characters: a scenario parameter is a formula, not a program. */
export const MAX_EXPRESSION_LENGTH = 500;

/** `constant` is true when the expression reads no variable (then any sample gives the same value). */
export type ExpressionResult<T> = { ok: true; value: T; constant: boolean } | { ok: false; message: string };

/** Parses with mathjs, checks every node against the whitelist and returns a plain closure. */
function compileSource(source: string, vocabulary: Vocabulary): ExpressionResult<Evaluator> {
  if (typeof source !== 'string') return { ok: false, message: 'an expression must be a string' };
  if (source.length > MAX_EXPRESSION_LENGTH) {
    return {
      ok: false,
      message: `the expression is ${source.length} characters long; at most ${MAX_EXPRESSION_LENGTH} are allowed`,
    };
  }
  if (source.trim() === '') return { ok: false, message: 'the expression is empty' };
  let root: AstNode;
  try {
    root = getMath().parse(source) as unknown as AstNode;
  } catch (error) {
    return { ok: false, message: `syntax error: ${(error as Error).message}` };
  }
  try {
    const value = compileNode(root, 0, vocabulary);
    return { ok: true, value, constant: vocabulary.used.size === 0 };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    // A stack overflow or anything unforeseen is still a refusal, never a crash.
    return { ok: false, message: `the expression could not be checked: ${(error as Error).message}` };
  }
}

/**
 * Compiles a parameter's expression of `t` (months since start) and `year` (= t/12) into a
 * TimeExpression whose `evaluate` returns the value in the parameter's catalogue unit. `unitHint`
 * names that unit in messages. Results are not range-checked here; the scenario sampler does that.
 */
export function compileTimeExpression(source: string, unitHint?: string): ExpressionResult<TimeExpression> {
  const compiled = compileSource(source, { variables: ['t', 'year'], used: new Set(), unitHint });
  if (!compiled.ok) return compiled;
  const value: TimeExpression = { kind: 'expression', expression: source, evaluate: compiled.value };
  return { ok: true, value, constant: compiled.constant };
}

/** Compiles a demand curve D(x, eps): x = price / start price, eps = the elasticity parameter. */
export function compileCurveExpression(
  source: string,
): ExpressionResult<Extract<DemandCurve, { kind: 'expression' }>> {
  const compiled = compileSource(source, { variables: ['x', 'eps'], used: new Set() });
  if (!compiled.ok) return compiled;
  const value = { kind: 'expression' as const, expression: source, evaluate: compiled.value };
  return { ok: true, value, constant: compiled.constant };
}
