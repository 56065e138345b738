// The 18 per-tier parameters, generated: one template per field (unit, range, wording) × one
// entry per tier of the registry (tiers.ts), with the default values and their sources from
// tier-values.ts. A new tier needs only its registry entry, its values and its ids in PARAM_IDS.
import type { Distribution, Localized, ParameterDef, Source } from '../schema';
import { TIERS, TIER_FIELDS, type TierField, type TierId, tierParamId } from '../tiers';
import { tierValues } from './tier-values';

type TierNames = { en: string; zh: string };

interface FieldTemplate {
  unit: string;
  mathUnit?: string;
  min: number;
  max: number;
  step: number;
  scale: 'linear' | 'log';
  label: (t: TierNames) => Localized;
  description: (t: TierNames) => Localized;
}

/** One default: the value, its sources, and (where it matters) its Monte Carlo distribution. */
export interface TierValue {
  value: number;
  sources: Source[];
  uncertainty?: Distribution;
}

const lower = (t: TierNames): TierNames => ({ en: t.en.toLowerCase(), zh: t.zh });

const templates: Record<TierField, FieldTemplate> = {
  ListPrice: {
    unit: 'USD/Mtok',
    mathUnit: 'USD/Mtok',
    min: 0.01,
    max: 200,
    step: 0.01,
    scale: 'log',
    label: (t) => ({ en: `${t.en}: list price at start`, zh: `${t.zh}档:起始标价` }),
    description: (t) => ({
      en: `List price of the ${lower(t).en} tier in January 2023, USD per million tokens blended 3 input : 1 output. Set beside the tier’s marginal cost at the start it fixes the tier’s markup; from then on the list price moves each month towards (1 + markup) × marginal cost (see priceStickinessMonths), and the competition lever cuts the markup.`,
      zh: `${t.zh}档在2023年1月的标价,单位为美元/百万token,按输入:输出 = 3:1 加权。它与该档起始边际成本之比确定加价率;此后标价每月向(1 + 加价率)× 边际成本靠拢(见价格黏性),竞争杠杆会压低加价率。`,
    }),
  },
  TokenShare: {
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    label: (t) => ({ en: `${t.en}: token share at start`, zh: `${t.zh}档:起始token份额` }),
    description: (t) => ({
      en: `Share of all tokens served by the ${lower(t).en} tier in January 2023. It sets the tier’s weight in the demand for tasks, so that the shares at the start are reproduced. The tiers’ shares are normalised to sum to 1, so they need not add up exactly; 0 leaves the tier out.`,
      zh: `2023年1月${t.zh}档承担的token占全部token的比例。它决定该档在任务需求中的权重,使起始份额得以重现。各档份额会归一化为合计 1,因此不必恰好相加为 1;设为 0 即不含该档。`,
    }),
  },
  ComputeRatio: {
    unit: 'ratio',
    min: 0.001,
    max: 10,
    step: 0.001,
    scale: 'log',
    label: (t) => ({ en: `${t.en}: compute per token`, zh: `${t.zh}档:每token算力` }),
    description: (t) => ({
      en: `Compute per token of the ${lower(t).en} tier relative to the frontier model in January 2023 (frontier = 1). Its H100e-hours per million tokens are this ratio × the frontier’s (flopsPerToken, gpuPeakFlops and inferenceUtilization give ≈ 0.56); they fall over time with algorithmicGainPerYear and the efficiency lever.`,
      zh: `${t.zh}档每token算力相对于2023年1月前沿模型的比例(前沿 = 1)。其每百万token的H100等效小时 = 此比例 × 前沿值(由每token算力、GPU峰值算力与推理利用率得出,约 0.56);此后随算法效率与效率杠杆下降。`,
    }),
  },
  TokensPerTask: {
    unit: 'tokens',
    mathUnit: 'token',
    min: 10,
    max: 1e6,
    step: 10,
    scale: 'log',
    label: (t) => ({ en: `${t.en}: tokens per task`, zh: `${t.zh}档:单任务token` }),
    description: (t) => ({
      en: `Tokens one task uses on the ${lower(t).en} tier in January 2023: prompt and context, any reasoning, and the answer. Tokens = tasks × tokens per task, and the price per task is π = price × tokens per task / quality; it grows with tokensPerTaskGrowthPerYear.`,
      zh: `2023年1月在${t.zh}档完成一项任务所用的token:提示与上下文、推理过程及回答。token = 任务数 × 单任务token,单任务价格 π = 价格 × 单任务token / 质量;它随单任务token年增倍数增长。`,
    }),
  },
  Quality: {
    unit: 'index',
    min: 0.01,
    max: 2,
    step: 0.01,
    scale: 'linear',
    label: (t) => ({ en: `${t.en}: quality at start`, zh: `${t.zh}档:起始质量` }),
    description: (t) => ({
      en: `Capability index of the ${lower(t).en} tier in January 2023, frontier = 1: how much a task done on this tier is worth against the same task on the frontier. It divides the price per task (π = p·k/q); every tier’s quality rises with qualityGrowthPerYear, and the quality lever of the shock lifts the commodity tier towards the frontier.`,
      zh: `${t.zh}档在2023年1月的能力指数,前沿 = 1:在此档完成一项任务相当于在前沿档完成同一任务的多少价值。它作为分母进入单任务价格(π = p·k/q);各档质量随质量年增倍数上升,冲击的质量杠杆把低价档推向前沿。`,
    }),
  },
  PaidShare: {
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    label: (t) => ({ en: `${t.en}: paid share`, zh: `${t.zh}档:付费比例` }),
    description: (t) => ({
      en: `Share of the ${lower(t).en} tier’s tokens that earn its list price. The rest are free, ad-funded, bundled in flat subscriptions or served by users on open weights, and earn nothing per token. It scales revenue and the price paid, not compute.`,
      zh: `${t.zh}档token中按标价收费的比例。其余为免费、广告支持、包含在固定订阅中或由用户自行部署开源权重,不按token产生收入。它影响收入与实付价格,不影响算力。`,
    }),
  },
};

function tierParameter(tier: (typeof TIERS)[number], field: TierField): ParameterDef {
  const template = templates[field];
  const own: TierValue = tierValues[tier.id as TierId][field];
  const { label, description, ...range } = template;
  return {
    id: tierParamId(tier.id, field),
    value: own.value,
    ...range,
    group: 'tiers',
    tier: tier.id,
    tierField: field,
    label: label(tier.label),
    description: description(tier.label),
    sources: own.sources,
    ...(own.uncertainty ? { uncertainty: own.uncertainty } : {}),
  };
}

/** Every per-tier parameter, tier by tier in registry order, fields in TIER_FIELDS order. */
export const tierParameters: ParameterDef[] = [...TIERS]
  .sort((a, b) => a.order - b.order)
  .flatMap((tier) => TIER_FIELDS.map((field) => tierParameter(tier, field)));
