import type { Scenario, SimulationResult } from '../../src/model/types';
import { type Lang, t } from '../i18n/i18n';
import type { StateProblem } from '../state/app-state';
import { clip } from '../state/app-state';
import { seriesCsv, downloadText } from '../state/csv';
import { resolveScenario, loadParser, parserProblems } from '../state/resolve-state';
import { readScenarioFile, scenarioFileText } from '../state/scenario-file';
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

/** Downloads the scenario as the JSON file the CLI runs (`npx jevons run file.json`). */
export function exportScenarioJson(scenario: Scenario): void {
  downloadText(`${fileStem(scenario.name)}.json`, scenarioFileText(scenario), 'application/json');
}

/** Downloads the monthly series (and the baseline's) as CSV with units in the header. */
export function exportCsv(scenario: Scenario, run: SimulationResult, baseline: SimulationResult): void {
  downloadText(`${fileStem(scenario.name)}-series.csv`, seriesCsv(run, baseline), 'text/csv');
}

/**
 * Reads a scenario file (JSON or YAML, with units and expressions) with the project's own parser,
 * loaded on demand. Returns the scenario, or the parser's errors as notice entries.
 */
export async function importScenarioFile(
  file: File,
): Promise<{ scenario?: Scenario; problems: StateProblem[] }> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { problems: [{ code: 'import-failed', field: clip(file.name), message: String(error) }] };
  }
  try {
    const { parseScenario } = await loadParser();
    const parsed = parseScenario(text, { source: file.name });
    if (parsed.ok) return { scenario: parsed.scenario, problems: [] };
    return { problems: parserProblems(parsed.errors) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [{ code: 'import-failed', field: clip(file.name), message: clip(message, 300) }] };
  }
}

/** Saves the current scenario under `name` (replacing one of that name) and says so. */
export function saveCurrent(store: AppStore, name: string, now: Date): void {
  const { scenario, lang } = store.state;
  const named: Scenario = { ...scenario, name };
  const json = JSON.parse(scenarioFileText(named)) as Record<string, unknown>;
  const replaced = findSaved(name) !== undefined;
  const error = saveScenario(name, json, now.toISOString());
  if (error) {
    store.say(t(lang, 'saved.storageFailed', { reason: clip(error, 200) }));
    return;
  }
  store.set({ scenario: named });
  store.say(t(lang, replaced ? 'saved.nameTaken' : 'saved.stored', { name }));
}

/** Loads a saved scenario by name; a damaged one is reported in the notice and left in storage. */
export async function loadSaved(store: AppStore, name: string): Promise<void> {
  const entry = findSaved(name);
  if (!entry) return;
  if (!entry.ok) {
    store.report([{ code: 'corrupted-saved', field: clip(name), message: entry.reason }]);
    return;
  }
  const ext = readScenarioFile(entry.scenario);
  const { scenario, problems } = await resolveScenario(ext);
  store.report([...ext.problems, ...problems]);
  store.set({ scenario: { ...scenario, name } });
  store.say(t(store.state.lang, 'saved.loaded', { name }));
}

export function renameSavedEntry(store: AppStore, from: string, to: string): void {
  const error = renameSaved(from, to);
  if (error) store.say(t(store.state.lang, 'saved.storageFailed', { reason: clip(error, 200) }));
  else store.set({});
}

export function deleteSavedEntry(store: AppStore, name: string): void {
  deleteSaved(name);
  store.set({});
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
