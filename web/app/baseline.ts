import type { Scenario } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { type BaselineChoice, clip, type StateProblem } from '../state/app-state';
import { readScenarioObject } from '../state/read-scenario';
import { findSaved } from '../state/saved-scenarios';

/**
 * The scenario behind the dashed overlay: null for the engine's base run (the same scenario
 * without the shock), a preset as it stands, or a saved scenario read with the project's reader.
 * A saved baseline that is gone or damaged falls back to the base run, and the notice says why.
 */
export async function baselineScenario(
  choice: BaselineChoice,
): Promise<{ scenario: Scenario | null; problems: StateProblem[] }> {
  if (choice.kind === 'base') return { scenario: null, problems: [] };
  if (choice.kind === 'preset') {
    try {
      return { scenario: scenarioFromPreset(choice.id), problems: [] };
    } catch (error) {
      return {
        scenario: null,
        problems: [{ code: 'bad-value', field: 'baseline', value: clip(String(error)) }],
      };
    }
  }
  const entry = findSaved(choice.name);
  if (!entry?.ok) {
    const message = entry ? entry.reason : 'missing';
    return { scenario: null, problems: [{ code: 'corrupted-saved', field: clip(choice.name), message }] };
  }
  const read = await readScenarioObject(entry.scenario, choice.name);
  return { scenario: read.scenario ?? null, problems: read.problems };
}
