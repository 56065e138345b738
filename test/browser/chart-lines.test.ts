import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, drawn, openApp } from './browser';

const TOKENS_CHART = 'figure[data-chart=tokens] jv-time-chart';

/** What the test reads from a drawn time chart, in the plot's own pixels. */
interface Drawn {
  months: number;
  /** Each line path: its stroke and the number of points its `d` draws. */
  lines: { stroke: string; points: number }[];
  /** Data points (hover dots placed by the chart's scales) not on the stroke of their series' line. */
  missed: string[];
  /** Data points checked. */
  checked: number;
}

/**
 * Puts the chart's hover on every month in turn and asks the browser whether each series' dot
 * (placed by d3's scales, not by the path code) lies on the stroke of that series' line.
 */
function readChart(el: Element): Drawn {
  type View = { setHover(i: number | null): number | null };
  type Series = { visible: boolean; quiet: boolean; mark: string };
  const chart = el as Element & { view: View; model: { xs: ArrayLike<number>; series: Series[] } };
  const svg = chart.shadowRoot!.querySelector('svg.chart')!;
  const paths = [...svg.querySelectorAll<SVGPathElement>('.lines path')];
  const lines = paths.map((p) => ({
    stroke: p.style.stroke,
    points: (p.getAttribute('d')?.match(/[ML]/g) ?? []).length,
  }));
  // The hover has a dot per shown line series that is not quiet, in the series' order.
  const lineSeries = chart.model.series.filter((s) => s.visible && s.mark === 'line');
  const dotLines = lineSeries.flatMap((s, k) => (s.quiet ? [] : [paths[k]]));
  const missed: string[] = [];
  let checked = 0;
  // A dashed line's gaps are not its stroke: draw every line solid while checking.
  for (const p of paths) p.style.strokeDasharray = 'none';
  const months = chart.model.xs.length;
  for (let i = 0; i < months; i++) {
    chart.view.setHover(i);
    const hover = svg.querySelector<SVGGElement>('.hover')!;
    const x = hover.transform.baseVal.consolidate()?.matrix.e ?? Number.NaN;
    for (const [k, dot] of [...hover.querySelectorAll<SVGCircleElement>('circle')].entries()) {
      if (dot.style.display === 'none') continue;
      const line = dotLines[k];
      const y = dot.cy.baseVal.value;
      checked++;
      if (!line?.isPointInStroke(new DOMPoint(x, y))) missed.push(`${dot.style.fill} @${i}: (${x}, ${y})`);
    }
  }
  chart.view.setHover(null);
  for (const p of paths) p.style.strokeDasharray = '';
  return { months, lines, missed, checked };
}

describe('a time chart line', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('passes through every month of its series, drawn with fewer points than months', async () => {
    const chart = app.page.locator(TOKENS_CHART);
    await drawn(chart);
    const shown = await chart.evaluate(readChart);
    expect(shown.checked).toBeGreaterThan(shown.months * 3);
    expect(shown.missed).toEqual([]);
    // The curves are smooth: points within a tenth of a pixel of a segment are left out of the path.
    const drawnPoints = shown.lines.reduce((s, l) => s + l.points, 0);
    expect(drawnPoints).toBeLessThan((shown.lines.length * shown.months) / 2);
  });

  it('keeps one path per shown series in the legend order as series are hidden and shown again', async () => {
    const chart = app.page.locator(TOKENS_CHART);
    const strokes = () =>
      chart.evaluate((el) =>
        [...el.shadowRoot!.querySelectorAll<SVGPathElement>('svg.chart .lines path')].map(
          (p) => p.style.stroke,
        ),
      );
    const before = await strokes();
    expect(before.length).toBeGreaterThan(2);
    const second = chart.locator('.legend button.toggle').nth(1);
    await second.click();
    await expect.poll(strokes).toEqual([before[0], ...before.slice(2)]);
    await second.click();
    await expect.poll(strokes).toEqual(before);
    expect((await chart.evaluate(readChart)).missed).toEqual([]);
  });
});
