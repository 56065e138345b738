import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, drawAllCharts, monteCarloSettled, openApp, slider } from './browser';

interface ChartAxes {
  id: string;
  bands: number;
  ticks: string[];
}

/** Each time chart's drawn Monte Carlo bands and left-axis tick labels, read in the page. */
const READ_AXES = `() => {
  const grid = document.querySelector('jv-app').shadowRoot.querySelector('jv-chart-grid').shadowRoot;
  return [...grid.querySelectorAll('jv-time-chart')].map((chart) => ({
    id: chart.spec.id,
    bands: chart.shadowRoot.querySelectorAll('path.band').length,
    ticks: [...chart.shadowRoot.querySelectorAll('.axis-y .tick text')].map((t) => t.textContent),
  }));
}`;

function axes(page: Page): Promise<ChartAxes[]> {
  return page.evaluate(`(${READ_AXES})()`) as Promise<ChartAxes[]>;
}

describe('the value axes while new bands are worked out', () => {
  let app: AppPage;

  beforeAll(async () => {
    // Tall enough that every chart is on screen and redraws on the step (none puts it off).
    app = await openApp('', { viewport: { width: 1440, height: 4000 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keep the range of the last bands on a slider step instead of shrinking and growing back', async () => {
    const { page } = app;
    await monteCarloSettled(page);
    await drawAllCharts(page);
    const settled = await axes(page);
    expect(settled.filter((c) => c.bands > 0).length).toBeGreaterThan(0);

    // Read in the redraw that answers the step, before the background can bring new bands.
    await page.evaluate(`(() => {
      window.__axesAfterStep = new Promise((resolve) => {
        document.addEventListener('jv-rendered', () => resolve((${READ_AXES})()), { once: true });
      });
    })()`);
    await slider(page, 'Price elasticity of demand').press('ArrowRight');
    const stepped = (await page.evaluate('window.__axesAfterStep')) as ChartAxes[];

    // The old bands are gone (they belong to the scenario before the step) …
    expect(stepped.map((c) => c.bands)).toEqual(settled.map(() => 0));
    // … and no axis jumped for it.
    expect(stepped.map((c) => [c.id, c.ticks])).toEqual(settled.map((c) => [c.id, c.ticks]));
  });
});
