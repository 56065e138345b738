import type { Scenario } from '../model/types';
import { describeErrors, type ScenarioError } from './errors';
import { isRecord } from './shape';
import { parseScenario } from './parse';

/** Thrown by the library when it is given a scenario the CLI would refuse; `errors` lists every problem. */
export class InvalidScenarioError extends RangeError {
  override name = 'InvalidScenarioError';
  constructor(
    what: string,
    readonly errors: ScenarioError[],
  ) {
    const { title, lines } = describeErrors(what, errors);
    super([title, ...lines].join('\n'));
  }
}

/**
 * The library's guard: what `simulate`, `jevons` and `sweep` are given is validated by the same
 * reader as a scenario file (NaN, Infinity, out-of-range values, `horizonMonths: 1e9`, null, a
 * removed v1 id), and refused with the CLI's messages. Returns the validated scenario; a missing name
 * is not worth refusing a run for, so it is filled in.
 */
export function validScenario(input: unknown, what = 'scenario'): Scenario {
  const named = isRecord(input) && input.name === undefined ? { ...input, name: 'scenario' } : input;
  const result = parseScenario(named);
  if (!result.ok) {
    const label =
      isRecord(input) && typeof input.name === 'string'
        ? `${what} ${JSON.stringify(input.name.slice(0, 60))}`
        : what;
    throw new InvalidScenarioError(label, result.errors);
  }
  return result.scenario;
}
