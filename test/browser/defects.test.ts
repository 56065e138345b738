import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppPage,
  afterRender,
  deepFocus,
  drawAllCharts,
  exactField,
  headerMenu,
  openApp,
  slider,
  typeExact,
  verdict,
} from './browser';

describe('the defects an analyst hit', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('takes and shows percent in a percent field: typing 40 means 40%', async () => {
    const { page } = app;
    const lever = 'Quality lever';
    expect(await exactField(page, lever).inputValue()).toBe('80');
    expect(await exactField(page, lever).getAttribute('aria-label')).toMatch(/exact value in %$/);
    await typeExact(page, lever, '40');
    expect(await exactField(page, lever).inputValue()).toBe('40');
    expect(await slider(page, lever).getAttribute('aria-valuetext')).toBe('40%');
    await page.waitForFunction(() => location.hash.includes('qualityShock=0.4'));
    const field = exactField(page, lever);
    await field.fill('140');
    await field.press('Enter');
    await page.getByRole('alert').filter({ hasText: '140 is outside 0% – 100%' }).waitFor();
  });

  it('keeps the keyboard on the slider after Reset, and on the menu after closing a dialog', async () => {
    const { page } = app;
    await afterRender(page, () =>
      page.getByRole('button', { name: /^Reset Quality lever to its default/ }).click(),
    );
    expect(await deepFocus(page)).toBe('input#range');
    expect(
      await slider(page, 'Quality lever').evaluate(
        (el) => el === (el.getRootNode() as ShadowRoot).activeElement,
      ),
    ).toBe(true);
    await headerMenu(page, 'Scenario', 'Saved scenarios');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await deepFocus(page)).toBe('summary');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('jv-app');
  });

  it('undoes the last change and resets every parameter, with the focus kept on the toolbar', async () => {
    const { page } = app;
    const start = await verdict(page);
    await typeExact(page, 'Price elasticity of demand', '1.7');
    await typeExact(page, 'Competition lever: markup cut', '10');
    await afterRender(page, () => page.getByRole('button', { name: 'Undo' }).click());
    expect(await exactField(page, 'Competition lever: markup cut').inputValue()).toBe('30');
    expect(await exactField(page, 'Price elasticity of demand').inputValue()).toBe('1.7');
    expect(await deepFocus(page)).toBe('button.undo');
    await afterRender(page, () => page.getByRole('button', { name: 'Reset all' }).click());
    expect(await exactField(page, 'Price elasticity of demand').inputValue()).toBe('1');
    expect(await verdict(page)).toBe(start);
    expect(await deepFocus(page)).toBe('button.undo');
    await afterRender(page, () => page.keyboard.press('Enter'));
    expect(await exactField(page, 'Price elasticity of demand').inputValue()).toBe('1.7');
    await afterRender(page, () => page.getByRole('button', { name: 'Reset all' }).click());
  });

  it('says which controls do nothing under the current choice', async () => {
    const { page } = app;
    const spread = page
      .locator('jv-param-slider')
      .filter({ has: slider(page, 'Spread of reservation values') });
    expect(await spread.locator('p.inactive').textContent()).toMatch(/^No effect with this demand curve/);
    const description = await slider(page, 'Spread of reservation values').evaluate(
      (el) => el.getAttribute('aria-describedby') ?? '',
    );
    expect(description.split(' ')).toContain('inactive');
    await afterRender(page, () =>
      page.getByLabel('Demand curve', { exact: true }).selectOption('reservation'),
    );
    expect(await spread.locator('p.inactive').count()).toBe(0);
    await afterRender(page, () => page.getByLabel('Demand curve', { exact: true }).selectOption('constant'));
  });

  it('names the 中文 button with the words on it', async () => {
    const { page } = app;
    const button = page.getByRole('button', { name: /^中文 — Switch to Chinese$/ });
    expect(await button.textContent()).toMatch(/^\s*中文\s*$/);
  });

  it('colours the verdict classes without red or green', async () => {
    const { page } = app;
    const hues = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return ['backfire', 'full', 'partial', 'super'].map((k) => {
        const hex = style.getPropertyValue(`--jv-verdict-${k}`).trim();
        const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
        const max = Math.max(r, g, b);
        const min = Math.min(r, g, b);
        if (max - min < 0.08) return { k, hue: null };
        const h =
          max === r
            ? ((g - b) / (max - min)) % 6
            : max === g
              ? (b - r) / (max - min) + 2
              : (r - g) / (max - min) + 4;
        return { k, hue: (h * 60 + 360) % 360 };
      });
    });
    for (const { hue } of hues) {
      if (hue === null) continue;
      expect(hue > 20 && hue < 340).toBe(true); // not red
      expect(hue < 75 || hue > 165).toBe(true); // not green
    }
  });

  it('numbers the announced capex on the chart without overprinting, each with its caveat under it', async () => {
    const { page } = app;
    await drawAllCharts(page);
    const capex = page.locator('figure[data-chart=capex] jv-time-chart');
    await capex.scrollIntoViewIfNeeded();
    const boxes = await capex.evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll('text.marker-label')].map((t) => {
        const r = t.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
    const notes = await capex.evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll('ol.notes li')].map((li) => li.textContent ?? ''),
    );
    expect(notes).toHaveLength(boxes.length);
    expect(notes.some((n) => /Stargate.*a multi-year plan, not one year/.test(n))).toBe(true);
    expect(app.problems).toEqual([]);
  });
});

describe('a preset whose shock is off', () => {
  it('shows no probability of backfire, and says why', async () => {
    const app = await openApp('#preset=pre-deepseek');
    try {
      const slot = app.page.locator('[data-probability=not-applicable]');
      expect(await slot.textContent()).toMatch(/Not applicable[\s\S]*no probability of backfire/);
      expect(await app.page.locator('jv-backfire-probability').count()).toBe(0);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('without a Chinese font', () => {
  it('labels the language button in Latin letters, and its name still starts with them', async () => {
    // Chinese characters drawn as nothing: what a system without a CJK font shows is empty boxes.
    const app = await openApp('', {});
    try {
      const page = await app.context.newPage();
      await page.addInitScript(() => {
        const fill = CanvasRenderingContext2D.prototype.fillText;
        CanvasRenderingContext2D.prototype.fillText = function (text, x, y, w) {
          if (/[\u4e00-\u9fff\ue000]/.test(String(text))) return;
          return fill.call(this, text, x, y, w);
        };
      });
      await page.goto(app.page.url());
      const button = page.getByRole('button', { name: /^Chinese — Switch to Chinese$/ });
      await button.waitFor();
      expect((await button.textContent())?.trim()).toBe('Chinese');
      await page.close();
    } finally {
      await app.close();
    }
  });
});

describe('on a phone', () => {
  it('keeps the verdict in view while a slider far down the page moves', async () => {
    const app = await openApp('', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const { page } = app;
      const summary = page.locator('jv-verdict-summary .bar');
      const range = slider(page, 'Price elasticity of demand');
      await range.scrollIntoViewIfNeeded();
      await page.waitForFunction(() =>
        document
          .querySelector('jv-app')
          ?.shadowRoot?.querySelector('jv-verdict-summary')
          ?.classList.contains('shown'),
      );
      const before = await summary.textContent();
      await range.focus();
      await afterRender(page, () => range.press('PageUp'));
      const bar = (await summary.boundingBox())!;
      expect(bar.y).toBeGreaterThanOrEqual(0);
      expect(bar.y + bar.height).toBeLessThan(120);
      expect(await summary.textContent()).not.toBe(before);
      expect((await range.boundingBox())!.y).toBeGreaterThan(bar.y + bar.height);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
