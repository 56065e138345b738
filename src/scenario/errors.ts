import { printable } from '../format/text';
import type { Scenario } from '../model/types';

/** Why a scenario was refused. */
export const ERROR_RULES = [
  'syntax',
  'size',
  'type',
  'required',
  'unknown-key',
  'duplicate-key',
  'v1-id',
  'vintage',
  'unknown-id',
  'finite',
  'range',
  'integer',
  'unit',
  'expression',
  'time-varying',
  'cross-field',
  'distribution',
  'internal',
] as const;
export type ErrorRule = (typeof ERROR_RULES)[number];

/** One problem in a scenario, located by a JSONPath such as "$.parameters.elasticity". */
export interface ScenarioError {
  path: string;
  rule: ErrorRule;
  value: unknown;
  /** A sentence naming the field, the rule or allowed range (with unit) and the value given. */
  message: string;
}

export type ParseResult =
  | { ok: true; scenario: Scenario; warnings: string[] }
  | { ok: false; errors: ScenarioError[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** JSONPath of a child: "$.parameters" + "elasticity" → "$.parameters.elasticity"; odd keys in brackets. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** A number as people read it: up to 6 significant digits, no trailing zeros, never "NaN". */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'not a number';
  if (!Number.isFinite(value)) return value > 0 ? 'infinity' : '−infinity';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const text =
    magnitude >= 1e-4 && magnitude < 1e9
      ? String(Number(value.toPrecision(6)))
      : value.toExponential(5).replace(/\.?0+e/, 'e');
  return text.replace(/^-/, '−');
}

/** Text cut to `max` characters with an ellipsis, so a huge input is never echoed whole. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * How a value the user wrote looks in a message: strings quoted, long text cut, control characters
 * (terminal escapes) shown as escapes, objects summarised.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  // Quoted text stays on one line: a newline or tab in a key is shown, not obeyed.
  if (typeof value === 'string')
    return `'${printable(shorten(value)).replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * An error as the reader reports it: long string values are cut so a 1 MB input does not echo back
 * whole, and the message is made printable — it may quote a library's own words about the input
 * (mathjs's syntax errors repeat the text), which must not carry a terminal escape or a bidi override
 * into a terminal or the page.
 */
export function makeError(path: string, rule: ErrorRule, value: unknown, message: string): ScenarioError {
  const kept = typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…` : value;
  // One line: a tab or a line break quoted from the input is shown, not obeyed.
  return {
    path,
    rule,
    value: kept,
    message: printable(message).replace(/\t/g, '\\t').replace(/\r?\n/g, ' '),
  };
}

/** Errors listed in a message before "… and N more": a file with 142,000 bad keys gets a readable answer. */
const MAX_LISTED_ERRORS = 20;

/**
 * The lines that explain why `what` was refused, as the CLI prints them and the library throws them:
 * "scenario 'x.json' is not valid (2 errors):" then "  $.parameters.elasticity: elasticity must …".
 */
export function describeErrors(
  what: string,
  errors: readonly ScenarioError[],
): { title: string; lines: string[] } {
  const n = errors.length;
  // A path holds the user's keys: cut, as values are, so a 100,000-character id is not echoed whole.
  const lines = errors
    .slice(0, MAX_LISTED_ERRORS)
    .map((error) => `  ${shorten(error.path, 100)}: ${error.message}`);
  if (n > MAX_LISTED_ERRORS) lines.push(`  … and ${(n - MAX_LISTED_ERRORS).toLocaleString('en-US')} more`);
  return { title: `${what} is not valid (${n.toLocaleString('en-US')} error${n === 1 ? '' : 's'}):`, lines };
}
