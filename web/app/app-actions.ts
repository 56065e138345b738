import type { Scenario } from '../../src/model/types';
import { scenarioToJSON } from '../../src/scenario/serialize';
import { type Lang, t } from '../i18n/i18n';
import { clip, type StateProblem } from '../state/app-state';
import { downloadText } from '../state/download';
import { readScenarioObject, readScenarioText } from '../state/read-scenario';
import { deleteSaved, findSaved, listSaved, renameSaved, saveScenario } from '../state/saved-scenarios';
import type { AppStore } from '../state/store';

/** A file name from a scenario name: letters, digits, CJK and dashes only. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'scenario';
}

/** The scenario as a file the CLI runs unchanged (`jevons run file.json`): every field it has. */
function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenarioToJSON(scenario), null, 2)}\n`;
}

/** Downloads the scenario as the JSON file the CLI runs. */
export function exportScenarioJson(scenario: Scenario): void {
  downloadText(`${fileStem(scenario.name)}.json`, scenarioFileText(scenario), 'application/json');
}

/**
 * Reads a scenario file (JSON or YAML, UTF-8 or UTF-16, with units and expressions) with the
 * project's reader. Returns the scenario — what the reader accepted, when it refused some entries —
 * and the reader's words for everything refused.
 */
export async function importScenarioFile(
  file: File,
): Promise<{ scenario?: Scenario; problems: StateProblem[] }> {
  let text: string;
  try {
    const { decodeScenarioBytes } = await import('../../src/scenario/read-input');
    text = decodeScenarioBytes(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    return {
      problems: [{ code: 'import-failed', field: clip(file.name), message: clip(String(error), 300) }],
    };
  }
  return readScenarioText(text, file.name);
}

/** True when saving under `name` would replace another saved scenario (the dialog asks first). */
function nameTaken(name: string): boolean {
  return findSaved(name) !== undefined;
}

/**
 * Saves the current scenario under `name` with every field it has (distributions, description, the
 * demand curve). Replacing a scenario of that name happens only with `replace` — the dialog asks
 * first; without it nothing is written and the status line says why.
 */
export function saveCurrent(store: AppStore, name: string, now: Date, replace = false): boolean {
  const { scenario, lang } = store.state;
  if (!replace && nameTaken(name)) {
    store.say(t(lang, 'saved.exists', { name }));
    return false;
  }
  const named: Scenario = { ...scenario, name };
  const error = saveScenario(
    name,
    scenarioToJSON(named) as unknown as Record<string, unknown>,
    now.toISOString(),
  );
  if (error) {
    store.say(t(lang, 'saved.storageFailed', { reason: clip(error, 200) }));
    return false;
  }
  store.set({ scenario: named });
  store.say(t(lang, replace ? 'saved.replaced' : 'saved.stored', { name }));
  return true;
}

/**
 * Loads a saved scenario by name with the project's reader. What it refuses (a version-1 id that no
 * longer exists) is named in the notice and left out; the stored entry is never changed. A damaged
 * entry is reported and left in storage.
 */
export async function loadSaved(store: AppStore, name: string): Promise<void> {
  const entry = findSaved(name);
  if (!entry) return;
  if (!entry.ok) {
    store.report([{ code: 'corrupted-saved', field: clip(name), message: entry.reason }]);
    return;
  }
  const { scenario, problems } = await readScenarioObject(entry.scenario, name);
  store.report(problems);
  if (!scenario) return;
  store.set({ scenario: { ...scenario, name } });
  store.say(t(store.state.lang, 'saved.loaded', { name }));
}

/** Renames an entry; onto another entry's name only with `replace` (the dialog asks first). */
export function renameSavedEntry(store: AppStore, from: string, to: string, replace = false): void {
  const error = renameSaved(from, to, { replace });
  const lang = store.state.lang;
  if (error === 'exists') store.say(t(lang, 'saved.exists', { name: to }));
  else if (error) store.say(t(lang, 'saved.storageFailed', { reason: clip(error, 200) }));
  else store.say(t(lang, 'saved.renamed', { from, to }));
}

export function deleteSavedEntry(store: AppStore, name: string): void {
  deleteSaved(name);
  store.say(t(store.state.lang, 'saved.deleted', { name }));
}

/** Problems for every damaged saved entry, reported once at start-up (the entries stay stored). */
export function damagedSavedProblems(): StateProblem[] {
  return listSaved().flatMap((e) =>
    e.ok ? [] : [{ code: 'corrupted-saved' as const, field: clip(e.name), message: clip(e.reason, 200) }],
  );
}

/** Copies the page's URL (which always holds the state) to the clipboard; says whether it worked. */
export async function copyLink(store: AppStore, lang: Lang): Promise<void> {
  try {
    await navigator.clipboard.writeText(location.href);
    store.say(t(lang, 'menu.linkCopied'));
  } catch (error) {
    store.say(clip(String(error), 200));
  }
}
