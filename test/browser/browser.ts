import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium.mjs';

/** A page of the app in a fresh browser profile, with everything that went wrong on it recorded. */
export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and warnings, uncaught exceptions, failed requests and HTTP errors, in order. */
  problems: string[];
  close(): Promise<void>;
}

/** The URL of the served app (from the global setup). */
export function baseUrl(): string {
  return inject('baseUrl');
}

// Counts the app's `jv-rendered` events so a test can wait for the redraw after its own input.
const COUNT_RENDERS = `
  window.__jvRenders = 0;
  document.addEventListener('jv-rendered', () => { window.__jvRenders += 1; });
`;

/** Records what went wrong on `page` into `problems`. */
function watchProblems(page: Page, problems: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
}

/** Opens a new page of the app in `context` at `hash` and waits for the first full render. */
export async function openPage(context: BrowserContext, hash = '', problems: string[] = []): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(COUNT_RENDERS);
  watchProblems(page, problems);
  await page.goto(baseUrl() + hash);
  await waitForRenders(page, 1);
  await monteCarloSettled(page);
  return page;
}

/** Launches Chromium with a fresh profile and opens the app. */
export async function openApp(hash = '', options: BrowserContextOptions = {}): Promise<AppPage> {
  const { context, close } = await launchChromium(options);
  const problems: string[] = [];
  const page = await openPage(context, hash, problems);
  return { page, context, problems, close };
}

/** Number of `jv-rendered` events so far on the page. */
function renders(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __jvRenders: number }).__jvRenders);
}

/** Waits until the page has rendered at least `count` times. */
export async function waitForRenders(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as { __jvRenders: number }).__jvRenders >= n, count);
}

/**
 * Waits until the background work for the current state has arrived: the Monte Carlo bands widen
 * the charts' axes, and the analysis brings the break-even elasticity, the decomposition and the
 * elasticity curve, and the observed figures' chunk brings the figures on the charts, so what is
 * read before and after would differ. <jv-app> carries `data-mc-busy`, `data-analysis-busy` and
 * `data-observed-loading` while any of them is pending or in flight.
 */
export async function monteCarloSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.querySelector('jv-app');
    return (
      app !== null &&
      !app.hasAttribute('data-mc-busy') &&
      !app.hasAttribute('data-analysis-busy') &&
      !app.hasAttribute('data-observed-loading')
    );
  });
  // What arrived is drawn in a render of its own, within a frame or two.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Waits for the app to settle: earlier bands first (so their render is not taken for the action's),
 * then the render after the given action, its Monte Carlo bands and a quiet frame.
 */
export async function afterRender(page: Page, action: () => Promise<unknown>): Promise<void> {
  await monteCarloSettled(page);
  const before = await renders(page);
  await action();
  await waitForRenders(page, before + 1);
  await monteCarloSettled(page);
}

/** The verdict sentence as shown. */
export async function verdict(page: Page): Promise<string> {
  return ((await page.locator('#verdict').textContent()) ?? '').trim();
}

/** The headline verdict class as shown (the sentence's `data-verdict`). */
export async function verdictClass(page: Page): Promise<string | null> {
  return page.locator('#verdict').getAttribute('data-verdict');
}

/** The text of the notice (problems reading a link, a saved scenario or a file), or '' when none. */
export async function noticeText(page: Page): Promise<string> {
  const notice = page.locator('jv-state-notice section');
  if ((await notice.count()) === 0) return '';
  return ((await notice.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The `d` of the line paths in a chart (their shape changes when the numbers do). Charts off screen
 * put off their redraws, so the chart is scrolled into view and its drawing awaited first.
 */
export async function chartPath(page: Page, chart: 'jv-elasticity-chart' | string): Promise<string> {
  await drawn(page.locator(chart).first());
  return page.locator(`${chart} svg path`).evaluateAll((paths) =>
    paths
      .map((p) => p.getAttribute('d') ?? '')
      .filter((d) => d.length > 20)
      .join('|'),
  );
}

/** Scrolls a chart into view and waits until it has drawn what it put off while off screen. */
export async function drawn(chart: ReturnType<Page['locator']>): Promise<void> {
  await chart.scrollIntoViewIfNeeded();
  await chart.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const check = () =>
          (el as HTMLElement & { pendingDraw?: boolean }).pendingDraw
            ? requestAnimationFrame(check)
            : resolve();
        requestAnimationFrame(check);
      }),
  );
}

/** Brings every chart up to date (each scrolled into view in turn), then scrolls back to the top. */
export async function drawAllCharts(page: Page): Promise<void> {
  const charts = page.locator('jv-time-chart, jv-elasticity-chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++) await drawn(charts.nth(i));
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The range input of a parameter's slider. */
export function slider(page: Page, label: string) {
  return page.getByRole('slider', { name: label, exact: true });
}

/** All text on the page, shadow roots included (innerText stops at shadow boundaries). */
export function allText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: Node) => {
      for (const node of root.childNodes) {
        if (node.nodeType === 3) parts.push(node.textContent ?? '');
        else if (node.nodeType === 1 && !['SCRIPT', 'STYLE'].includes(node.nodeName)) {
          const shadow = (node as Element).shadowRoot;
          if (shadow) visit(shadow);
          visit(node);
        }
      }
    };
    visit(document.body);
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

/** The focused element through shadow roots, as `tag#id.class` (what a keyboard user is on). */
export function deepFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${el.className}` : ''}` : '';
  });
}

/** The exact-value field of a parameter's slider. */
export function exactField(page: Page, label: string) {
  return page.getByRole('spinbutton', {
    name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, exact value`),
  });
}

/** Types a value into a parameter's exact-value field and waits for the redraw and the background work. */
export async function typeExact(page: Page, label: string, text: string): Promise<void> {
  const field = exactField(page, label);
  await afterRender(page, async () => {
    await field.fill(text);
    await field.press('Enter');
  });
}

/** Opens an item of a header menu by the words on them ("Scenario", "Help", "帮助"…). */
export async function headerMenu(page: Page, menu: string, item: string): Promise<void> {
  const header = page.getByRole('banner');
  await header.getByText(menu, { exact: true }).click();
  await header.getByRole('button', { name: item, exact: true }).click();
}
