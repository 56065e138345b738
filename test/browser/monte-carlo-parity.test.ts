// Issue 10: the app's Monte Carlo, tornado and Sobol indices — computed on its pool of Web Workers,
// merged on the page — equal Node's, bit for bit, for the same scenario and seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID } from '../../models';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { QUANTILE_KEYS } from '../../src/uncertainty/quantiles';
import { sensitivity } from '../../src/uncertainty/sensitivity';
import { APP_BANDS, BANDED_SERIES } from '../../web/uncertainty/chart-bands';
import { SOBOL_ROWS, sobolFactors, WEB_SAMPLES, WEB_SEED } from '../../web/uncertainty/mc-controller';
import type { McResult } from '../../web/uncertainty/mc-protocol';
import { type AppPage, openApp } from './browser';

/** What the page shows, as plain numbers (typed arrays copied out of the page). */
interface PageNumbers {
  samples: number;
  final: boolean;
  bands: Record<string, Record<string, number[]>>;
  probabilityBackfire: McResult['probabilityBackfire'];
  verdicts: McResult['verdicts'];
  tornado: number[];
  sobolFactors: string[];
  sobol: number[];
}

describe('the app’s Monte Carlo equals Node’s', { timeout: 180_000 }, () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('bands, P(backfire), verdict quantiles, the tornado and the Sobol indices, bit for bit', async () => {
    const { page } = app;
    // The Sobol indices come last, after the bands: wait for them too.
    await page.waitForFunction(() => {
      const host = document.querySelector('jv-app');
      const panel = host?.shadowRoot?.querySelector('jv-uncertainty-panel') as unknown as {
        result?: McResult;
      };
      return (
        host &&
        !host.hasAttribute('data-sobol-busy') &&
        !host.hasAttribute('data-mc-busy') &&
        panel?.result?.sobol
      );
    });
    const shown = (await page.evaluate(() => {
      const panel = document
        .querySelector('jv-app')
        ?.shadowRoot?.querySelector('jv-uncertainty-panel') as unknown as {
        result: McResult;
      };
      const r = panel.result;
      const bands: Record<string, Record<string, number[]>> = {};
      for (const [id, band] of Object.entries(r.quantiles)) {
        bands[id] = Object.fromEntries(
          Object.entries(band ?? {}).map(([k, v]) => [k, Array.from(v as Float64Array)]),
        );
      }
      const rows = Object.values(r.sensitivity?.tornado ?? {}).flat();
      const sobol = r.sobol!;
      return {
        samples: r.samples,
        final: r.final,
        bands,
        probabilityBackfire: r.probabilityBackfire,
        verdicts: r.verdicts,
        tornado: rows.flatMap((row) => [
          row.low,
          row.high,
          row.lowOutput ?? Number.NaN,
          row.highOutput ?? Number.NaN,
          row.swing,
        ]),
        sobolFactors: sobol.factors.map((f) => f.id),
        sobol: Object.values(sobol.outputs).flatMap((o) =>
          o.factors.flatMap((f) => [
            f.first.value,
            f.first.low,
            f.first.high,
            f.total.value,
            f.total.low,
            f.total.high,
          ]),
        ),
      };
    })) as PageNumbers;

    const scenario = scenarioFromPreset(DEFAULT_PRESET_ID);
    const node = monteCarlo(scenario, { samples: WEB_SAMPLES, seed: WEB_SEED, bands: APP_BANDS });
    expect(shown.final).toBe(true);
    expect(shown.samples).toBe(WEB_SAMPLES);
    const banded = [...BANDED_SERIES, 'capex' as const];
    expect(Object.keys(shown.bands).sort()).toEqual([...banded].sort());
    for (const id of banded) {
      for (const key of QUANTILE_KEYS) {
        const inNode = Array.from(node.quantiles[id]![key]);
        const inPage = shown.bands[id][key];
        const first = inNode.findIndex((v, i) => !Object.is(v, inPage[i]));
        expect(first, `${id} ${key} month ${first}: ${inNode[first]} (Node) vs ${inPage[first]} (page)`).toBe(
          -1,
        );
      }
    }
    expect(shown.probabilityBackfire).toEqual(node.probabilityBackfire);
    expect(shown.verdicts).toEqual(node.verdicts);

    const tornado = sensitivity(scenario, { range: 'distribution', samples: 0 });
    const rows = Object.values(tornado.tornado).flat();
    expect(shown.tornado).toEqual(
      rows.flatMap((row) => [
        row.low,
        row.high,
        row.lowOutput ?? Number.NaN,
        row.highOutput ?? Number.NaN,
        row.swing,
      ]),
    );

    const factors = sobolFactors({ sensitivity: tornado } as McResult);
    const sobol = sensitivity(scenario, {
      method: 'sobol',
      samples: SOBOL_ROWS,
      seed: WEB_SEED,
      bootstrap: 500,
      factors,
    });
    expect(shown.sobolFactors).toEqual(sobol.factors.map((f) => f.id));
    const inNode = Object.values(sobol.outputs).flatMap((o) =>
      o.factors.flatMap((f) => [
        f.first.value,
        f.first.low,
        f.first.high,
        f.total.value,
        f.total.low,
        f.total.high,
      ]),
    );
    const first = inNode.findIndex((v, i) => !Object.is(v, shown.sobol[i]));
    expect(first, `Sobol number ${first}: ${inNode[first]} (Node) vs ${shown.sobol[first]} (page)`).toBe(-1);
  });
});
