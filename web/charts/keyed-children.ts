const SVG_NS = 'http://www.w3.org/2000/svg';

/** The key each element was made for by keyedChildren. */
const keys = new WeakMap<Element, string>();

/**
 * The children of `parent`, one `tag` element per item in the items' order, matched to the items
 * by key: an item keeps the element it had, a new item gets a new element, and an element whose
 * item is gone is removed. This is what d3's keyed `selectAll(tag).data(items, key).join(tag)`
 * does for a layer holding only these elements, with none of its work when nothing changed (the
 * usual slider step: the same series in the same order) — then the children are only compared.
 */
export function keyedChildren<T, E extends SVGElement>(
  parent: SVGGElement,
  tag: string,
  items: readonly T[],
  key: (item: T) => string,
): E[] {
  const children = parent.children;
  if (children.length === items.length) {
    let same = true;
    for (let i = 0; i < items.length && same; i++) same = keys.get(children[i]) === key(items[i]);
    if (same) return Array.from(children) as E[];
  }
  const old = new Map<string, Element>();
  for (const el of Array.from(children)) {
    const k = keys.get(el);
    if (k !== undefined && !old.has(k)) old.set(k, el);
    else el.remove();
  }
  const out: E[] = [];
  for (const item of items) {
    const k = key(item);
    let el = old.get(k);
    if (el) old.delete(k);
    else {
      el = document.createElementNS(SVG_NS, tag);
      keys.set(el, k);
    }
    out.push(el as E);
  }
  for (const el of old.values()) el.remove();
  let before = parent.firstElementChild;
  for (const el of out) {
    if (el !== before) parent.insertBefore(el, before);
    else before = before.nextElementSibling;
  }
  return out;
}
