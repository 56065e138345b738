const SVG_NS = 'http://www.w3.org/2000/svg';

/** What keyedChildren last made of each layer: its children and their keys, in order. */
const made = new WeakMap<SVGGElement, { keys: string[]; elements: SVGElement[] }>();

/**
 * The children of `parent`, one `tag` element per item in the items' order, matched to the items
 * by key: an item keeps the element it had, a new item gets a new element, and an element whose
 * item is gone is removed. This is what d3's keyed `selectAll(tag).data(items, key).join(tag)`
 * does for a layer holding only these elements (keyedChildren must be the layer's only writer).
 * When the keys are the ones of the last call — the usual slider step: the same series in the
 * same order — nothing in the DOM is read or written: the keys are compared with the ones kept
 * here.
 */
export function keyedChildren<T, E extends SVGElement>(
  parent: SVGGElement,
  tag: string,
  items: readonly T[],
  key: (item: T) => string,
): E[] {
  const keys = items.map(key);
  const last = made.get(parent);
  if (last && last.keys.length === keys.length && last.keys.every((k, i) => k === keys[i]))
    return last.elements as E[];
  const old = new Map<string, SVGElement>(last ? last.keys.map((k, i) => [k, last.elements[i]]) : []);
  const elements = keys.map((k) => {
    const el = old.get(k) ?? (document.createElementNS(SVG_NS, tag) as SVGElement);
    old.delete(k);
    return el;
  });
  for (const el of old.values()) el.remove();
  let before = parent.firstElementChild;
  for (const el of elements) {
    if (el !== before) parent.insertBefore(el, before);
    else before = before.nextElementSibling;
  }
  made.set(parent, { keys, elements });
  return elements as E[];
}
