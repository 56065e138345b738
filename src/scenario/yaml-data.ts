import { type Alias, type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { childPath, describeValue, makeError, type ScenarioError } from './errors';
import { setOwn } from './plain-data';

/** Nodes a document may expand to, aliases included: a "billion laughs" file stops here. */
const MAX_NODES = 200_000;
const MAX_DEPTH = 64;

const OMAP = 'tag:yaml.org,2002:omap';
const SET = 'tag:yaml.org,2002:set';
const PAIRS = 'tag:yaml.org,2002:pairs';

class Refused extends Error {
  constructor(readonly error: ScenarioError) {
    super(error.message);
  }
}

/**
 * Turns a parsed YAML document into plain data the scenario validator reads, in one pass: every
 * mapping becomes a plain object, an ordered map (`!!omap`) too; a set (`!!set`, keys without
 * values), `!!pairs`, binary and keys that are not text or numbers are refused with their path, never
 * dropped; a key written twice in one mapping is refused (yaml's own uniqueKeys check compares every
 * pair with every other, minutes for 142,000 keys; a Set per mapping is linear). Aliases are followed
 * with a cap on the nodes they expand to.
 */
export function yamlToData(
  doc: Document,
  where: string,
  lineColumn: (offset: number) => { line: number; column: number },
): { ok: true; data: unknown } | { ok: false; error: ScenarioError } {
  let visited = 0;
  // yaml's Alias.resolve walks the document to find its anchor: once per alias, not once per use,
  // or a bomb that reuses one alias 200,000 times costs seconds before the node cap stops it.
  const resolved = new Map<Alias, Node | null>();
  const resolve = (alias: Alias): Node | null => {
    if (!resolved.has(alias)) resolved.set(alias, (alias.resolve(doc) as Node | undefined) ?? null);
    return resolved.get(alias) ?? null;
  };
  const at = (node: { range?: [number, number, number] | null } | null | undefined) => {
    const offset = node?.range?.[0];
    if (offset === undefined) return '';
    const { line, column } = lineColumn(offset);
    return ` (line ${line}, column ${column})`;
  };
  const refuse = (path: string, value: unknown, message: string): never => {
    throw new Refused(makeError(path, 'type', value, `${where}: ${message}`));
  };

  function mapping(node: Node, items: unknown[], path: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (const item of items) {
      if (!isPair(item))
        refuse(path, null, `a mapping at ${path}${at(node)} holds something that is not key: value`);
      const pair = item as { key: unknown; value: unknown };
      const keyNode = pair.key as Node | null;
      const rawKey = isScalar(keyNode) ? keyNode.value : keyNode;
      if (typeof rawKey !== 'string' && typeof rawKey !== 'number') {
        refuse(
          path,
          null,
          `a key at ${path}${at(keyNode)} must be text or a number; got ${describeValue(rawKey)}`,
        );
      }
      const key = String(rawKey);
      const keyPath = childPath(path, key);
      if (seen.has(key)) {
        throw new Refused(
          makeError(
            keyPath,
            'duplicate-key',
            key,
            `${where}: the key ${describeValue(key)} appears twice in ${path}${at(keyNode)}; each key may appear once (which one was meant?)`,
          ),
        );
      }
      seen.add(key);
      setOwn(out, key, convert(pair.value as Node | null, keyPath, depth + 1));
    }
    return out;
  }

  function convert(node: Node | null, path: string, depth: number): unknown {
    if (++visited > MAX_NODES) {
      throw new Refused(
        makeError(
          path,
          'size',
          visited,
          `${where} expands to more than ${MAX_NODES} values (aliases?); a scenario is small`,
        ),
      );
    }
    if (depth > MAX_DEPTH) refuse(path, null, `nesting deeper than ${MAX_DEPTH} levels at ${path}`);
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return convert(resolve(node), path, depth + 1);
    if (isScalar(node)) {
      const value = node.value;
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
      return refuse(
        path,
        null,
        `the value at ${path}${at(node)} (${node.tag ?? 'tagged'}) is not text, a number or true/false`,
      );
    }
    if (node.tag === SET) {
      return refuse(
        path,
        null,
        `${path}${at(node)} is a YAML set (!!set): keys without values; write a mapping "id: value" instead`,
      );
    }
    if (node.tag === PAIRS) {
      return refuse(
        path,
        null,
        `${path}${at(node)} is a YAML !!pairs list; write a mapping "id: value" instead`,
      );
    }
    if (isMap(node)) return mapping(node, node.items, path, depth);
    if (isSeq(node)) {
      // An ordered map reads as the mapping it is (its order does not matter to a scenario).
      if (node.tag === OMAP) return mapping(node, node.items, path, depth);
      return node.items.map((item, i) => convert(item as Node | null, childPath(path, i), depth + 1));
    }
    return refuse(path, null, `the value at ${path}${at(node)} is not text, a number, a list or a mapping`);
  }

  try {
    return { ok: true, data: convert(doc.contents as Node | null, '$', 0) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error };
    throw error;
  }
}
