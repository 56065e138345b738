import type { ParamId } from '../../models/schema';
import { clip, type StateProblem } from './app-state';
import { labelToMonthIndex } from '../../src/scenario/month';
import { isMonthIndex } from '../i18n/format-param';
import { findParameter } from './catalogue';

/** Longest value accepted from outside for one parameter (an expression is a formula, not a program). */
export const MAX_VALUE_LENGTH = 500;

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A parameter value read from outside: a checked number, text for the expression parser, or a problem. */
export type CheckedValue =
  | { kind: 'number'; id: ParamId; value: number }
  | { kind: 'text'; id: ParamId; text: string }
  | { kind: 'problem'; problem: StateProblem };

/**
 * Checks an untrusted parameter value against the catalogue: known id, finite number within
 * [min, max], whole for integer parameters. Text that is not a plain number is passed on for the
 * (lazily loaded) parser only where a unit or an expression of time could make sense of it.
 * `kept` is the value the app keeps when this one is refused, reported in the notice.
 */
export function checkParamValue(key: string, raw: unknown, kept: (id: ParamId) => number): CheckedValue {
  const def = findParameter(key);
  if (!def) return { kind: 'problem', problem: { code: 'unknown-id', field: clip(key) } };
  const id = def.id;
  const refuse = (code: StateProblem['code'], value: string): CheckedValue => ({
    kind: 'problem',
    problem: { code, field: id, value: clip(value), min: def.min, max: def.max, kept: kept(id) },
  });
  let value: number;
  if (typeof raw === 'number') {
    value = raw;
  } else if (typeof raw === 'string') {
    const text = raw.trim();
    if (text.length > MAX_VALUE_LENGTH) {
      return { kind: 'problem', problem: { code: 'too-long', field: id, value: String(text.length) } };
    }
    const month = isMonthIndex(def) ? labelToMonthIndex(text) : undefined;
    if (month !== undefined) {
      value = month;
    } else if (!NUMBER_TEXT.test(text)) {
      // Spelled-out non-numbers are refused here; the parser would only say the same less plainly.
      if (/^[+-]?(nan|inf|infinity)$/i.test(text)) return refuse('not-a-number', text);
      if ((def.timeVarying || def.mathUnit) && /[a-z0-9]/i.test(text) && !/[<>"'`;{}\\]/.test(text)) {
        return { kind: 'text', id, text };
      }
      return refuse('not-a-number', text);
    } else {
      value = Number(text);
    }
  } else {
    return refuse('bad-value', typeof raw === 'object' ? (JSON.stringify(raw) ?? String(raw)) : String(raw));
  }
  if (!Number.isFinite(value)) return refuse('not-a-number', String(raw));
  if (value < def.min || value > def.max) return refuse('out-of-range', String(value));
  if (def.integer && !Number.isInteger(value)) return refuse('not-integer', String(value));
  return { kind: 'number', id, value };
}
