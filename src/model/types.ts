import type { Distribution, ParamId } from '../../models/schema';

export type { Distribution, ParamId } from '../../models/schema';

/** A parameter given as a function of time, compiled once from a sandboxed mathjs expression. */
export interface TimeExpression {
  kind: 'expression';
  /** The source text, kept so the scenario can be saved and shown again. */
  expression: string;
  /** Value in the parameter's catalogue unit at month `t` (0-based) = `year` × 12. */
  evaluate: (t: number, year: number) => number;
}

export type ParamValue = number | TimeExpression;

/** How token demand responds to the price relative to the start price (x = P/P0). */
export type DemandCurve =
  /** x^(−ε): the same elasticity at every price. */
  | { kind: 'constant' }
  /**
   * Share of latent use cases whose lognormal reservation price exceeds P, calibrated so that the
   * point elasticity at the start price equals `elasticity`; `reservationSigma` sets the spread.
   */
  | { kind: 'reservation' }
  /** A user's mathjs expression of `x` (relative price) and `eps` (the elasticity parameter). */
  | { kind: 'expression'; expression: string; evaluate: (x: number, eps: number) => number };

export type DemandCurveKind = DemandCurve['kind'];

/** A complete, validated scenario: every catalogue parameter has a value. */
export interface Scenario {
  name: string;
  /** The preset it was built on, if any. */
  extends?: string;
  description?: string;
  parameters: Record<ParamId, ParamValue>;
  demandCurve: DemandCurve;
  /** Uncertain parameters for Monte Carlo (issue 4). */
  distributions?: Partial<Record<ParamId, Distribution>>;
  /** The vintage, YYYY-MM-DD: defaults resting only on later sources are refused. Absent: the catalogue's (2025-02-28). */
  asOf?: string;
}

/** Which variant of the scenario the engine runs (see the Jevons verdict in DESIGN.md and src/engine/channels.ts). */
export { RUN_MODES, type RunMode } from '../engine/channels';

/** Monthly series, one value per simulated month from the history start, each in the unit of SERIES_UNITS. */
export const SERIES_IDS = [
  'tokensDemanded',
  'tokensServed',
  'pricePaid',
  'priceIndex',
  'rentalPrice',
  'userCost',
  'utilization',
  'fleetH100e',
  'capacityHours',
  'inferenceHours',
  'trainingHours',
  'servedHours',
  'demandedHours',
  'orders',
  'deliveries',
  'supplyCeiling',
  'gpuPrice',
  'capex',
  'capexChips',
  'capexShell',
  'computeValue',
  'revenue',
  'shortageShare',
  'adoption',
] as const;
export type SeriesId = (typeof SERIES_IDS)[number];
export type Series = Record<SeriesId, Float64Array>;

export const SERIES_UNITS: Record<SeriesId, string> = {
  tokensDemanded: 'tokens/month',
  tokensServed: 'tokens/month',
  pricePaid: 'USD/Mtok',
  priceIndex: 'index (2023-01 = 1)',
  rentalPrice: 'USD/H100e-hour',
  userCost: 'USD/H100e-hour',
  utilization: 'share',
  fleetH100e: 'H100e',
  capacityHours: 'H100e-hours/month',
  inferenceHours: 'H100e-hours/month',
  trainingHours: 'H100e-hours/month',
  servedHours: 'H100e-hours/month',
  demandedHours: 'H100e-hours/month',
  orders: 'H100e/month',
  deliveries: 'H100e/month',
  supplyCeiling: 'H100e/month',
  /** The price of an H100e ordered this month: the list price × the scarcity premium (investment.ts). */
  gpuPrice: 'USD/H100e',
  capex: 'USD/month',
  capexChips: 'USD/month',
  capexShell: 'USD/month',
  computeValue: 'USD/month',
  revenue: 'USD/month',
  shortageShare: 'share',
  adoption: 'share of potential users',
};

/** Units of the per-tier series. */
export const TIER_SERIES_UNITS = {
  tokensByTier: 'tokens/month',
  listPriceByTier: 'USD/Mtok',
  marginalCostByTier: 'USD/Mtok',
} as const;

/** Totals from the shock month to the end of the run. */
export interface RunTotals {
  /** Served H100e-hours. */
  cumulativeServedHours: number;
  /** Rental price × served hours, USD. */
  cumulativeComputeValue: number;
  /** USD. */
  cumulativeCapex: number;
  /** USD. */
  cumulativeRevenue: number;
  /** Tokens served. */
  cumulativeTokensServed: number;
  /** Largest monthly share of demanded hours left unserved (over the whole run). */
  peakShortageShare: number;
  /** H100e in the fleet after the last month. */
  finalFleetH100e: number;
  /** Excess-demand evaluations the clearing took (a cost measure for the bench). */
  clearingEvaluations: number;
}

export interface SimulationResult {
  /** Month labels, "YYYY-MM", from the history start. */
  months: string[];
  series: Series;
  /** Tier ids in registry order. */
  tiers: string[];
  /** Tokens served per month, by tier. */
  tokensByTier: Record<string, Float64Array>;
  /** List price per tier, USD/Mtok. */
  listPriceByTier: Record<string, Float64Array>;
  /** Marginal cost per tier (compute at the rental price + other cost), USD/Mtok: the floor under the list price. */
  marginalCostByTier: Record<string, Float64Array>;
  totals: RunTotals;
}

export const VERDICTS = [
  'backfire',
  'full-rebound',
  'partial-rebound',
  'super-conservation',
  'undefined',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What the verdict is measured on: compute served, what it is worth at the rental price, GPUs bought. */
export const BASES = ['servedCompute', 'computeValue', 'capex'] as const;
export type Basis = (typeof BASES)[number];

export const BASIS_UNITS: Record<Basis, string> = {
  servedCompute: 'H100e-hours',
  computeValue: 'USD',
  capex: 'USD',
};

/** Rebound on one basis over one window. */
export interface Rebound {
  /** (C_scen − C_mech) / (C_base − C_mech); null when the shock saves nothing on this measure. */
  value: number | null;
  verdict: Verdict;
  /** Why the value is undefined, in words, when it is. */
  reason?: string;
  /** The same reason as a code, so a report can say it in another language (src/report/reason-text.ts). */
  reasonCode?: UndefinedReboundCode;
  /** Cumulative totals behind the figure, in the basis's unit. */
  base: number;
  mechanical: number;
  scenario: number;
  /** (C_scen − C_base) / C_base: how much the shock raises (+) or cuts (−) the total. */
  changeVsBase: number;
}

/** The verdict on one basis, cumulated over the `horizonMonths` months from the shock. */
export interface HorizonVerdict extends Rebound {
  horizonMonths: number;
  basis: Basis;
}

export interface BreakEven {
  /** Market elasticity at which the total with the shock equals the base; null if none in range. */
  value: number | null;
  reason?: string;
  /** The same reason as a code with its numbers, for a report in another language. */
  reasonCode?: NoBreakEvenCode;
  reasonParams?: { side?: 'below' | 'above'; min?: number; max?: number; from?: number };
}

/**
 * Why a rebound is undefined: the shock saves nothing before the market answers; it costs more
 * before the market answers; the totals are not finite; GPU deliveries sit at the chip-supply
 * ceiling and the GPU price at its cap (gpuScarcityPremiumMax) with and without the shock (capex).
 */
export type UndefinedReboundCode = 'no-saving' | 'costs-more' | 'not-finite' | 'at-supply-ceiling';

/**
 * Why there is no break-even elasticity: not finite somewhere; unchanged at every elasticity; on
 * one side of the base over the whole range; on one side, then equal to it (to rounding).
 */
export type NoBreakEvenCode = 'not-finite' | 'unchanged' | 'one-side' | 'one-side-then-equal';

/** The total change (scenario − base) on one basis, split into the shock's channels. */
export interface Decomposition {
  basis: Basis;
  horizonMonths: number;
  unit: string;
  /** Scenario − base. The effects add up to it exactly (Shapley values over the channels). */
  total: number;
  effects: Record<import('../engine/channels').ChannelId, number>;
}

export interface Warning {
  id: 'shortage' | 'spend-share-of-gdp' | 'capex-share-of-gdp' | 'tokens-per-person';
  /** The offending value, in `unit`. */
  value: number;
  unit: string;
  /** The bound it crossed. */
  bound: number;
  /** First month it happens ("YYYY-MM"). */
  month: string;
  message: string;
}

export interface JevonsResult {
  scenario: SimulationResult;
  base: SimulationResult;
  mechanical: SimulationResult;
  /** One entry per horizon (12, 24, the run's end) and basis. */
  verdicts: HorizonVerdict[];
  /** The verdict the product leads with: served compute at the end of the run. */
  headline: HorizonVerdict;
  /** Labelled diagnostic: rebound on compute *demanded* at going prices (including what went unserved). */
  demandedDiagnostic: Rebound;
  breakEvenElasticity: Record<'servedCompute' | 'capex', BreakEven>;
  /** The market elasticity the run used; null when it varies in time (the break-even compares with it). */
  elasticity: number | null;
  /** Empty when not asked for (it takes 2^6 runs). */
  decomposition: Decomposition[];
  warnings: Warning[];
}
