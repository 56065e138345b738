// The observed figures as the charts draw them: which chart shows a series, where a figure sits on
// it (points, segments across their months, sums turned into the chart's rate), what its card says
// and which figures are hindsight. Built from a real run of the default scenario and the app's own
// chart specs, so a chart that renames or drops a series breaks these tests, not the page.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, VINTAGE } from '../../models';
import { inSampleObservations } from '../../models/observations/in-sample';
import type { Observation } from '../../models/observations/schema';
import { supportingSources } from '../../models/vintage';
import { modelValue, parsePeriod } from '../../src/calibration/observed-series';
import { simulate } from '../../src/engine/simulate';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { timeChartSpecs } from '../../web/app/chart-models';
import {
  type MarkFrame,
  marksByChart,
  observationMark,
  placementOf,
} from '../../web/observed/observed-marks';
import { compareText, detailLines, isHindsight, type ObservedEntry } from '../../web/observed/observed-text';

const run = simulate(scenarioFromPreset(DEFAULT_PRESET_ID));
const specs = timeChartSpecs({ run, baseline: run, shockMonth: 0, lang: 'en' });
const frame: MarkFrame = { months: run.months, lang: 'en', asOf: VINTAGE };
const ref = { run };
const spec = (id: string) => {
  const s = specs.find((x) => x.id === id);
  if (!s) throw new Error(`no chart ${id}`);
  return s;
};

function entry(o: Partial<Observation> & Pick<Observation, 'series' | 'period' | 'value'>): ObservedEntry {
  const observation: Observation = {
    id: 'test',
    aggregation: 'mean',
    unit: '',
    definition: '',
    sources: [],
    ...o,
  };
  return { key: observation.id, observation, origin: 'imported', file: 'mine.csv' };
}

function mark(e: ObservedEntry) {
  const place = placementOf(e.observation.series, specs);
  if (!place) throw new Error(`no chart shows ${e.observation.series}`);
  return { place, mark: observationMark(e, place, spec(place.chartId), frame, ref) };
}

describe('where a series is drawn', () => {
  it('finds the chart of every series the spec names, in the colour of the series it measures', () => {
    const expected: [string, string][] = [
      ['capexChips', 'capex'],
      ['capex', 'capex'],
      ['fleetH100e', 'fleet'],
      ['rentalPrice', 'market'],
      ['listPriceByTier.frontier', 'price'],
      ['listPriceByTier.commodity', 'price'],
      ['tokensServed', 'tokens'],
      ['revenue', 'revenue'],
      ['gpuPrice', 'capex'],
    ];
    for (const [series, chart] of expected) expect(placementOf(series, specs)?.chartId, series).toBe(chart);
    // A tier's price in the tier's colour: the same as its line on the price chart.
    const line = spec('price').series.find((s) => s.id === 'listPrice-commodity');
    expect(placementOf('listPriceByTier.commodity', specs)?.color).toBe(line?.color);
    // The total of the stacked capex bars: no series of its own, so not hidden with one.
    expect(placementOf('capex', specs)?.seriesId).toBeUndefined();
    expect(placementOf('capexChips', specs)?.seriesId).toBe('capexChips');
  });

  it('has no place for a series no chart shows: those figures are listed, not drawn', () => {
    for (const series of ['inferenceShare', 'inferenceSpend', 'adoption', 'marginalCostByTier.frontier']) {
      expect(placementOf(series, specs), series).toBeNull();
    }
  });

  it('draws every in-sample figure whose series a chart shows, and only those', () => {
    const entries = inSampleObservations.map((o) => ({
      key: o.id,
      observation: o,
      origin: 'in-sample' as const,
    }));
    const byChart = marksByChart(entries, specs, frame, ref);
    const drawn = [...byChart.values()].flat().map((m) => m.key);
    const placed = inSampleObservations.filter((o) => placementOf(o.series, specs) !== null).map((o) => o.id);
    expect(drawn.sort()).toEqual(placed.sort());
    expect(byChart.get('capex')?.length).toBe(
      inSampleObservations.filter((o) => ['capex', 'capexChips', 'gpuPrice'].includes(o.series)).length,
    );
  });
});

describe('where a figure sits', () => {
  it('puts a single month or an end-of-period figure at its month, at its value', () => {
    const { mark: m } = mark(
      entry({ series: 'fleetH100e', period: '2024-03/2024-12', aggregation: 'end', value: 4e6 }),
    );
    const december = run.months.indexOf('2024-12');
    expect(m).toMatchObject({ fromX: december, toX: december, y: 4e6 });
  });

  it('spans a monthly mean across its months, edge to edge, at the mean', () => {
    const { mark: m } = mark(
      entry({ series: 'rentalPrice', period: '2024-09/2024-11', value: 2.2, low: 1.6, high: 3.2 }),
    );
    const first = run.months.indexOf('2024-09');
    expect(m).toMatchObject({ fromX: first - 0.5, toX: first + 2.5, y: 2.2, low: 1.6, high: 3.2 });
  });

  it('draws a price on the yearly capex chart at its own level, on the right-hand axis, not twelve times it', () => {
    const price = mark(
      entry({ series: 'gpuPrice', period: '2023-06/2023-08', value: 30000, low: 22000, high: 45000 }),
    );
    expect(price.place).toMatchObject({ chartId: 'capex', axis: 'y2', perYear: false });
    expect(price.mark).toMatchObject({ y: 30000, low: 22000, high: 45000 });
  });

  it('turns a sum into the chart’s rate: a twelfth on a per-month chart, a yearly rate on the capex chart', () => {
    const revenue = mark(
      entry({ series: 'revenue', period: '2024-01/2024-12', aggregation: 'sum', value: 6e9 }),
    );
    expect(revenue.mark?.y).toBeCloseTo(6e9 / 12, 0);
    // NVIDIA's last quarter, three months at $35.6B: $142.4B a year, across Nov 2024 – Jan 2025.
    const quarter = mark(
      entry({
        series: 'capexChips',
        period: '2024-11/2025-01',
        aggregation: 'sum',
        value: 35.6e9,
        high: 51e9,
      }),
    );
    expect(quarter.place.perYear).toBe(true);
    expect(quarter.mark?.y).toBeCloseTo(35.6e9 * 4, 0);
    expect(quarter.mark?.high).toBeCloseTo(51e9 * 4, 0);
    const years = spec('capex').x;
    const y2024 = years.indexOf('2024');
    expect(quarter.mark?.fromX).toBeCloseTo(y2024 - 0.5 + 10 / 12, 12);
    expect(quarter.mark?.toX).toBeCloseTo(y2024 + 1 - 0.5 + 1 / 12, 12);
    // A twelve-month sum on the yearly chart is drawn at its own value.
    const year = mark(
      entry({ series: 'capex', period: '2024-01/2024-12', aggregation: 'sum', value: 232e9 }),
    );
    expect(year.mark).toMatchObject({ fromX: y2024 - 0.5, toX: y2024 + 0.5 });
    expect(year.mark?.y).toBeCloseTo(232e9, 0);
  });

  it('leaves out a figure about months the run does not reach', () => {
    const last = run.months.at(-1) ?? '';
    const after = `${Number(last.slice(0, 4)) + 1}-01`;
    expect(mark(entry({ series: 'fleetH100e', period: after, value: 1e9 })).mark).toBeNull();
  });
});

describe('what a figure’s card says', () => {
  const nvidia = inSampleObservations.find((o) => o.id === 'nvidia-dc-fy2025') as Observation;

  it('names each source with its publication date, and the model’s value over the same months with the ratio', () => {
    const lines = detailLines(
      { key: nvidia.id, observation: nvidia, origin: 'in-sample' },
      VINTAGE,
      'en',
      null,
    );
    for (const s of nvidia.sources) expect(lines).toContain(`${s.ref} · published ${s.date}`);
    expect(lines).toContain('Observed $115B, the sum over 2024-02 – 2025-01');
    const span = parsePeriod(nvidia.period);
    const model = span ? modelValue(run, nvidia.series, span, nvidia.aggregation) : Number.NaN;
    expect(typeof model).toBe('number');
    const ratio = (model as number) / nvidia.value;
    const shown = /model ÷ observed ([\d.]+)×$/.exec(compareText(nvidia, run, 'en'));
    // Two significant digits of model ÷ observed.
    expect(Math.abs(Number(shown?.[1]) - ratio)).toBeLessThanOrEqual(0.05 * ratio);
    expect(compareText(nvidia, run, 'zh')).toMatch(/^模型 .+美元 · 模型 ÷ 观测 \d\.\d+×$/);
  });

  it('says why there is no model value rather than showing NaN', () => {
    const late = entry({ series: 'fleetH100e', period: '2040-01', value: 1 }).observation;
    const text = compareText(late, run, 'en');
    expect(text).toMatch(/^No model value: it ends after the run/);
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it('says when a file gave no date for its source', () => {
    const mine = entry({
      series: 'fleetH100e',
      period: '2024-06',
      value: 3e6,
      sources: [{ kind: 'external', ref: 'My own count', date: '' }],
    });
    expect(detailLines(mine, VINTAGE, 'en', null)).toContain('My own count · publication date not given');
    expect(detailLines(mine, VINTAGE, 'zh', null)).toContain('My own count · 未给出发表日期');
  });
});

describe('hindsight', () => {
  it('marks the in-sample figures the fit leaves out as published later, and no other', () => {
    for (const o of inSampleObservations) {
      expect(isHindsight(o, VINTAGE), o.id).toBe(supportingSources(o.sources, VINTAGE).length === 0);
    }
    expect(inSampleObservations.some((o) => isHindsight(o, VINTAGE))).toBe(true);
  });

  it('moves with the vintage: an earlier day makes later publications hindsight', () => {
    const nvidia = inSampleObservations.find((o) => o.id === 'nvidia-dc-fy2025') as Observation;
    expect(isHindsight(nvidia, '2025-02-28')).toBe(false);
    expect(isHindsight(nvidia, '2025-02-25')).toBe(true);
  });

  it('judges an undated imported figure by its months: after the vintage it cannot have been known', () => {
    const before = entry({ series: 'fleetH100e', period: '2024-06', value: 3e6 }).observation;
    const after = entry({ series: 'fleetH100e', period: '2025-06', value: 3e6 }).observation;
    expect(isHindsight(before, VINTAGE)).toBe(false);
    expect(isHindsight(after, VINTAGE)).toBe(true);
  });
});
