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
}

/** Which variant of the scenario the engine runs (see the Jevons verdict in DESIGN.md). */
export const RUN_MODES = ['scenario', 'base', 'mechanical'] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** Monthly series, one value per simulated month, each in the unit given by SERIES_UNITS. */
export const SERIES_IDS = [
  'priceIncumbent',
  'priceChallenger',
  'price',
  'challengerShare',
  'tokens',
  'tokensServed',
  'shortageShare',
  'flopsPerToken',
  'inferenceGpuHours',
  'trainingGpuHours',
  'gpusNeeded',
  'fleetGpus',
  'capacityGpuHours',
  'gpuSpend',
  'capex',
  'revenue',
  'inferenceMargin',
] as const;
export type SeriesId = (typeof SERIES_IDS)[number];
export type Series = Record<SeriesId, Float64Array>;

export const SERIES_UNITS: Record<SeriesId, string> = {
  priceIncumbent: 'USD/Mtok',
  priceChallenger: 'USD/Mtok',
  price: 'USD/Mtok',
  challengerShare: 'share',
  tokens: 'tokens/month',
  tokensServed: 'tokens/month',
  shortageShare: 'share',
  flopsPerToken: 'FLOP/token',
  inferenceGpuHours: 'GPU-hours/month',
  trainingGpuHours: 'GPU-hours/month',
  gpusNeeded: 'GPUs',
  fleetGpus: 'GPUs',
  capacityGpuHours: 'GPU-hours/month',
  gpuSpend: 'USD/month',
  capex: 'USD/month',
  revenue: 'USD/month',
  inferenceMargin: 'share',
};

/**
 * Totals over the simulated window. "Demanded" totals are what the market would use at the going
 * price — the Jevons measure: does cheaper compute shrink or grow demand for it? — whereas the
 * plain totals are what a supply-capped fleet actually served and was paid for.
 */
export interface RunTotals {
  /** Inference + training GPU-hours demanded, summed over all months (the rebound's measure). */
  cumulativeGpuHoursDemanded: number;
  /** GPU-hours demanded × GPU-hour cost, USD (the rebound's and break-even's money measure). */
  cumulativeGpuSpendDemanded: number;
  /** Served inference + training GPU-hours, summed over all months. */
  cumulativeGpuHours: number;
  /** Served GPU-hours × GPU-hour cost, USD. */
  cumulativeGpuSpend: number;
  /** USD. */
  cumulativeCapex: number;
  /** USD. */
  cumulativeRevenue: number;
  /** Tokens demanded, summed. */
  cumulativeTokens: number;
  /** Tokens served, summed. */
  cumulativeTokensServed: number;
  /** Largest monthly share of demanded tokens left unserved. */
  peakShortageShare: number;
  /** GPUs in the fleet in the last month. */
  finalFleetGpus: number;
}

export interface SimulationResult {
  /** Month labels, "YYYY-MM". */
  months: string[];
  series: Series;
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

/** Rebound on one measure (GPU-hours or GPU spend demanded). */
export interface Rebound {
  /** (C_scen − C_mech) / (C_base − C_mech); null when the shock saves nothing on this measure. */
  value: number | null;
  verdict: Verdict;
  /** Why the value is undefined, in words, when it is. */
  reason?: string;
  /** Cumulative totals behind the figure. */
  base: number;
  mechanical: number;
  scenario: number;
  /** (C_scen − C_base) / C_base: how much the shock raises (+) or cuts (−) the total. */
  changeVsBase: number;
}

export interface BreakEven {
  /** Elasticity at which cumulative GPU spend demanded with the shock equals the base; null if none in range. */
  value: number | null;
  reason?: string;
}

export interface JevonsResult {
  scenario: SimulationResult;
  base: SimulationResult;
  mechanical: SimulationResult;
  rebound: { gpuHours: Rebound; gpuSpend: Rebound };
  breakEvenElasticity: BreakEven;
}
