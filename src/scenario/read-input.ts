import { parseDocument } from 'yaml';
import { makeError, type ScenarioError } from './errors';

/** Largest scenario text accepted, in bytes of UTF-8: scenarios are a few kB; more is a mistake or abuse. */
export const MAX_INPUT_BYTES = 1_000_000;

export type InputFormat = 'json' | 'yaml';
export type ReadResult = { ok: true; data: unknown } | { ok: false; error: ScenarioError };

function byteLength(text: string): number {
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short texts skip the encoding.
  return text.length * 3 <= MAX_INPUT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** Which reader to use: the caller's choice, else the file extension, else JSON when it starts with "{". */
function chooseFormat(
  text: string,
  format: InputFormat | undefined,
  source: string | undefined,
): InputFormat {
  if (format) return format;
  if (source && /\.ya?ml$/i.test(source)) return 'yaml';
  if (source && /\.json$/i.test(source)) return 'json';
  return text.trimStart().startsWith('{') ? 'json' : 'yaml';
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function readJson(text: string, where: string): ReadResult {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const at = position ? lineColumn(text, Number(position[1])) : undefined;
    const located = at && !/line \d+/.test(message) ? ` at line ${at.line}, column ${at.column}` : '';
    return {
      ok: false,
      error: makeError('$', 'syntax', at ?? null, `${where} is not valid JSON${located}: ${message}`),
    };
  }
}

function readYaml(text: string, where: string): ReadResult {
  try {
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const first = document.errors[0];
    if (first) {
      const at = first.pos ? lineColumn(text, first.pos[0]) : null;
      const located = at ? ` at line ${at.line}, column ${at.column}` : '';
      return {
        ok: false,
        error: makeError('$', 'syntax', at, `${where} is not valid YAML${located}: ${first.message}`),
      };
    }
    return { ok: true, data: document.toJS({ maxAliasCount: 50 }) };
  } catch (error) {
    return {
      ok: false,
      error: makeError('$', 'syntax', null, `${where} is not valid YAML: ${(error as Error).message}`),
    };
  }
}

/**
 * Turns scenario text (JSON or YAML) into plain data, or one error: rule 'size' above
 * MAX_INPUT_BYTES, rule 'syntax' with line and column for malformed text. `source` (a file name)
 * picks the format by extension and names the input in messages.
 */
export function readScenarioText(text: string, format?: InputFormat, source?: string): ReadResult {
  const where = source ? `'${source}'` : 'the scenario';
  const bytes = byteLength(text);
  if (bytes > MAX_INPUT_BYTES) {
    return {
      ok: false,
      error: makeError(
        '$',
        'size',
        bytes,
        `${where} is ${bytes} bytes; at most ${MAX_INPUT_BYTES} bytes are accepted`,
      ),
    };
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const chosen = chooseFormat(body, format, source);
  return chosen === 'json' ? readJson(body, where) : readYaml(body, where);
}
