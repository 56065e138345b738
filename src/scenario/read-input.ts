import { parseDocument } from 'yaml';
import { childPath, describeValue, makeError, type ScenarioError } from './errors';
import { formatOfName, type InputFormat, MAX_INPUT_BYTES } from './input-text';
import { findDuplicateKey } from './json-duplicates';
import { yamlToData } from './yaml-data';

export { decodeScenarioBytes, type InputFormat } from './input-text';

export type ReadResult = { ok: true; data: unknown } | { ok: false; error: ScenarioError };

function byteLength(text: string): number {
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short texts skip the encoding.
  return text.length * 3 <= MAX_INPUT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function readJson(text: string, where: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
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
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    const parent = duplicate.path.reduce<string>((path, key) => childPath(path, key), '$');
    const { line, column } = lineColumn(text, duplicate.offset);
    return {
      ok: false,
      error: makeError(
        childPath(parent, duplicate.key),
        'duplicate-key',
        duplicate.key,
        `${where}: the key ${describeValue(duplicate.key)} appears twice in ${parent} (line ${line}, column ${column}); each key may appear once (which one was meant?)`,
      ),
    };
  }
  return { ok: true, data };
}

function readYaml(text: string, where: string): ReadResult {
  try {
    // uniqueKeys off: yaml's check is quadratic; yamlToData finds duplicates in linear time.
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    const first = document.errors[0];
    if (first) {
      const at = first.pos ? lineColumn(text, first.pos[0]) : null;
      const located = at ? ` at line ${at.line}, column ${at.column}` : '';
      return {
        ok: false,
        error: makeError('$', 'syntax', at, `${where} is not valid YAML${located}: ${first.message}`),
      };
    }
    return yamlToData(document, where, (offset) => lineColumn(text, offset));
  } catch (error) {
    return {
      ok: false,
      error: makeError('$', 'syntax', null, `${where} is not valid YAML: ${(error as Error).message}`),
    };
  }
}

/**
 * Turns scenario text (JSON or YAML) into plain data, or one error: rule 'size' above
 * MAX_INPUT_BYTES, rule 'syntax' with line and column for malformed text, 'duplicate-key' for a key
 * written twice (JSON and YAML alike). The format is the caller's, else the one `source`'s extension
 * names, else guessed from the text: JSON when it reads as JSON, YAML otherwise — so YAML on stdin or
 * in a file without an extension is recognised.
 */
export function readScenarioText(text: string, format?: InputFormat, source?: string): ReadResult {
  const where = source ? describeValue(source) : 'the scenario';
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
  const chosen = format ?? formatOfName(source);
  if (chosen === 'json') return readJson(body, where);
  if (chosen === 'yaml') return readYaml(body, where);
  // No name to go by: JSON is YAML's subset in spirit, but its errors are clearer, so try it first.
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const json = readJson(body, where);
    if (json.ok || json.error.rule === 'duplicate-key') return json;
    const yaml = readYaml(body, where);
    return yaml.ok ? yaml : json;
  }
  return readYaml(body, where);
}
