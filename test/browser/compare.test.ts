import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, afterRender, baseUrl, headerMenu, openApp, typeExact } from './browser';

describe('comparing two scenarios', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('sets a preset beside the edited scenario: the changed parameters, both verdicts and the deltas', async () => {
    const { page } = app;
    await typeExact(page, 'Price elasticity of demand', '1.6');
    await typeExact(page, 'Quality lever', '50');
    await headerMenu(page, 'Scenario', 'Compare two scenarios…');
    const panel = page.locator('jv-compare-panel');
    // A starts as the preset the scenario extends, B as the scenario on screen.
    expect(await panel.locator('select[data-side=a]').inputValue()).toBe('preset:deepseek-shock');
    expect(await panel.locator('select[data-side=b]').inputValue()).toBe('current');
    const changed = panel.locator('table.changed tbody tr');
    await changed.first().waitFor();
    expect(await changed.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-param')))).toEqual([
      'elasticity',
      'qualityShock',
    ]);
    expect(await changed.nth(1).locator('td').allTextContents()).toEqual(['80%', '50%']);
    // Both verdicts, each with its reason: the preset side gets its own break-even.
    const sentences = await panel.locator('.sentences p').allTextContents();
    expect(sentences).toHaveLength(2);
    for (const s of sentences)
      expect(s).toMatch(/Under these assumptions the DeepSeek shock .* because your market elasticity/);
    // Headline figures on every basis, with B against A.
    const served = panel.locator('tr[data-basis=servedCompute][data-figure=total] td');
    const [a, b, delta] = await served.allTextContents();
    expect(a).toMatch(/H100e-hours$/);
    expect(b).toMatch(/H100e-hours$/);
    expect(delta).toMatch(/^[+−]?\d+(\.\d+)?%$/);
    expect(await panel.locator('tr[data-figure=change] td.delta').first().textContent()).toMatch(/pp$/);
    expect(await panel.locator('tr[data-figure=rebound]').count()).toBe(3);
    // Moving a slider moves side B with it.
    await typeExact(page, 'Price elasticity of demand', '2.2');
    expect(await changed.first().locator('td').nth(1).textContent()).toBe('2.2');
  });

  it('reads a pasted link as one side, with the reader’s words for what it refuses', async () => {
    const { page } = app;
    const panel = page.locator('jv-compare-panel');
    await panel.locator('select[data-side=a]').selectOption('link');
    const field = panel.getByLabel('Link for A');
    await field.fill(`${baseUrl()}#preset=jevons-bull&elasticity=0.7&startMonth=3`);
    await field.press('Enter');
    await panel.locator('ul.problems').waitFor();
    expect(await panel.locator('ul.problems').textContent()).toMatch(/startMonth/);
    const row = panel.locator('table.changed tr[data-param=elasticity] td');
    await page.waitForFunction(() => {
      const p = document.querySelector('jv-app')?.shadowRoot?.querySelector('jv-compare-panel');
      return p?.shadowRoot?.querySelector('tr[data-param=elasticity] td')?.textContent === '0.7';
    });
    expect(await row.allTextContents()).toEqual(['0.7', '2.2']);
    await afterRender(page, () => page.getByRole('button', { name: 'Reset all' }).click());
    expect(app.problems).toEqual([]);
  });
});
