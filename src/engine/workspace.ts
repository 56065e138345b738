import { SERIES_IDS, type Series } from '../model/types';

/**
 * Preallocated output buffers, reused across runs so the hot loop never allocates. Per-tier series
 * are months × tiers, row-major (month t, tier i at t·tiers + i). The `record` buffers hold what a
 * counterfactual run reads from the base run when a channel is switched off.
 */
export interface Workspace {
  months: number;
  tiers: number;
  series: Series;
  tokensByTier: Float64Array;
  listPriceByTier: Float64Array;
  record: BaseRecord;
}

export interface BaseRecord {
  /** Marginal cost per Mtok by tier (USD). */
  cost: Float64Array;
  /** Task share by tier. */
  taskShare: Float64Array;
  /** Quality-adjusted price per task by tier. */
  taskPrice: Float64Array;
  /** Orders placed (H100e), by month. */
  orders: Float64Array;
}

export function createWorkspace(months: number, tiers: number): Workspace {
  const series = {} as Series;
  for (const id of SERIES_IDS) series[id] = new Float64Array(months);
  const cells = months * tiers;
  return {
    months,
    tiers,
    series,
    tokensByTier: new Float64Array(cells),
    listPriceByTier: new Float64Array(cells),
    record: {
      cost: new Float64Array(cells),
      taskShare: new Float64Array(cells),
      taskPrice: new Float64Array(cells),
      orders: new Float64Array(months),
    },
  };
}
