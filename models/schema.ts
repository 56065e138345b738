/**
 * The shape of the parameter catalogue. Data only: `models/` imports nothing from `src/` or `web/`.
 * Every parameter carries its provenance so that any default can be traced to the sentence it came from.
 */

/** Stable parameter ids: scripts, URLs and saved scenarios depend on them. Never rename one. */
export const PARAM_IDS = [
  'startMonth',
  'horizonMonths',
  'pricePerMTok',
  'priceDeclinePerYear',
  'shockMonth',
  'challengerPriceRatio',
  'challengerShareMax',
  'challengerShareMonths',
  'incumbentResponse',
  'tokensPerMonth',
  'elasticity',
  'reservationSigma',
  'demandLagMonths',
  'adoptionCeiling',
  'adoptionMidpointMonths',
  'tokensPerTaskGrowthPerYear',
  'flopsPerToken',
  'challengerFlopsRatio',
  'algorithmicGainPerYear',
  'gpuPeakFlops',
  'inferenceUtilization',
  'hardwareGainPerYear',
  'gpuHourCost',
  'trainingGpuHoursPerMonth',
  'trainingGrowthPerYear',
  'trainingEfficiencyRatio',
  'trainingEfficiencyAdoption',
  'gpuCapexPerGpu',
  'gpuLifetimeYears',
  'fleetUtilization',
  'maxFleetGrowthPerYear',
] as const;

export type ParamId = (typeof PARAM_IDS)[number];

/** Slider groups, in the order the app shows them. */
export const GROUP_IDS = ['time', 'demand', 'price', 'compute', 'fleet', 'training'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export interface Localized {
  en: string;
  zh: string;
}

/** The seed articles, by file stem in `shared/seeds/`. */
export type ArticleId =
  | '000_5de3f9a88975fe44'
  | '001_cd0bd4336ad8b4a5'
  | '002_a9600e04050fe6c4'
  | '003_9df524cb6bf9a5c4'
  | '004_0cb6bd25cc8254ab';

export type Source =
  /** A sentence from one of the five seed articles, quoted verbatim in its original script. */
  | { kind: 'article'; ref: ArticleId; quote: string; quoteEn: string; note?: string }
  /** A published figure from outside the articles (see shared/reference/facts.md). */
  | { kind: 'external'; ref: string; date?: string; quote?: string; note?: string; uncertain?: boolean }
  /** Arithmetic from other sourced values, written out so a reader can redo it. */
  | { kind: 'derived'; ref: string; arithmetic: string; note?: string }
  /** A modelling choice with the reason it was made. */
  | { kind: 'assumption'; ref: string; note?: string };

/** Distribution families for Monte Carlo (issue 4). Bounds are in the parameter's catalogue unit. */
export type Distribution =
  | { dist: 'fixed'; value: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'normal'; mean: number; sd: number }
  | { dist: 'lognormal'; median: number; sigma: number };

export interface ParameterDef {
  id: ParamId;
  /** Default, in `unit`. For `startMonth` the value is a month index: year × 12 + (month − 1). */
  value: number;
  /** Display unit, also the unit scenario numbers are read in ("USD/Mtok", "FLOP/token", "×/yr", "share"). */
  unit: string;
  /**
   * The mathjs unit a string like "2.19 USD" or "989 TFLOP/s" is converted to, when the quantity
   * has one. Absent for dimensionless ratios, shares and factors.
   */
  mathUnit?: string;
  min: number;
  max: number;
  step: number;
  /** Sliders for quantities that span orders of magnitude move on a log scale. */
  scale: 'linear' | 'log';
  /** Whole numbers only (months, years). */
  integer?: boolean;
  /** May be given as a mathjs expression of time (`t` in months, `year` in years since start). */
  timeVarying?: boolean;
  group: GroupId;
  label: Localized;
  description: Localized;
  sources: Source[];
  /** Default uncertainty for Monte Carlo, with its reasoning in `sources` (issue 4). */
  uncertainty?: Distribution;
}

/** A data point from the articles shown beside the simulation (announced capex, market moves). */
export interface ReferencePoint {
  id: string;
  kind: 'capex' | 'market-move' | 'price' | 'training-cost' | 'revenue-forecast' | 'other';
  /** Who: company, group of companies, index. */
  subject: Localized;
  /** ISO date or year ("2025", "2025-01-27"). */
  date: string;
  value: number;
  unit: string;
  /** For ranges in the source ("380亿至400亿美元"). */
  valueHigh?: number;
  label: Localized;
  sources: Source[];
  /** Where the article's own figures disagree with each other or with the record, say so. */
  caveat?: string;
}

/** A named scenario that encodes one of the articles' views. */
export interface Preset {
  id: string;
  label: Localized;
  description: Localized;
  /** Which article view this encodes, quoted. */
  view: Source[];
  /** Overrides of catalogue defaults, in catalogue units. */
  parameters: Partial<Record<ParamId, number>>;
  demandCurve?: 'constant' | 'reservation';
}
