/**
 * The shape of the parameter catalogue. Data only: `models/` imports nothing from `src/` or `web/`.
 * Every parameter carries its provenance, dated, so that any default can be traced to the sentence
 * it came from and a vintage (`asOf`) can leave out what was published later.
 */
import type { TierField, TierId } from './tiers';

/**
 * Stable parameter ids: scripts, URLs and saved scenarios depend on them. Never rename one.
 * Version 2 keeps every version-1 id whose meaning survives; the others are refused with the
 * message in `v1-ids.ts`. The per-tier ids are `<tier><Field>` (see `tiers.ts`); a catalogue test
 * checks that this tuple holds exactly TIERS × TIER_FIELDS of them.
 */
export const PARAM_IDS = [
  // time
  'horizonMonths',
  'shockMonth',
  // demand
  'elasticity',
  'reservationSigma',
  'demandLagMonths',
  'substitutionElasticity',
  'bassInnovationPerYear',
  'bassImitationPerYear',
  'adoptionStartShare',
  'tasksPerUserGrowthPerYear',
  'tokensPerTaskGrowthPerYear',
  'tokensPerMonth',
  'qualityGrowthPerYear',
  'trendHalfLifeYears',
  // tiers
  'frontierListPrice',
  'frontierTokenShare',
  'frontierComputeRatio',
  'frontierTokensPerTask',
  'frontierQuality',
  'frontierPaidShare',
  'mainstreamListPrice',
  'mainstreamTokenShare',
  'mainstreamComputeRatio',
  'mainstreamTokensPerTask',
  'mainstreamQuality',
  'mainstreamPaidShare',
  'commodityListPrice',
  'commodityTokenShare',
  'commodityComputeRatio',
  'commodityTokensPerTask',
  'commodityQuality',
  'commodityPaidShare',
  // shock: efficiency, quality, competition
  'challengerShareMax',
  'challengerFlopsRatio',
  'challengerShareMonths',
  'qualityShock',
  'incumbentResponse',
  // compute
  'flopsPerToken',
  'gpuPeakFlops',
  'inferenceUtilization',
  'algorithmicGainPerYear',
  'hardwareGainPerYear',
  // market
  'rentalPriceFloor',
  'gpuCapexPerGpu',
  'costOfCapital',
  'gpuLifetimeYears',
  'fleetUtilization',
  'maxUtilization',
  'scarcityExponent',
  'computeCostShare',
  'priceStickinessMonths',
  // fleet
  'initialUtilization',
  'leadTimeMonths',
  'demandGrowthExpectedStart',
  'expectationMonths',
  'profitabilityTilt',
  'investmentAdjustmentMonths',
  'supplyCeilingStart',
  'supplyCeilingGrowthPerYear',
  'gpuScarcityPremiumMax',
  'datacenterCapexPerKw',
  'powerPerH100eKw',
  // training
  'trainingGpuHoursPerMonth',
  'trainingGrowthPerYear',
  'trainingEfficiencyRatio',
  'trainingEfficiencyAdoption',
  'trainingRebound',
] as const;

export type ParamId = (typeof PARAM_IDS)[number];

/** Slider groups, in the order the app shows them. */
export const GROUP_IDS = [
  'time',
  'demand',
  'tiers',
  'shock',
  'compute',
  'market',
  'fleet',
  'training',
] as const;
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

/** Fields every source has, whatever its kind. */
interface SourceCommon {
  /**
   * Publication date, ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: when a reader could first have known
   * it. For `derived` and `assumption` sources, the latest date of what the reasoning rests on
   * (our own assumptions: the vintage, 2025-02-28, unless they rest on something later).
   */
  date: string;
  note?: string;
  /**
   * True when the source does not support the default: it is shown for context only (for example
   * because it was published after the Feb-2025 vintage the defaults are set for). Its `note` then
   * starts with "Context only: …" and says why. Every default needs at least one supporting source
   * published by the vintage (test/models/vintage.test.ts).
   */
  contextOnly?: true;
}

export type Source =
  /** A sentence from one of the five seed articles, quoted verbatim in its original script. */
  | ({ kind: 'article'; ref: ArticleId; quote: string; quoteEn: string } & SourceCommon)
  /** A published figure from outside the articles (shared/reference/). */
  | ({ kind: 'external'; ref: string; quote?: string; uncertain?: boolean } & SourceCommon)
  /** Arithmetic from other sourced values, written out so a reader can redo it. */
  | ({ kind: 'derived'; ref: string; arithmetic: string } & SourceCommon)
  /** A modelling choice with the reason it was made. */
  | ({ kind: 'assumption'; ref: string } & SourceCommon);

/** Distribution families for Monte Carlo. Bounds are in the parameter's catalogue unit. */
export type Distribution =
  | { dist: 'fixed'; value: number }
  | { dist: 'uniform'; min: number; max: number }
  | {
      dist: 'triangular';
      min: number;
      mode: number;
      max: number;
      /**
       * Set only on the catalogue's posterior of a fitted parameter: the fit dimension it belongs to.
       * Monte Carlo draws such parameters together, with the fit's correlation (src/uncertainty/fit-copula.ts).
       */
      fit?: string;
    }
  | { dist: 'normal'; mean: number; sd: number }
  | { dist: 'lognormal'; median: number; sigma: number };

export interface ParameterDef {
  id: ParamId;
  /** Default, in `unit`. */
  value: number;
  /** Display unit, also the unit scenario numbers are read in ("USD/Mtok", "FLOP/token", "×/yr", "share"). */
  unit: string;
  /**
   * The mathjs unit a string like "2.19 USD/Mtok" or "989 TFLOP/s" is converted to, when the quantity
   * has one (`GPU` and `GPUh` stand for an H100-equivalent and one of its hours). Absent for
   * dimensionless ratios, shares, indices, rates per year and factors.
   */
  mathUnit?: string;
  min: number;
  max: number;
  step: number;
  /** Sliders for quantities that span orders of magnitude move on a log scale. */
  scale: 'linear' | 'log';
  /** Whole numbers only (months, years); Monte Carlo rounds its samples. */
  integer?: boolean;
  /** May be given as a mathjs expression of time (`t` in months, `year` in years since the start). */
  timeVarying?: boolean;
  group: GroupId;
  /** For the per-tier parameters: which tier and which field of the template (see `tiers.ts`). */
  tier?: TierId;
  tierField?: TierField;
  label: Localized;
  description: Localized;
  sources: Source[];
  /** Default uncertainty for Monte Carlo, with its reasoning in an "Uncertainty:" assumption source. */
  uncertainty?: Distribution;
  /**
   * For a calibrated parameter: the value set by hand from its sources before the fit, which the
   * fit is pulled towards (see models/calibration). `value` is then the fitted value.
   */
  prior?: number;
}

/** A data point from the articles shown beside the simulation (announced capex, market moves). */
export interface ReferencePoint {
  id: string;
  kind: 'capex' | 'market-move' | 'price' | 'training-cost' | 'revenue-forecast' | 'other';
  /** Who: company, group of companies, index. */
  subject: Localized;
  /** ISO date or year of what the figure describes ("2025", "2025-01-27"); its sources carry their own publication dates. */
  date: string;
  value: number;
  unit: string;
  /** For ranges in the source ("380亿至400亿美元"). */
  valueHigh?: number;
  label: Localized;
  sources: Source[];
  /**
   * Where the article's own figures disagree with each other or with the record, say so. In both
   * languages where a page shows it to readers (the capex chart's notes); English elsewhere.
   */
  caveat?: string | Localized;
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
