import type { ParameterDef } from '../../models/schema';
import type { ParamValue } from '../model/types';
import { describeValue, makeError, type ScenarioError } from './errors';
import { compileTimeExpression } from './expression';
import { checkNumber, inUnit } from './parameter-rules';
import { convertToCatalogueUnit } from './units';

export type ValueResult = { ok: true; value: ParamValue } | { ok: false; error: ScenarioError };

/** "3 USDX/GPUh", "1e3 tok": a number followed by a word reads as an attempt at a quantity with a unit. */
const LOOKS_LIKE_QUANTITY = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*[A-Za-z]/;
/** Operators or time variables: "2 USD/GPUh * 1.1^year" is an expression attempt, whatever its first word. */
const EXPRESSION_SIGNS = /[+*^()?<>=]|\b(?:t|year)\b/;

function isTimeExpression(raw: unknown): raw is { kind: 'expression'; expression: string } {
  if (typeof raw !== 'object' || raw === null) return false;
  const candidate = raw as { kind?: unknown; expression?: unknown };
  return candidate.kind === 'expression' && typeof candidate.expression === 'string';
}

function accepted(value: number, def: ParameterDef, path: string, written: unknown): ValueResult {
  const broken = checkNumber(value, def, path, written);
  return broken ? { ok: false, error: broken } : { ok: true, value };
}

/**
 * A string value: a plain number, a percentage, "YYYY-MM", a "value unit" quantity, or an expression.
 * Arithmetic without `t`/`year` ("1/27") is folded to a number for any parameter; an expression that
 * reads time is kept only for parameters the catalogue marks `timeVarying`.
 */
function readText(text: string, def: ParameterDef, path: string): ValueResult {
  const conversion = convertToCatalogueUnit(text, def);
  if (conversion.ok) return accepted(conversion.value, def, path, text);
  const expression = compileTimeExpression(text.trim(), def.mathUnit ?? def.unit);
  if (expression.ok && expression.constant) {
    return accepted(expression.value.evaluate(0, 0), def, path, text);
  }
  if (expression.ok && def.timeVarying) return { ok: true, value: expression.value };
  if (expression.ok) {
    return {
      ok: false,
      error: makeError(
        path,
        'time-varying',
        text,
        `${def.id} cannot vary over time: give one number${inUnit(def)}, not an expression of t or year; got ${describeValue(text)}`,
      ),
    };
  }
  // Neither reading worked: report the one the user was most likely attempting.
  const attemptedQuantity =
    LOOKS_LIKE_QUANTITY.test(text.trim()) && !(def.timeVarying && EXPRESSION_SIGNS.test(text));
  if (conversion.quantity || attemptedQuantity) {
    return { ok: false, error: makeError(path, 'unit', text, conversion.message) };
  }
  const what = def.timeVarying ? 'expression' : 'value';
  return {
    ok: false,
    error: makeError(
      path,
      'expression',
      text,
      `${def.id}: the ${what} ${describeValue(text)} is refused: ${expression.message}`,
    ),
  };
}

/**
 * Reads one parameter value as written in a scenario file (number, or string: see readText) and
 * checks it against the catalogue definition. Numbers are in the catalogue unit. Expressions are
 * returned compiled; their range over the horizon is checked later, once the horizon is known.
 */
export function readParameterValue(raw: unknown, def: ParameterDef, path: string): ValueResult {
  if (typeof raw === 'number') return accepted(raw, def, path, raw);
  if (typeof raw === 'string') return readText(raw, def, path);
  // An in-memory Scenario (a TimeExpression object) is read again from its source text.
  if (isTimeExpression(raw)) return readText(raw.expression, def, path);
  const forms = def.timeVarying
    ? 'a number, a "value unit" string or an expression of t/year'
    : 'a number or a "value unit" string';
  return {
    ok: false,
    error: makeError(
      path,
      'type',
      raw,
      `${def.id} must be ${forms}${inUnit(def) ? ` (${inUnit(def).trim()})` : ''}; got ${describeValue(raw)}`,
    ),
  };
}
