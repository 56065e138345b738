/**
 * Observations: published figures the model can be compared with. Data only. A figure is fitted
 * only if it was published by the vintage; later ones (hindsight) are shown and never fitted.
 */
import type { Source } from '../schema';

/** How the model's monthly series is reduced over the observation's months. */
export const AGGREGATIONS = ['mean', 'sum', 'end'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export interface Observation {
  /** Stable id, e.g. `nvidia-dc-fy2025`. */
  id: string;
  /**
   * The model series it measures: a series id (`capexChips`), a tier series `<series>.<tier>`
   * (`listPriceByTier.frontier`) or a derived series (`inferenceShare`). See src/calibration/observed-series.ts.
   */
  series: string;
  /** The months the figure describes: `YYYY-MM`, or `YYYY-MM/YYYY-MM` inclusive. */
  period: string;
  aggregation: Aggregation;
  /** In the series' unit (summed over the period for `sum`). */
  value: number;
  /** A range the figure's own uncertainty allows (about a 90% interval), same unit. */
  low?: number;
  high?: number;
  unit: string;
  /**
   * A bound rather than a level: `atLeast` for a partial count (one provider's tokens are a floor
   * under the world's), `atMost` for a figure that includes more than the model's series. The fit
   * penalises only the side that breaks the bound.
   */
  side?: 'atLeast' | 'atMost';
  /** What the figure measures, and where that differs from the model's series. */
  definition: string;
  sources: Source[];
  /**
   * Why the fit leaves it out although it was published by the vintage (the model's structure cannot
   * express it, or it duplicates another figure). Shown in the fit table.
   */
  notFitted?: string;
}
