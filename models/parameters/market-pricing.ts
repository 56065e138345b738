import type { ParameterDef } from '../schema';
import { ASSUMED, noted } from '../sources/article-source';
import { DEEPSEEK_DAY6, LLAMA3_HERD } from '../sources/external-compute';
import { REBOUND_DEFINITION } from '../sources/external-economics';
import { GPU_LEAD_TIMES, GPU_RENTAL_PRICE } from '../sources/external-market';
import {
  FRONTIER_PRICES_2023_2024,
  MAINSTREAM_PRICES_2024,
  OPENAI_O3_MINI,
} from '../sources/external-prices';
import { Q000_OUTAGE } from '../sources/quotes-000';
import { Q002_OPENAI_FREE_SEARCH } from '../sources/quotes-002';

/** How the rental price reacts to scarcity, and how token prices follow cost. */
export const marketPricingParameters: ParameterDef[] = [
  {
    id: 'maxUtilization',
    value: 0.95,
    unit: 'share',
    min: 0.5,
    max: 1,
    step: 0.01,
    scale: 'linear',
    group: 'market',
    label: { en: 'Maximum utilisation', zh: '最高利用率' },
    description: {
      en: 'Ceiling ū on the share of the fleet’s hours that can be used: maintenance, failures and the daily peak of traffic leave the rest. Demand beyond ū × fleet at the highest rental price is rationed and reported as shortage.',
      zh: '机群小时可被使用比例的上限 ū:维护、故障与每日流量高峰占去其余部分。在最高租价下超出 ū × 机群的需求将被配给,记为短缺。',
    },
    sources: [
      {
        ...LLAMA3_HERD,
        note: 'Even a cluster run for one job loses several percent of its time to interruptions.',
      },
      {
        ...Q000_OUTAGE,
        note: 'When demand outruns the fleet, service fails: R1’s outages are rationing at the ceiling.',
      },
      {
        kind: 'assumption',
        ref: '0.95',
        date: ASSUMED,
        note: 'Above the >90% effective time of a well-run training cluster (Llama 3), because inference and training can fill each other’s gaps; below 1 for failures and maintenance.',
      },
      noted(DEEPSEEK_DAY6, 'DeepSeek’s average use was 0.82 of its peak nodes.'),
    ],
  },
  {
    id: 'scarcityExponent',
    value: 6,
    unit: '–',
    min: 0,
    max: 20,
    step: 0.1,
    scale: 'linear',
    group: 'market',
    label: { en: 'Scarcity exponent', zh: '稀缺指数' },
    description: {
      en: 'How steeply the rental price rises above the user cost as utilisation climbs from normal towards maxUtilization: the larger β, the sharper the premium when GPUs are scarce. 0 means perfectly elastic supply: the fleet is rented as needed at the user cost, the rental price never moves and nothing is rationed (the textbook preset).',
      zh: '利用率从正常水平升向最高利用率时,租价高出资本使用成本的陡峭程度:β 越大,GPU稀缺时溢价越陡。0 表示供给完全弹性:按资本使用成本随需租用,租价不变,也不配给(教科书预设)。',
    },
    sources: [
      {
        ...GPU_RENTAL_PRICE,
        note: '~$8 an hour at the 2023 peak against ~$2 once supply caught up: a premium of about 4× the user cost in a shortage.',
      },
      {
        ...GPU_LEAD_TIMES,
        note: 'Lead times of 8–11 months in 2023: the fleet could not grow fast, so the price did the rationing.',
      },
      {
        kind: 'assumption',
        ref: 'β = 6',
        date: ASSUMED,
        note: 'Steep enough that the rental price can reach several times the user cost as utilisation nears the ceiling, as in 2023, while staying close to the user cost at normal utilisation.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 2 … 6 … 12: from a market that absorbs demand with modest premiums (spot capacity, older GPUs brought back) to one where prices spike as in 2023.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 2, mode: 6, max: 12 },
  },
  {
    id: 'computeCostShare',
    value: 0.8,
    unit: 'share',
    min: 0.05,
    max: 1,
    step: 0.01,
    scale: 'linear',
    group: 'market',
    label: { en: 'Compute share of token cost', zh: '算力占token成本比例' },
    description: {
      en: 'Share s_c of a token’s marginal cost that is compute (H100e-hours at the rental price); the rest is other cost per token (networking, storage, CPUs, safety filtering, payment, support), which does not fall with compute efficiency. In the textbook case the rebound is η × s_c, so backfire needs η > 1 / s_c.',
      zh: 'token边际成本中算力(按租价计的H100等效小时)所占比例 s_c;其余为每token的其他成本(网络、存储、CPU、安全过滤、支付、客服),不随算力效率下降。教科书情形下反弹 = η × s_c,因此适得其反需要 η > 1 / s_c。',
    },
    sources: [
      {
        ...REBOUND_DEFINITION,
        note: 'With compute only a share s_c of the cost, an efficiency gain lowers the price by s_c of it: rebound η·s_c.',
      },
      {
        kind: 'assumption',
        ref: '0.8',
        date: ASSUMED,
        note: 'Serving cost is dominated by accelerators (their rent includes power, rentalPriceFloor); the other costs per token are real but small beside it. 0.8 puts the textbook break-even at η* = 1.25.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 0.5 … 0.8 … 0.95: from consumer products whose support, safety and payment costs weigh as much as compute to bulk API serving that is almost all GPU.',
      },
      noted(DEEPSEEK_DAY6, 'DeepSeek’s own cost-of-serving figure counts GPUs only.'),
    ],
    uncertainty: { dist: 'triangular', min: 0.5, mode: 0.8, max: 0.95 },
  },
  {
    id: 'priceStickinessMonths',
    value: 3,
    unit: 'months',
    mathUnit: 'month',
    min: 0,
    max: 24,
    step: 0.5,
    scale: 'linear',
    group: 'market',
    label: { en: 'Price stickiness', zh: '价格黏性' },
    description: {
      en: 'Time constant m of list prices: each month a tier’s list price moves θ = 1 − e^(−1/m) of the gap to (1 + markup) × marginal cost (28% at 3 months). 0 = list prices follow cost at once.',
      zh: '标价的时间常数 m:各档标价每月向(1 + 加价率)× 边际成本缩小差距的 θ = 1 − e^(−1/m)(3个月时为28%)。0 表示标价即时跟随成本。',
    },
    sources: [
      {
        ...FRONTIER_PRICES_2023_2024,
        note: 'GPT-4’s list price held from March to November 2023: list prices change in steps, a few times a year.',
      },
      { ...MAINSTREAM_PRICES_2024, note: 'GPT-4o’s price was cut three months after launch.' },
      { ...OPENAI_O3_MINI, note: 'Under competition the answer can come within days.' },
      {
        ...Q002_OPENAI_FREE_SEARCH,
        note: 'OpenAI answered within weeks, with a free feature rather than a list-price cut.',
      },
      {
        kind: 'assumption',
        ref: '3 months',
        date: ASSUMED,
        note: 'Between the months-long steps of list prices and the days-long answers to a competitor: about a quarter of the gap closes each month.',
      },
    ],
  },
];
