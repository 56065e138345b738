// Version-1 parameter ids that version 2 does not keep. Saved scenarios, scripts and links may still
// use them; the scenario reader refuses each with its message, which names what replaced it, so
// nothing is silently lost. Every other version-1 id kept its meaning and is in PARAM_IDS.
import type { Localized, ParamId } from './schema';

export interface RetiredParam {
  /** The version-1 id. */
  id: string;
  /** The version-2 parameters to use instead (may be several, or a different kind of quantity). */
  replacedBy: ParamId[];
  /** One sentence: why it went and what to use instead. */
  message: Localized;
}

export const retiredV1Params: readonly RetiredParam[] = [
  {
    id: 'startMonth',
    replacedBy: ['shockMonth', 'horizonMonths'],
    message: {
      en: 'startMonth is gone: every run now starts at the history start, January 2023, so the model can be fitted to 2023–24; move the shock with shockMonth and the end with horizonMonths (both counted from January 2025, as before).',
      zh: 'startMonth 已取消:现在每次运行都从2023年1月的历史起点开始,以便用2023–24年数据拟合模型;请用 shockMonth 调整冲击时间、用 horizonMonths 调整结束时间(两者仍从2025年1月起算)。',
    },
  },
  {
    id: 'pricePerMTok',
    replacedBy: ['frontierListPrice', 'mainstreamListPrice', 'commodityListPrice'],
    message: {
      en: 'pricePerMTok is gone: there is no single price any more; each tier has its own list price in January 2023 (frontierListPrice, mainstreamListPrice, commodityListPrice), which then follows cost × markup.',
      zh: 'pricePerMTok 已取消:不再有单一价格;各档位有各自2023年1月的标价(frontierListPrice、mainstreamListPrice、commodityListPrice),此后随成本 × 加价率变化。',
    },
  },
  {
    id: 'priceDeclinePerYear',
    replacedBy: ['qualityGrowthPerYear', 'algorithmicGainPerYear', 'hardwareGainPerYear'],
    message: {
      en: 'priceDeclinePerYear is gone: prices are no longer a fixed path but follow compute cost × markup, and the price of a fixed capability falls through qualityGrowthPerYear, algorithmicGainPerYear and hardwareGainPerYear.',
      zh: 'priceDeclinePerYear 已取消:价格不再是固定路径,而是随算力成本 × 加价率变化;固定能力的价格通过 qualityGrowthPerYear、algorithmicGainPerYear 与 hardwareGainPerYear 下降。',
    },
  },
  {
    id: 'challengerPriceRatio',
    replacedBy: ['commodityListPrice', 'qualityShock', 'incumbentResponse'],
    message: {
      en: 'challengerPriceRatio is gone: R1’s price of ~1/27 of o1’s is now an observation on the price chart (commodity against frontier list price), and the shock works through the quality lever (qualityShock) and the markup cut (incumbentResponse).',
      zh: 'challengerPriceRatio 已取消:R1约为o1的1/27的价格现在是价格图上的观测值(低价档对前沿档标价);冲击通过质量杠杆(qualityShock)与加价削减(incumbentResponse)起作用。',
    },
  },
  {
    id: 'adoptionCeiling',
    replacedBy: ['adoptionStartShare', 'bassImitationPerYear', 'tasksPerUserGrowthPerYear'],
    message: {
      en: 'adoptionCeiling is gone: adoption now follows Bass diffusion towards all potential users from adoptionStartShare (with bassInnovationPerYear and bassImitationPerYear), and use per user grows with tasksPerUserGrowthPerYear.',
      zh: 'adoptionCeiling 已取消:普及改为从 adoptionStartShare 出发、向全部潜在用户的Bass扩散(bassInnovationPerYear、bassImitationPerYear),人均使用随 tasksPerUserGrowthPerYear 增长。',
    },
  },
  {
    id: 'adoptionMidpointMonths',
    replacedBy: ['bassInnovationPerYear', 'bassImitationPerYear', 'adoptionStartShare'],
    message: {
      en: 'adoptionMidpointMonths is gone: the logistic curve was replaced by Bass diffusion, whose timing is set by bassInnovationPerYear, bassImitationPerYear and adoptionStartShare.',
      zh: 'adoptionMidpointMonths 已取消:逻辑斯蒂曲线改为Bass扩散,其时间由 bassInnovationPerYear、bassImitationPerYear 与 adoptionStartShare 决定。',
    },
  },
  {
    id: 'gpuHourCost',
    replacedBy: ['rentalPriceFloor', 'gpuCapexPerGpu', 'costOfCapital'],
    message: {
      en: 'gpuHourCost is gone: the rental price of an H100e-hour now clears the compute market every month, between a floor (rentalPriceFloor) and the user cost of capital (gpuCapexPerGpu, costOfCapital, gpuLifetimeYears) plus a scarcity premium.',
      zh: 'gpuHourCost 已取消:每H100等效小时的租价现在每月由算力市场出清决定,介于下限(rentalPriceFloor)与资本使用成本(gpuCapexPerGpu、costOfCapital、gpuLifetimeYears)之上再加稀缺溢价之间。',
    },
  },
  {
    id: 'maxFleetGrowthPerYear',
    replacedBy: ['supplyCeilingStart', 'supplyCeilingGrowthPerYear'],
    message: {
      en: 'maxFleetGrowthPerYear is gone: a cap relative to today’s fleet was replaced by an absolute ceiling on deliveries (supplyCeilingStart, growing at supplyCeilingGrowthPerYear), with orders delivered after leadTimeMonths.',
      zh: 'maxFleetGrowthPerYear 已取消:相对现有机群的增速上限改为绝对的交付上限(supplyCeilingStart,按 supplyCeilingGrowthPerYear 增长),订单在 leadTimeMonths 后交付。',
    },
  },
];

/** Lookup by version-1 id. */
export const retiredV1ParamById: Readonly<Record<string, RetiredParam>> = Object.fromEntries(
  retiredV1Params.map((r) => [r.id, r]),
);
