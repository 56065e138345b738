import type { Scenario } from '../../src/model/types';
import type { ScenarioError } from '../../src/scenario/errors';
import { clip, type StateProblem } from './app-state';

/**
 * The app reads every scenario from outside — a link, a saved entry, an imported file — with the
 * project's one reader, `parseScenario` (src/scenario). It pulls in mathjs and yaml, so it is
 * loaded on first use; a page opened without a scenario in its link never loads it.
 */
function loadParser(): Promise<typeof import('../../src/scenario/parse')> {
  return import('../../src/scenario/parse');
}

/** The reader's errors as notice entries: the JSONPath and the reader's own sentence. */
function parserProblems(errors: readonly ScenarioError[]): StateProblem[] {
  return errors.map((e) => ({ code: 'parse-error', field: clip(e.path), message: clip(e.message, 300) }));
}

/** The keys of a JSONPath as the reader writes them: `$.parameters.x`, `$.parameters["a b"]`, `$.x[0]`. */
export function pathKeys(path: string): string[] | null {
  if (!path.startsWith('$')) return null;
  const keys: string[] = [];
  const step = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[("(?:[^"\\]|\\.)*"|\d+)\]/y;
  step.lastIndex = 1;
  while (step.lastIndex < path.length) {
    const m = step.exec(path);
    if (!m) return null;
    keys.push(m[1] ?? (m[2].startsWith('"') ? (JSON.parse(m[2]) as string) : m[2]));
  }
  return keys;
}

/** Sections whose entries are refused one by one; anything else is refused as a whole field. */
const PER_ENTRY = new Set(['parameters', 'distributions']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Removes what an error is about from `data`: one parameter or distribution, else the top-level
 * field. Returns a key naming what went, or null when the error is about the whole document.
 */
function drop(data: Record<string, unknown>, path: string): string | null {
  const keys = pathKeys(path);
  if (!keys || keys.length === 0) return null;
  const [section, entry] = keys;
  const inner = data[section];
  if (PER_ENTRY.has(section) && entry !== undefined && isRecord(inner)) {
    if (!Object.hasOwn(inner, entry)) return null;
    delete inner[entry];
    return `${section}.${entry}`;
  }
  if (!Object.hasOwn(data, section)) return null;
  delete data[section];
  return section;
}

export interface ReadOutcome {
  /** The scenario with everything the reader accepted; absent when nothing could be used. */
  scenario?: Scenario;
  problems: StateProblem[];
}

/** How many rounds of "leave out what was refused, read again" before giving up. */
const MAX_ROUNDS = 8;

/**
 * Reads a scenario object (a link's state, a saved entry, a file's content) with the project's
 * reader. When the reader refuses some entries — a version-1 id that no longer exists, a value out
 * of range, a shock after the end of the run — those entries are reported in the reader's words and
 * left out, and the rest is read again, so a link or a saved scenario still opens with everything
 * that is valid. `data` is never changed (the caller's saved entry stays exactly as stored).
 * `fallbackName` names a scenario that has none. Never rejects.
 */
export async function readScenarioObject(data: unknown, fallbackName = 'scenario'): Promise<ReadOutcome> {
  try {
    const { parseScenario } = await loadParser();
    if (!isRecord(data)) {
      const parsed = parseScenario(data);
      return { problems: parsed.ok ? [] : parserProblems(parsed.errors) };
    }
    const input = structuredClone(data);
    if (input.name === undefined) input.name = fallbackName;
    const problems: StateProblem[] = [];
    const seen = new Set<string>();
    const dropped = new Set<string>();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const parsed = parseScenario(input);
      if (parsed.ok) return { scenario: parsed.scenario, problems };
      for (const problem of parserProblems(parsed.errors)) {
        const key = `${problem.field}|${problem.message}`;
        if (!seen.has(key)) problems.push(problem);
        seen.add(key);
      }
      let progress = false;
      for (const error of parsed.errors) {
        const what = drop(input, error.path);
        if (what === null || dropped.has(what)) continue;
        dropped.add(what);
        progress = true;
      }
      if (input.name === undefined) input.name = fallbackName;
      if (!progress) break;
    }
    return { problems };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [{ code: 'parse-error', field: 'parser', message: clip(message, 300) }] };
  }
}

/**
 * Reads a scenario file's text (JSON or YAML, by its name or content) with the project's reader,
 * as `readScenarioObject` does once the text is read. A text that is not a document at all is
 * refused whole.
 */
export async function readScenarioText(text: string, source: string): Promise<ReadOutcome> {
  try {
    const { parseScenario } = await loadParser();
    const parsed = parseScenario(text, { source });
    if (parsed.ok) return { scenario: parsed.scenario, problems: [] };
    const { readScenarioText: readDocument } = await import('../../src/scenario/read-input');
    const read = readDocument(text, undefined, source);
    if (!read.ok) return { problems: parserProblems([read.error]) };
    return readScenarioObject(read.data);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [{ code: 'import-failed', field: clip(source), message: clip(message, 300) }] };
  }
}
