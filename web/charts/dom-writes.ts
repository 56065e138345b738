/**
 * Writes that skip when the value is already there. Blink treats every attribute write as a change
 * — an SVG `d` is parsed again, a `class` or size invalidates style and layout — even when the value
 * is the same, and on a slider step most of a chart's attributes (classes, colours, the SVG's size,
 * the paths of curves the slider does not move) stay as they were. Reading an attribute back is far
 * cheaper than writing it.
 */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** An inline style property, written only when it differs from what the element has. */
export function setStyle(el: ElementCSSInlineStyle, name: string, value: string): void {
  if (el.style.getPropertyValue(name) !== value) el.style.setProperty(name, value);
}
