import type { ChartLabels, TimeChartSpec } from '../../web/charts/chart-spec';

export const LABELS: ChartLabels = {
  noData: 'No data',
  nonPositive: 'Values at or below zero are not drawn on a log scale',
  toggleSeries: (label, visible) => `${visible ? 'Hide' : 'Show'} ${label}`,
};

/** A monthly chart of `n` months from 2025-01 with the given series values. */
export function monthlySpec(
  n: number,
  series: Record<string, ArrayLike<number>>,
  log = false,
): TimeChartSpec {
  const x = Array.from(
    { length: n },
    (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  );
  return {
    id: 'test',
    title: 'Price',
    x,
    xUnit: 'month',
    xAxisLabel: 'Month',
    y: {
      label: 'Price (USD/Mtok)',
      unit: 'USD/Mtok',
      scale: log ? 'log' : 'linear',
      format: (v) => v.toFixed(1),
    },
    series: Object.entries(series).map(([id, values]) => ({ id, label: id.toUpperCase(), values })),
    labels: LABELS,
  };
}
