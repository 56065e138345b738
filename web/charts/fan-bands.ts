import type { BandSpec } from './chart-spec';

/** Monte Carlo quantiles of one series, one value per x entry, in the unit of its axis. */
export interface Fan {
  p5: ArrayLike<number>;
  p25: ArrayLike<number>;
  p75: ArrayLike<number>;
  p95: ArrayLike<number>;
}

export interface FanLabels {
  /** e.g. "90% of outcomes (p5–p95)". */
  outer: string;
  /** e.g. "50% of outcomes (p25–p75)". */
  inner: string;
}

/**
 * A fan chart's bands around the series `seriesId`: the 90 % band, then the 50 % band inside it
 * (outer first, as BandSpec asks), in the series' colour.
 */
export function fanBands(seriesId: string, fan: Fan, labels: FanLabels): BandSpec[] {
  return [
    { seriesId, label: labels.outer, lower: fan.p5, upper: fan.p95, opacity: 0.14 },
    { seriesId, label: labels.inner, lower: fan.p25, upper: fan.p75, opacity: 0.24 },
  ];
}
