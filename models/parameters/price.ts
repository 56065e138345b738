import type { ParameterDef } from '../schema';
import { challengerPriceRatioSources, priceDeclineSources } from '../sources/price-sources';
import { Q001_MIGRATE, Q001_SELLOFF } from '../sources/quotes-001';
import { Q002_API_PRICES, Q002_OPENAI_FREE_SEARCH, Q002_R1_RELEASE } from '../sources/quotes-002';
import { Q004_HU_YANPING, Q004_MEYERS, Q004_R1_RELEASE } from '../sources/quotes-004';

/** Price & the DeepSeek shock: the incumbent's price path and the challenger that undercuts it. */
export const priceParameters: ParameterDef[] = [
  {
    id: 'pricePerMTok',
    value: 26.25,
    unit: 'USD/Mtok',
    mathUnit: 'USD/Mtok',
    min: 0.1,
    max: 200,
    step: 0.01,
    scale: 'log',
    group: 'price',
    label: { en: 'Frontier price at start', zh: '起始前沿模型价格' },
    description: {
      en: 'P0: the incumbent frontier model’s price in USD per million tokens at month 0, blended 3 input : 1 output. The incumbent price is P_inc(t) = P0 · priceDeclinePerYear^(−t/12), and demand reads price relative to P0.',
      zh: 'P0:第 0 个月时在位前沿模型的价格,单位为美元/百万token,按输入:输出 = 3:1 加权。在位者价格 P_inc(t) = P0 · 年降价倍数^(−t/12),需求按相对 P0 的价格计算。',
    },
    sources: [
      {
        ...Q002_API_PRICES,
        note: 'o1 is the model R1 is compared with in 002 and 004 (“能够比肩OpenAI o1模型正式版”), so it is taken as the incumbent frontier tier.',
      },
      {
        kind: 'derived',
        ref: 'o1 blended price, 3:1 input:output',
        arithmetic:
          '(3 × 15 + 1 × 60) / 4 = 105 / 4 = 26.25 USD/Mtok, from 002’s o1 prices of 15 USD/M input and 60 USD/M output.',
        note: 'The 3:1 blend follows Epoch AI’s price index convention, so the price-decline figures apply to the same blended price.',
      },
      {
        kind: 'assumption',
        ref: 'Revenue at list price is an upper bound',
        note: 'Every token is priced at the frontier list price, so simulated revenue (P · tokens / 1e6 = 26.25 × 2.14e9 Mtok ≈ 56 billion USD a month at the start) is a theoretical revenue, like DeepSeek’s own “theoretical revenue” at R1 prices (facts.md, day 6): free tiers, discounts and cheaper models make actual revenue far lower. Demand reads price only relative to P0, so the level of P0 matters for revenue and margin, not for GPU-hours.',
      },
    ],
  },
  {
    id: 'priceDeclinePerYear',
    value: 5.5,
    unit: '×/yr',
    min: 0.5,
    max: 1000,
    step: 0.1,
    scale: 'log',
    group: 'price',
    label: { en: 'Yearly price decline', zh: '年降价倍数' },
    description: {
      en: 'Factor d by which the price of a fixed capability falls each year: P_inc(t) = P0 · d^(−t/12). 5.5 means the price is divided by 5.5 every 12 months; 1 means no decline, below 1 a rising price.',
      zh: '固定能力水平的价格每年下降的倍数 d:P_inc(t) = P0 · d^(−t/12)。5.5 表示价格每 12 个月降为原来的 1/5.5;1 表示不降价,小于 1 表示涨价。',
    },
    sources: priceDeclineSources,
    uncertainty: { dist: 'lognormal', median: 5.5, sigma: 0.6 },
  },
  {
    id: 'shockMonth',
    value: 0,
    unit: 'months',
    mathUnit: 'month',
    min: 0,
    max: 120,
    step: 1,
    scale: 'linear',
    integer: true,
    group: 'price',
    label: { en: 'Shock month', zh: '冲击月份' },
    description: {
      en: 'Month (counted from startMonth) in which the low-price challenger enters. Its token share starts from 0 in this month; before it the market is incumbent-only.',
      zh: '低价挑战者进入市场的月份(从起始月份起算)。其token份额从该月的 0 开始上升;此前市场只有在位者。',
    },
    sources: [
      Q002_R1_RELEASE,
      Q004_R1_RELEASE,
      { ...Q001_SELLOFF, note: '001 dates the release 2025-01-20 too; month 0 of a January 2025 start.' },
    ],
  },
  {
    id: 'challengerPriceRatio',
    value: 0.0366,
    unit: 'ratio',
    min: 0.001,
    max: 1,
    step: 0.0001,
    scale: 'log',
    timeVarying: true,
    group: 'price',
    label: { en: 'Challenger price ratio', zh: '挑战者价格比' },
    description: {
      en: 'The challenger’s price as a fraction of the incumbent’s at the same month: P_ch(t) = ratio · P_inc(t). 0.0366 ≈ 1/27 is R1’s blended price over o1’s.',
      zh: '挑战者价格占同月在位者价格的比例:P_ch(t) = 比例 · P_inc(t)。0.0366 ≈ 1/27,即R1与o1加权价格之比。',
    },
    sources: challengerPriceRatioSources,
    uncertainty: { dist: 'triangular', min: 0.0187, mode: 0.0366, max: 0.1 },
  },
  {
    id: 'challengerShareMax',
    value: 0.4,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    group: 'price',
    label: { en: 'Challenger share (max)', zh: '挑战者最大份额' },
    description: {
      en: 'Share of tokens the challenger tier (DeepSeek and the cheap models that copy it) finally serves, s_max. Its share follows s(t) = s_max · tanh(atanh(0.5) · Δ / challengerShareMonths), Δ = months since the shock; 0 switches the shock off.',
      zh: '挑战者阵营(DeepSeek及效仿它的低价模型)最终承担的token份额 s_max。份额路径 s(t) = s_max · tanh(atanh(0.5) · Δ / 半程月数),Δ 为冲击后的月数;设为 0 即关闭冲击。',
    },
    sources: [
      {
        ...Q001_MIGRATE,
        note: 'Qualitative: migration is planned, its extent is not stated in any article.',
      },
      {
        ...Q004_HU_YANPING,
        note: 'The limit on the challenger’s share: without multimodal features and an app ecosystem its popularity may be short-lived.',
      },
      {
        kind: 'assumption',
        ref: 'Challenger tier reaches 40% of tokens',
        note: 'Less than half because incumbents keep the multimodal, enterprise and product-bundled traffic that 004’s 胡延平 says DeepSeek still lacks, and 002 shows the clouds (Nvidia, Amazon, Microsoft) onboarding R1 within 11 days, which spreads open cheap models widely; 0.4 sits between a niche (0.1) and a takeover (0.8).',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 0.1 … 0.4 … 0.8. No article or external source measures the market share of cheap frontier-class models; the spread runs from a niche to a near-takeover.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 0.1, mode: 0.4, max: 0.8 },
  },
  {
    id: 'challengerShareMonths',
    value: 6,
    unit: 'months',
    mathUnit: 'month',
    min: 0,
    max: 60,
    step: 1,
    scale: 'linear',
    integer: true,
    group: 'price',
    label: { en: 'Months to half share', zh: '达到一半份额的月数' },
    description: {
      en: 'Months after the shock at which the challenger has half of its final share (s = s_max/2 on the tanh ramp); the incumbent’s price response follows the same ramp. 0 means the switch is instant.',
      zh: '冲击后挑战者份额达到最终份额一半所需的月数(tanh 曲线上 s = s_max/2);在位者的降价回应沿同一曲线。0 表示瞬间切换。',
    },
    sources: [
      { ...Q001_MIGRATE, note: 'Developers are “planning” to migrate: a switch over months, not overnight.' },
      {
        kind: 'assumption',
        ref: 'Half-way in six months',
        note: 'API switching is cheap (R1 was on the major clouds within 11 days, 002) but production workloads are re-validated before moving; six months to half the final share reflects that.',
      },
    ],
  },
  {
    id: 'incumbentResponse',
    value: 0.25,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    timeVarying: true,
    group: 'price',
    label: { en: 'Incumbent price response', zh: '在位者降价回应' },
    description: {
      en: 'Fraction of the price gap to the challenger the incumbent closes, reached on the same ramp as the challenger’s share: 0 keeps P_inc, 1 matches the challenger’s price.',
      zh: '在位者弥合与挑战者价差的比例,沿挑战者份额的同一曲线实现:0 表示维持原价,1 表示降至挑战者价格。',
    },
    sources: [
      {
        ...Q002_OPENAI_FREE_SEARCH,
        note: 'A real but partial response: a free product, not a cut in the o1 API price.',
      },
      { ...Q004_MEYERS, note: 'Competitors are forced to cut inference costs, which lets them cut prices.' },
      {
        kind: 'assumption',
        ref: 'A quarter of the gap',
        note: 'Incumbents answer with cheaper tiers and free features rather than matching a price 27× lower on their flagship; closing a quarter of the gap is a partial response consistent with 002.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 0 … 0.25 … 0.7: from no price response (OpenAI’s answer in 002 was a free feature, not a price cut) to a price war that closes most of the gap (004, Meyers: competitors forced to cut inference costs).',
      },
    ],
    uncertainty: { dist: 'triangular', min: 0, mode: 0.25, max: 0.7 },
  },
];
