import { describeValue, formatNumber, makeError, type ScenarioError } from './errors';

/** What one option of a library call may be. */
export type OptionRule =
  | { kind: 'whole'; min: number; max: number; required?: boolean }
  | { kind: 'boolean' }
  | { kind: 'function' }
  | { kind: 'signal' }
  | { kind: 'object' };

function wholeProblem(value: unknown, rule: { min: number; max: number }): string | undefined {
  if (typeof value !== 'number') return `a whole number; got ${describeValue(value)}`;
  if (!Number.isFinite(value)) return `a finite whole number; got ${formatNumber(value)}`;
  if (!Number.isInteger(value)) return `a whole number; got ${formatNumber(value)}`;
  if (value < rule.min || value > rule.max) {
    return `within ${rule.min.toLocaleString('en-US')}–${rule.max.toLocaleString('en-US')}; got ${formatNumber(value)}`;
  }
  return undefined;
}

function problem(
  value: unknown,
  rule: OptionRule,
): { rule: ScenarioError['rule']; text: string } | undefined {
  switch (rule.kind) {
    case 'whole': {
      const text = wholeProblem(value, rule);
      if (!text) return undefined;
      const kind =
        typeof value !== 'number'
          ? 'type'
          : !Number.isFinite(value)
            ? 'finite'
            : Number.isInteger(value)
              ? 'range'
              : 'integer';
      return { rule: kind, text: `must be ${text}` };
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : { rule: 'type', text: `must be true or false; got ${describeValue(value)}` };
    case 'function':
      return typeof value === 'function'
        ? undefined
        : { rule: 'type', text: `must be a function; got ${describeValue(value)}` };
    case 'signal': {
      const ok = typeof (value as { throwIfAborted?: unknown } | null)?.throwIfAborted === 'function';
      return ok ? undefined : { rule: 'type', text: `must be an AbortSignal; got ${describeValue(value)}` };
    }
    case 'object': {
      const ok = typeof value === 'object' && value !== null && !Array.isArray(value);
      return ok ? undefined : { rule: 'type', text: `must be an object; got ${describeValue(value)}` };
    }
  }
}

/**
 * The options of a library call (`monteCarlo(s, { samples, seed, chunk })`) checked before any work,
 * with the reader's kind of message: "options.chunk must be a finite whole number; got not a
 * number". NaN samples would otherwise report `samples: NaN`, and a chunk of NaN never advances.
 * Options not listed are left to the callee.
 */
export function optionProblems(
  options: unknown,
  rules: Readonly<Record<string, OptionRule>>,
  optional = false,
): ScenarioError[] {
  if (options === undefined && optional) return [];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return [
      makeError('options', 'type', options, `options must be an object; got ${describeValue(options)}`),
    ];
  }
  const errors: ScenarioError[] = [];
  const record = options as Record<string, unknown>;
  for (const [key, rule] of Object.entries(rules)) {
    const value = record[key];
    if (value === undefined && !(rule.kind === 'whole' && rule.required)) continue;
    const found = problem(value, rule);
    if (found) errors.push(makeError(`options.${key}`, found.rule, value, `options.${key} ${found.text}`));
  }
  return errors;
}
