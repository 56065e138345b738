// The chart side of observed figures (web/charts): the plot model keeps them in x order inside the
// axis, the axis makes room for them and their bands, a series switched off takes its figures
// with it, the legend names each kind drawn, the read-out lists those at a month, and ↑/↓ walk
// through them.
import { describe, expect, it } from 'vitest';
import type { ObservationSpec, ObservationWords, TimeChartSpec } from '../../web/charts/chart-spec';
import { legendItems, observationAfterKey } from '../../web/charts/legend-vm';
import { readoutAt } from '../../web/charts/readout-vm';
import { timeChartModel } from '../../web/charts/time-chart-vm';
import { monthlySpec } from '../charts/fixtures';

const WORDS: ObservationWords = {
  observed: 'observed (published by 28 Feb 2025)',
  hindsight: 'hindsight',
  imported: 'imported',
  floor: 'floor',
  ceiling: 'ceiling',
  keys: 'Up and down arrows open the observed figures.',
};

function figure(
  o: Partial<ObservationSpec> & Pick<ObservationSpec, 'key' | 'fromX' | 'toX' | 'y'>,
): ObservationSpec {
  return { shape: 'circle', hollow: false, label: o.key, details: [`${o.key} details`], ...o };
}

function withFigures(observations: ObservationSpec[], log = false): TimeChartSpec {
  return { ...monthlySpec(24, { a: Array(24).fill(10) }, log), observations, observationWords: WORDS };
}

describe('observed figures in the plot model', () => {
  it('keeps them in x order, drops those outside the axis, and widens the axis to their bands', () => {
    const spec = withFigures([
      figure({ key: 'late', fromX: 20, toX: 20, y: 12 }),
      figure({ key: 'early', fromX: 0.5, toX: 3.5, y: 8, high: 40 }),
      figure({ key: 'outside', fromX: 30, toX: 30, y: 9 }),
      figure({ key: 'not-a-number', fromX: 5, toX: 5, y: Number.NaN }),
    ]);
    const model = timeChartModel(spec);
    expect(model.observations?.map((o) => o.key)).toEqual(['early', 'late']);
    expect(model.y.domain[1]).toBeGreaterThanOrEqual(40);
    expect(model.summary).toMatch(/Up and down arrows open the observed figures\.$/);
  });

  it('leaves out a figure at or below zero on a log axis rather than drawing NaN', () => {
    const model = timeChartModel(withFigures([figure({ key: 'zero', fromX: 2, toX: 2, y: 0 })], true));
    expect(model.observations).toEqual([]);
  });

  it('hides the figures of a series the reader switched off in the legend', () => {
    const spec = withFigures([
      figure({ key: 'on-a', fromX: 2, toX: 2, y: 12, seriesId: 'a' }),
      figure({ key: 'total', fromX: 3, toX: 3, y: 12 }),
    ]);
    expect(timeChartModel(spec, new Set(['a'])).observations?.map((o) => o.key)).toEqual(['total']);
  });
});

describe('the legend and the read-out', () => {
  it('names each kind of figure drawn, and no kind that is not', () => {
    const labels = (observations: ObservationSpec[]) =>
      legendItems(timeChartModel(withFigures(observations)))
        .filter((i) => i.kind === 'observed')
        .map((i) => `${i.shape}:${i.label}`);
    expect(labels([figure({ key: 'a', fromX: 1, toX: 1, y: 5 })])).toEqual([
      'circle:observed (published by 28 Feb 2025)',
    ]);
    expect(
      labels([
        figure({ key: 'a', fromX: 1, toX: 1, y: 5, hollow: true, side: 'atLeast' }),
        figure({ key: 'b', fromX: 2, toX: 2, y: 5, shape: 'square', side: 'atMost' }),
      ]),
    ).toEqual(['hollow:hindsight', 'square:imported', 'floor:floor', 'ceiling:ceiling']);
    expect(labels([])).toEqual([]);
  });

  it('lists at a month the figures that cover it: a point at its month, a segment across its months', () => {
    const model = timeChartModel(
      withFigures([
        figure({ key: 'point', fromX: 5, toX: 5, y: 11 }),
        figure({ key: 'segment', fromX: 7.5, toX: 10.5, y: 9, hollow: true }),
      ]),
    );
    const at = (i: number) =>
      readoutAt(model, i)
        ?.rows.filter((r) => r.kind === 'observed')
        .map((r) => `${r.glyph} ${r.label}`) ?? [];
    expect(at(5)).toEqual(['● point']);
    expect(at(7)).toEqual([]);
    expect(at(8)).toEqual(['○ segment']);
    expect(at(10)).toEqual(['○ segment']);
    expect(at(11)).toEqual([]);
  });
});

describe('↑ and ↓ on a focused chart', () => {
  it('open the figures one by one in x order, wrapping round, and leave other keys alone', () => {
    expect(observationAfterKey('ArrowDown', null, 3)).toBe(0);
    expect(observationAfterKey('ArrowUp', null, 3)).toBe(2);
    expect(observationAfterKey('ArrowDown', 2, 3)).toBe(0);
    expect(observationAfterKey('ArrowUp', 0, 3)).toBe(2);
    expect(observationAfterKey('ArrowDown', 0, 0)).toBeNull();
    expect(observationAfterKey('ArrowLeft', 1, 3)).toBeNull();
  });
});
