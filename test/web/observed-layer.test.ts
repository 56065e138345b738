// The observed figures do not change while a slider moves: the layer hands every chart the same
// array of figures for the same language, vintage, imports and chart layout, so a slider step does
// no work for them; the model's value on a figure's card is still the latest run's.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, VINTAGE } from '../../models';
import { inSampleObservations } from '../../models/observations/in-sample';
import type { Scenario } from '../../src/model/types';
import { simulate } from '../../src/engine/simulate';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { timeChartSpecs } from '../../web/app/chart-models';
import type { ImportedFile } from '../../web/observed/imported-store';
import { ObservedLayer } from '../../web/observed/observed-layer';

const base = scenarioFromPreset(DEFAULT_PRESET_ID);
const withElasticity = (e: number): Scenario => ({
  ...base,
  parameters: { ...base.parameters, elasticity: e },
});

/** No imports: one array, as the app holds it (a new array is a new set of imports). */
const NONE: readonly ImportedFile[] = [];

function apply(
  layer: ObservedLayer,
  scenario: Scenario,
  files: readonly ImportedFile[] = NONE,
  lang: 'en' | 'zh' = 'en',
) {
  const run = simulate(scenario);
  const specs = timeChartSpecs({ run, baseline: run, shockMonth: 0, lang });
  return layer.apply(specs, run, files, lang, scenario.asOf ?? VINTAGE);
}

const observationsOf = (r: ReturnType<typeof apply>, id: string) =>
  r.specs.find((s) => s.id === id)?.observations;

describe('the observed layer', () => {
  it('gives each chart the same figures, the very same array, while only a slider moves', () => {
    const layer = new ObservedLayer();
    const a = apply(layer, withElasticity(0.8));
    const b = apply(layer, withElasticity(1.6));
    for (const id of ['capex', 'fleet', 'price', 'market', 'tokens', 'revenue']) {
      expect(observationsOf(a, id), id).toBeDefined();
      expect(observationsOf(b, id), id).toBe(observationsOf(a, id));
    }
    expect(b.view).toBe(a.view);
    // A chart with no figures keeps its spec object untouched.
    expect(observationsOf(a, 'compute')).toBeUndefined();
  });

  it('reads the model’s value on a card from the latest run', () => {
    const layer = new ObservedLayer();
    const low = apply(layer, withElasticity(0.3));
    const card = observationsOf(low, 'tokens')?.find((o) => o.key === 'world-tokens-2024-12');
    const before = card?.compare?.();
    const high = apply(layer, {
      ...base,
      parameters: {
        ...base.parameters,
        tokensPerTaskGrowthPerYear: 2 * (base.parameters.tokensPerTaskGrowthPerYear as number),
      },
    });
    expect(observationsOf(high, 'tokens')).toBe(observationsOf(low, 'tokens'));
    expect(card?.compare?.()).not.toBe(before);
  });

  it('builds new figures for another language, vintage or set of imports', () => {
    const layer = new ObservedLayer();
    const en = apply(layer, base);
    const zh = apply(layer, base, NONE, 'zh');
    expect(observationsOf(zh, 'fleet')).not.toBe(observationsOf(en, 'fleet'));
    const files: ImportedFile[] = [
      {
        id: 'f1',
        name: 'mine.csv',
        importedAt: '2025-03-01T00:00:00.000Z',
        damaged: '',
        observations: [
          {
            id: 'mine',
            series: 'fleetH100e',
            period: '2024-06',
            aggregation: 'end',
            value: 3e6,
            unit: '',
            definition: '',
            sources: [],
          },
        ],
      },
    ];
    const imported = apply(layer, base, files);
    expect(
      observationsOf(imported, 'fleet')
        ?.filter((o) => o.shape === 'square')
        .map((o) => o.key),
    ).toEqual(['f1:0']);
    expect(imported.view.rows.find((r) => r.key === 'f1:0')).toMatchObject({
      fileId: 'f1',
      index: 0,
      id: 'mine',
    });
    const early = apply(layer, { ...base, asOf: '2025-01-31' });
    expect(early.view.asOf).toBe('2025-01-31');
    expect(observationsOf(early, 'capex')).not.toBe(observationsOf(en, 'capex'));
  });

  it('lists every in-sample figure, with the chart it is on or why it is on none', () => {
    const { view } = apply(new ObservedLayer(), base);
    // No chart shows inference's share, inference spend or adoption: those figures are listed only.
    const unshown = new Set(['inferenceShare', 'inferenceSpend', 'adoption']);
    const seriesOf = new Map(inSampleObservations.map((o) => [o.id, o.series]));
    expect(view.rows.filter((r) => r.origin === 'in-sample')).toHaveLength(inSampleObservations.length);
    for (const r of view.rows) {
      const series = seriesOf.get(r.id) ?? '';
      expect(r.chart === null, r.id).toBe(unshown.has(series));
      if (r.chart === null) expect(r.notDrawn).toBe(`not drawn: no chart shows ${series}`);
    }
    expect(view.rows.find((r) => r.id === 'nvidia-dc-fy2025')?.chart).toBe(
      'Capex per year against announced capex',
    );
  });
});
