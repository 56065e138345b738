import type { Scenario } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import type { AppState, BaselineChoice } from '../state/app-state';
import type { ExternalState } from '../state/external-state';
import { findSaved } from '../state/saved-scenarios';
import { numericScenario, resolveScenario } from '../state/resolve-state';
import { readScenarioFile } from '../state/scenario-file';
import { decodeHash } from '../state/url-state';

/**
 * The state a page load starts from: the URL's hash read piece by piece, with numbers applied at
 * once so the first paint is not delayed. `ext` is what was read (with its problems);
 * `needsParser` says it holds text (units, expressions) only the lazily loaded parser can apply.
 */
export function initialState(hash: string): { state: AppState; ext: ExternalState; needsParser: boolean } {
  const ext = decodeHash(hash);
  const state: AppState = {
    scenario: numericScenario(ext),
    lang: ext.lang ?? (navigator.language?.toLowerCase().startsWith('zh') && hash === '' ? 'zh' : 'en'),
    theme: ext.theme ?? 'auto',
    baseline: ext.baseline ?? { kind: 'base' },
  };
  const needsParser = Object.keys(ext.texts).length > 0 || ext.curveExpression !== undefined;
  return { state, ext, needsParser };
}

/**
 * The scenario behind the dashed overlay, or null for the engine's base run. A saved baseline
 * that is gone or damaged falls back to the base run (the notice says why).
 */
export async function baselineScenario(choice: BaselineChoice): Promise<Scenario | null> {
  if (choice.kind === 'base') return null;
  if (choice.kind === 'preset') {
    try {
      return scenarioFromPreset(choice.id);
    } catch {
      return null;
    }
  }
  const entry = findSaved(choice.name);
  if (!entry?.ok) return null;
  return (await resolveScenario(readScenarioFile(entry.scenario))).scenario;
}
