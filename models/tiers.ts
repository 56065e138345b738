// The tiers tokens are sold in: one closed list, declared once. The engine, the catalogue
// (parameters/tiers.ts), validation, the CLI and the app iterate over it. Adding a tier = one entry
// here + its default values in parameters/tier-values.ts + its six ids in PARAM_IDS (schema.ts; the
// catalogue test names any that are missing).
import type { Localized, ParamId } from './schema';

export interface TierInfo {
  id: string;
  /** Display and iteration order, frontier first. */
  order: number;
  label: Localized;
  description: Localized;
  /**
   * True for the tier the quality lever of the DeepSeek shock lifts towards the frontier's quality
   * (`qualityShock` is the share of its quality gap closed): R1, an open model sold at commodity
   * prices, matched o1.
   */
  receivesQualityShock: boolean;
}

export const TIERS = [
  {
    id: 'frontier',
    order: 0,
    receivesQualityShock: false,
    label: { en: 'Frontier', zh: '前沿' },
    description: {
      en: 'The most capable models of the day, sold at the top list price: GPT-4 at the start of 2023, o1 at the end of 2024.',
      zh: '当时能力最强、标价最高的模型:2023年初为GPT-4,2024年底为o1。',
    },
  },
  {
    id: 'mainstream',
    order: 1,
    receivesQualityShock: false,
    label: { en: 'Mainstream', zh: '主流' },
    description: {
      en: 'The everyday workhorse models most tokens run on: GPT-3.5-turbo in 2023, GPT-4o and Claude Sonnet in 2024.',
      zh: '承担大部分token的日常主力模型:2023年为GPT-3.5-turbo,2024年为GPT-4o与Claude Sonnet。',
    },
  },
  {
    id: 'commodity',
    order: 2,
    receivesQualityShock: true,
    label: { en: 'Commodity & open-weight', zh: '低价与开源' },
    description: {
      en: 'Small, cheap and open-weight models: GPT-4o mini, Gemini Flash, Doubao, DeepSeek. The tier the DeepSeek quality shock lifts towards the frontier.',
      zh: '小型、低价与开源权重模型:GPT-4o mini、Gemini Flash、豆包、DeepSeek。DeepSeek质量冲击把这一档推向前沿水平。',
    },
  },
] as const satisfies readonly TierInfo[];

export type TierId = (typeof TIERS)[number]['id'];

/** The per-tier fields; each tier has one catalogue parameter per field, id `<tier><Field>`. */
export const TIER_FIELDS = [
  'ListPrice',
  'TokenShare',
  'ComputeRatio',
  'TokensPerTask',
  'Quality',
  'PaidShare',
] as const;
export type TierField = (typeof TIER_FIELDS)[number];

type TierParamId = `${TierId}${TierField}`;

// Compile-time check that every tier × field id is in PARAM_IDS: a missing one is named in the error.
type MissingTierIds = Exclude<TierParamId, ParamId>;
const tierIdsInParamIds: [MissingTierIds] extends [never] ? true : MissingTierIds = true;
void tierIdsInParamIds;

/** The catalogue id of `field` for `tier`: `tierParamId('commodity', 'ListPrice')` → 'commodityListPrice'. */
export function tierParamId<T extends TierId, F extends TierField>(tier: T, field: F): `${T}${F}` & ParamId {
  return `${tier}${field}` as `${T}${F}` & ParamId;
}

/** Every tier × field id, in tier order then field order. */
export const TIER_PARAM_IDS: readonly ParamId[] = TIERS.flatMap((t) =>
  TIER_FIELDS.map((f) => tierParamId(t.id, f)),
);
