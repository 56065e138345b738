import type { Series, SeriesId } from '../model/types';
import type { TierInputs } from './model-inputs';
import { RunState } from './run-state';
import type { StartOfRun } from './start-of-run';
import { TrendPaths } from './trends';

/**
 * Preallocated buffers, reused across runs so that a run allocates (almost) nothing. Per-tier series
 * are months × tiers, row-major (month t, tier i at t·tiers + i). The `record` buffers hold what a
 * counterfactual run reads from the base run when a channel is switched off; `atShock` is the base
 * run's state at the start of the shock month, from which every counterfactual starts (before the
 * shock it is the base run: see run-model.ts).
 */
export interface Workspace {
  months: number;
  tiers: number;
  series: Series;
  tokensByTier: Float64Array;
  listPriceByTier: Float64Array;
  record: BaseRecord;
  /** The state the monthly loop carries, and a copy of it taken at the shock month by a base run. */
  state: RunState;
  atShock: RunState;
  /** Whether the last run here wrote its series and record (runModel's `keepSeries`). */
  recorded: boolean;
  /** The base run's per-tier inputs, first month and trend paths, which its counterfactuals reuse. */
  start: { tiers: TierInputs; market: StartOfRun; trends: TrendPaths } | null;
  /** The trend paths a run from the history start fills (trends.ts). */
  trendPaths: TrendPaths;
  scratch: TierScratch;
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
  /** The scarcity premium of each month's orders (GPU price ÷ list price, ≥ 1), by month. */
  orderPremium: Float64Array;
}

/** One month's per-tier values while the market clears (rewritten every month). */
export interface TierScratch {
  h: Float64Array;
  other: Float64Array;
  k: Float64Array;
  q: Float64Array;
  mu: Float64Array;
  cost: Float64Array;
  price: Float64Array;
  pi: Float64Array;
  shares: Float64Array;
  baseShares: Float64Array;
  basePi: Float64Array;
}

/**
 * Every series as one object literal, so that V8 gives it a fixed shape and the loop reads a field
 * at a constant offset (a record built key by key in a loop becomes a dictionary). The type checks
 * that the literal names every SeriesId and nothing else.
 */
function seriesBuffers(months: number): Series {
  const f = (): Float64Array => new Float64Array(months);
  const series = {
    tokensDemanded: f(),
    tokensServed: f(),
    pricePaid: f(),
    priceIndex: f(),
    rentalPrice: f(),
    userCost: f(),
    utilization: f(),
    fleetH100e: f(),
    capacityHours: f(),
    inferenceHours: f(),
    trainingHours: f(),
    servedHours: f(),
    demandedHours: f(),
    orders: f(),
    deliveries: f(),
    supplyCeiling: f(),
    gpuPrice: f(),
    capex: f(),
    capexChips: f(),
    capexShell: f(),
    computeValue: f(),
    revenue: f(),
    shortageShare: f(),
    adoption: f(),
  } satisfies Record<SeriesId, Float64Array>;
  return series;
}

export function createWorkspace(months: number, tiers: number): Workspace {
  const cells = months * tiers;
  const tierRow = (): Float64Array => new Float64Array(tiers);
  return {
    months,
    tiers,
    series: seriesBuffers(months),
    tokensByTier: new Float64Array(cells),
    listPriceByTier: new Float64Array(cells),
    record: {
      cost: new Float64Array(cells),
      taskShare: new Float64Array(cells),
      taskPrice: new Float64Array(cells),
      orders: new Float64Array(months),
      orderPremium: new Float64Array(months),
    },
    state: new RunState(tiers, months),
    atShock: new RunState(tiers, months),
    recorded: false,
    start: null,
    trendPaths: new TrendPaths(months),
    scratch: {
      h: tierRow(),
      other: tierRow(),
      k: tierRow(),
      q: tierRow(),
      mu: tierRow(),
      cost: tierRow(),
      price: tierRow(),
      pi: tierRow(),
      shares: tierRow(),
      baseShares: tierRow(),
      basePi: tierRow(),
    },
  };
}

/**
 * A workspace with series of its own and every other buffer of `from` (records, state, trend paths,
 * scratch): for a run whose series are handed out with its result while the rest is reused.
 */
export function withOwnSeries(from: Workspace): Workspace {
  return { ...from, series: seriesBuffers(from.months), recorded: false, start: null };
}

/**
 * Copies the first `months` months of every series and record of `from` into `to`: a counterfactual
 * run that starts at the shock month takes the months before it from the base run.
 */
export function copyMonths(from: Workspace, to: Workspace, months: number): void {
  const m = Math.min(months, from.months, to.months);
  for (const id of Object.keys(from.series) as SeriesId[]) to.series[id].set(from.series[id].subarray(0, m));
  const cells = m * from.tiers;
  to.tokensByTier.set(from.tokensByTier.subarray(0, cells));
  to.listPriceByTier.set(from.listPriceByTier.subarray(0, cells));
  to.record.cost.set(from.record.cost.subarray(0, cells));
  to.record.taskShare.set(from.record.taskShare.subarray(0, cells));
  to.record.taskPrice.set(from.record.taskPrice.subarray(0, cells));
  to.record.orders.set(from.record.orders.subarray(0, m));
  to.record.orderPremium.set(from.record.orderPremium.subarray(0, m));
}
