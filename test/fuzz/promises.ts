/**
 * The promises of issue 11 as checks the fuzz properties share: a refusal names the field, the rule
 * and the value, in printable text of bounded length and with no stack trace; an answer holds only
 * finite numbers; nothing is null but what the report documents as "none".
 */
import { expect } from 'vitest';
import { printable } from '../../src/format/text';
import { ERROR_RULES, type ScenarioError } from '../../src/scenario/errors';

/** C0/C1 controls (but newline), the bidi overrides: what a terminal would obey. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A stack trace line, as Node prints one. */
const STACK_LINE = /^\s+at .+(\(|:\d+:\d+)/m;

/** Longest line the CLI prints in a refusal (src/cli/main.ts cuts there). */
const MAX_LINE = 2001;

/** The last key of a JSONPath ("$.parameters.elasticity" → "elasticity", `$["a b"]` → "a b"). */
function lastKey(path: string): string | undefined {
  const bracket = /\["((?:[^"\\]|\\.)*)"\]$/.exec(path);
  if (bracket) return JSON.parse(`"${bracket[1]}"`) as string;
  const dotted = /\.([A-Za-z_$][A-Za-z0-9_$]*)$/.exec(path);
  return dotted?.[1];
}

/** The first characters of a key or value as a message quotes it (made printable, cut). */
function quotedStart(text: string): string {
  return printable(text).replace(/\n/g, '\\n').replace(/\t/g, '\\t').slice(0, 20);
}

/**
 * One error of the reader: its rule is one of the documented rules, its path a JSONPath, and its
 * message names the field (the path's last key) and quotes the value given, in printable text.
 */
export function expectNamesFieldRuleValue(error: ScenarioError): void {
  const where = JSON.stringify(error).slice(0, 300);
  expect(ERROR_RULES, where).toContain(error.rule);
  expect(error.path, where).toMatch(/^(\$|options|values\[\d+\]|paramId|mode|--as-of)/);
  expect(error.message.length, where).toBeGreaterThan(10);
  expect(error.message.length, where).toBeLessThan(1500);
  expect(RAW_CONTROL.test(error.message), where).toBe(false);
  const key = lastKey(error.path);
  if (key !== undefined && key !== '') expect(error.message, where).toContain(quotedStart(key));
  // A retired id is refused for what it is, whatever it was given: its field is the value there.
  const valueNamed =
    !['syntax', 'v1-id'].includes(error.rule) &&
    // "NaN" and "Infinity" are shown in words: "got not a number", "got infinity".
    !(typeof error.value === 'string' && /^\s*[+-]?(nan|infinity)\s*$/i.test(error.value));
  if (typeof error.value === 'string' && error.value.trim() !== '' && valueNamed) {
    // Numbers are shown with a true minus sign (−75 for "-75").
    const shown = error.message.replaceAll('−', '-').toLowerCase();
    expect(shown, where).toContain(quotedStart(error.value.trim()).slice(0, 12).toLowerCase());
  }
  if (typeof error.value === 'string') expect(error.value.length, where).toBeLessThanOrEqual(201);
}

/** What `jevons` wrote on stderr when it refused (exit 2): one clear message, nothing a terminal obeys. */
export function expectCleanRefusal(stderr: string, stdout: string): void {
  expect(stdout, stderr).toBe('');
  expect(stderr.startsWith('jevons: '), stderr).toBe(true);
  expect(STACK_LINE.test(stderr), stderr).toBe(false);
  expect(RAW_CONTROL.test(stderr), stderr).toBe(false);
  expect(stderr).not.toMatch(/internal error|TypeError|RangeError|ReferenceError|undefined is not/);
  const lines = stderr.split('\n');
  expect(lines.length, stderr).toBeLessThanOrEqual(26);
  for (const line of lines) expect(line.length, line.slice(0, 80)).toBeLessThanOrEqual(MAX_LINE);
}

/** Keys of the run report whose null means "none" (an undefined rebound, no break-even, a varying elasticity). */
const NULL_MEANS_NONE = new Set(['rebound', 'value', 'elasticity', 'b/a']);

/**
 * A JSON answer: no NaN or Infinity anywhere (JSON.stringify would have written them as null), null
 * only where the report documents it, every series a list of finite numbers, and an undefined
 * rebound never classified.
 */
export function expectCleanJson(text: string): unknown {
  expect(text).not.toMatch(/\bNaN\b|\bInfinity\b/);
  const data = JSON.parse(text) as unknown;
  const walk = (value: unknown, key: string, path: string) => {
    if (value === null) {
      expect(NULL_MEANS_NONE.has(key), `null at ${path}`).toBe(true);
      return;
    }
    if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
    if (typeof value === 'string') expect(RAW_CONTROL.test(value.replace(/\n/g, '')), path).toBe(false);
    if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, k, `${path}.${k}`);
    }
  };
  // The scenario echoes what the user wrote (a name may hold anything); the figures are checked.
  const { scenario: _echo, ...figures } = data as Record<string, unknown>;
  walk(figures, '', '$');
  const summary = (data as { summary?: { verdicts?: { rebound: number | null; verdict: string }[] } })
    .summary;
  for (const v of summary?.verdicts ?? []) {
    if (v.rebound === null) expect(v.verdict).toBe('undefined');
    else expect(v.verdict).not.toBe('undefined');
  }
  expectSaneDecomposition(data);
  return data;
}

interface ReportSummary {
  verdicts?: { horizonMonths: number; basis: string; base: number; scenario: number; mechanical: number }[];
  decomposition?: { basis: string; horizonMonths: number; total: number; effects: Record<string, number> }[];
}

/**
 * A finite answer can still be false: a curve the engine had to clip in a counterfactual run leaves
 * effects of $1e112 beside totals of $1e15. Each effect is a difference of two runs' totals, so it
 * cannot exceed the totals of the verdict's own runs by orders of magnitude.
 */
function expectSaneDecomposition(data: unknown): void {
  const summary = (data as { summary?: ReportSummary }).summary;
  for (const d of summary?.decomposition ?? []) {
    const v = summary?.verdicts?.find((x) => x.basis === d.basis && x.horizonMonths === d.horizonMonths);
    if (!v) continue;
    const scale = Math.max(Math.abs(v.base), Math.abs(v.scenario), Math.abs(v.mechanical), Math.abs(d.total));
    for (const [channel, effect] of Object.entries(d.effects)) {
      expect(
        Math.abs(effect),
        `${d.basis} ${channel}: ${effect} against totals of ${scale}`,
      ).toBeLessThanOrEqual(1e4 * scale);
    }
  }
}

/** Text output (tables): no NaN, no "Infinity", no raw terminal controls. */
export function expectCleanText(text: string): void {
  expect(text).not.toMatch(/\bNaN\b|Infinity/);
  expect(RAW_CONTROL.test(text.replace(/\n/g, '')), text.slice(0, 200)).toBe(false);
}
