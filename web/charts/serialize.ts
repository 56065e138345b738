/**
 * XML text of an SVG tree, written by hand rather than with XMLSerializer so that the export can
 * add styles per node on the way and so the function runs (and is tested) in Node on plain objects.
 */

/** The part of a DOM node the serializer reads (an Element, a Text node, or a test double). */
export interface SerializableNode {
  /** 1 = element, 3 = text; other node types (comments) are skipped. */
  nodeType: number;
  /** Element tag, e.g. "svg", "path". */
  nodeName: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<SerializableNode>;
  /** Text of a text node. */
  nodeValue: string | null;
}

export interface SerializeOptions {
  /** Extra attributes for an element (e.g. inlined computed style), merged over its own. */
  extraAttributes?: (node: SerializableNode) => Record<string, string> | null;
  /** Leave an element (and its subtree) out, e.g. the hover overlay. */
  skip?: (node: SerializableNode) => boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

/**
 * Returns a standalone SVG document string (with XML declaration and the SVG namespace on the
 * root) for the tree under `root`.
 */
export function toSvgString(root: SerializableNode, options: SerializeOptions = {}): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, options, parts, true);
  return parts.join('');
}

function write(node: SerializableNode, options: SerializeOptions, out: string[], isRoot: boolean): void {
  if (node.nodeType === 3) {
    out.push(escapeXml(node.nodeValue ?? ''));
    return;
  }
  if (node.nodeType !== 1 || options.skip?.(node)) return;
  const tag = node.nodeName.toLowerCase() === 'svg' ? 'svg' : node.nodeName;
  const attrs = new Map<string, string>();
  const own = node.attributes ?? [];
  for (let i = 0; i < own.length; i++) attrs.set(own[i].name, own[i].value);
  for (const [name, value] of Object.entries(options.extraAttributes?.(node) ?? {})) attrs.set(name, value);
  if (isRoot) attrs.set('xmlns', SVG_NS);
  out.push(`<${tag}`);
  for (const [name, value] of attrs) out.push(` ${name}="${escapeXml(value)}"`);
  if (node.childNodes.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (let i = 0; i < node.childNodes.length; i++) write(node.childNodes[i], options, out, false);
  out.push(`</${tag}>`);
}
