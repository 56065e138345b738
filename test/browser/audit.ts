import type { Page } from 'playwright-core';

/** A text element whose colour does not stand out enough from what is behind it. */
export interface ContrastFailure {
  text: string;
  ratio: number;
  color: string;
  background: string;
}

/**
 * Runs in the page: every visible element (through open shadow roots) with its own text, HTML or
 * SVG, gets its text colour (`color`, or `fill` for SVG) composited with opacity over the first
 * opaque background behind it, walking up across shadow hosts. Returns those below `minimum`.
 * Disabled controls are skipped (WCAG 1.4.3 exempts inactive components).
 */
function auditContrastInPage(minimum: number): ContrastFailure[] {
  type RGBA = [number, number, number, number];
  const parse = (c: string): RGBA | null => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return null;
    const p = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top: RGBA, bottom: RGBA): RGBA => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as RGBA;
  };
  const lum = (c: RGBA) => {
    const ch = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
  };
  const parentOf = (el: Element): Element | null =>
    el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  const backgroundOf = (el: Element): RGBA => {
    const layers: RGBA[] = [];
    for (let e: Element | null = el; e; e = parentOf(e)) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg[3] > 0) {
        layers.push(bg);
        if (bg[3] >= 1) break;
      }
    }
    let color: RGBA = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) color = over(layers[i], color);
    return color;
  };
  const opacityOf = (el: Element): number => {
    let o = 1;
    for (let e: Element | null = el; e; e = parentOf(e)) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const failures: ContrastFailure[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      if (!own || el.closest('[disabled], option, script, style, title, desc')) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
      if (style.clipPath.includes('inset(50%)')) continue; // visually hidden text for screen readers
      const isSvg = el instanceof SVGElement;
      const fg = parse(isSvg ? style.fill : style.color);
      if (!fg) continue;
      const bg = backgroundOf(el);
      const text = over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], bg);
      const [hi, lo] = [lum(text), lum(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < minimum) {
        failures.push({
          text: (el.textContent ?? '').trim().slice(0, 40),
          ratio: Math.round(ratio * 100) / 100,
          color: isSvg ? style.fill : style.color,
          background: `rgb(${bg.slice(0, 3).map(Math.round).join(',')})`,
        });
      }
    }
  };
  visit(document);
  return failures;
}

/** Text elements on the page with a contrast ratio below `minimum` (4.5:1 by default). */
export function contrastFailures(page: Page, minimum = 4.5): Promise<ContrastFailure[]> {
  return page.evaluate(auditContrastInPage, minimum);
}

const CONTROL_ROLES = new Set([
  'button',
  'textbox',
  'slider',
  'spinbutton',
  'combobox',
  'checkbox',
  'radio',
  'link',
  'menuitem',
  'listbox',
  'PopUpButton',
  'searchbox',
]);

/**
 * Controls in the accessibility tree (Chromium's, through the DevTools protocol, so shadow DOM is
 * included) that have no accessible name. Returns "role (backend node id)" for each.
 */
export async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        backendDOMNodeId?: number;
      }[];
    };
    return nodes
      .filter((n) => !n.ignored && CONTROL_ROLES.has(n.role?.value ?? '') && !(n.name?.value ?? '').trim())
      .map((n) => `${n.role?.value} (node ${n.backendDOMNodeId})`);
  } finally {
    await cdp.detach();
  }
}

/** The number of controls in the accessibility tree, so a test can see the audit looked at something. */
export async function countControls(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string } }[];
    };
    return nodes.filter((n) => !n.ignored && CONTROL_ROLES.has(n.role?.value ?? '')).length;
  } finally {
    await cdp.detach();
  }
}
