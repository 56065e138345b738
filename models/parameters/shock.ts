import type { ParameterDef } from '../schema';
import { ASSUMED, noted } from '../sources/article-source';
import { DEEPSEEK_DAY6, DEEPSEEK_V3_REPORT } from '../sources/external-compute';
import { COMMODITY_PRICES_2024_2025, OPENAI_O3_MINI } from '../sources/external-prices';
import { Q000_LOW_COST_TOP_PERFORMANCE, Q000_SMALL_MODELS, Q000_V3_BEATS_O1 } from '../sources/quotes-000';
import { Q001_MIGRATE, Q001_PARAMS_TABLE } from '../sources/quotes-001';
import {
  Q002_CLOUDS_ONBOARD,
  Q002_META_GROUPS,
  Q002_ONE_THIRTIETH,
  Q002_OPENAI_FREE_SEARCH,
  Q002_PRETRAINING,
} from '../sources/quotes-002';
import { Q003_DEFLATION, Q003_FEW_RESOURCES } from '../sources/quotes-003';
import { Q004_HU_YANPING, Q004_MEYERS, Q004_R1_MATCHES_O1 } from '../sources/quotes-004';

/**
 * The DeepSeek shock as three levers with their own sources: efficiency (compute per token),
 * quality (frontier quality reaches the commodity tier) and competition (markups cut). All ramp in
 * as tanh from the shock month, half-way after challengerShareMonths. The training-efficiency part
 * of the efficiency lever is in the training group.
 */
export const shockParameters: ParameterDef[] = [
  {
    id: 'challengerShareMax',
    value: 0.4,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    group: 'shock',
    label: { en: 'Efficiency lever: share of tokens', zh: '效率杠杆:token份额' },
    description: {
      en: 'Share of tokens served by DeepSeek-style efficient models (mixture of experts with few active parameters) once they have fully spread, whoever serves them. Those tokens need challengerFlopsRatio of the compute per token. The share ramps in as tanh, half-way after challengerShareMonths; 0 switches the efficiency lever off.',
      zh: 'DeepSeek式高效模型(激活参数很少的混合专家模型)完全扩散后承担的token份额,无论由谁提供。这些token的每token算力为挑战者算力比。份额按 tanh 曲线上升,经过“达到一半的月数”后达到一半;设为 0 即关闭效率杠杆。',
    },
    sources: [
      { ...Q001_MIGRATE, note: 'Developers plan to migrate: the efficient models take share.' },
      {
        ...Q002_META_GROUPS,
        note: 'Incumbents copy the methods into their own models (Meta into Llama): efficient tokens need not be DeepSeek’s own.',
      },
      {
        ...Q002_CLOUDS_ONBOARD,
        note: 'On the major clouds within 11 days: the open model spreads widely.',
      },
      {
        ...Q004_HU_YANPING,
        note: 'The limit: without multimodal features and an app ecosystem its popularity may be short-lived.',
      },
      {
        kind: 'assumption',
        ref: '40% of tokens',
        date: ASSUMED,
        note: 'Less than half because multimodal, enterprise and product-bundled traffic stays on models that are not built the DeepSeek way for years (004’s 胡延平), yet well above a niche because the methods are published and copied (002); 0.4 sits between a niche (0.1) and a takeover (0.8).',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 0.1 … 0.4 … 0.8. No source measures the share of DeepSeek-style serving; the spread runs from a niche to a near-takeover.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 0.1, mode: 0.4, max: 0.8 },
  },
  {
    id: 'challengerFlopsRatio',
    value: 0.185,
    unit: 'ratio',
    min: 0.01,
    max: 2,
    step: 0.005,
    scale: 'log',
    group: 'shock',
    label: { en: 'Efficiency lever: compute ratio', zh: '效率杠杆:挑战者算力比' },
    description: {
      en: 'Compute per token of a DeepSeek-style model as a fraction of the model it replaces in the same tier. The efficiency lever serves challengerShareMax of tokens at this fraction of the compute; it is the saving the mechanical run counts.',
      zh: 'DeepSeek式模型的每token算力占其在同一档位所替代模型的比例。效率杠杆让“效率杠杆份额”的token以此比例的算力提供;机械性节省即按它计算。',
    },
    sources: [
      {
        ...Q001_PARAMS_TABLE,
        note: 'R1 has 671 billion parameters in total but, as a mixture of experts, activates only 37B per token (DeepSeek-V3 report); GPT-4o “over 200 billion”.',
      },
      DEEPSEEK_V3_REPORT,
      {
        kind: 'derived',
        ref: 'Active parameters of R1 vs GPT-4o',
        date: '2025-01-28',
        arithmetic:
          '(2 × 37e9 active parameters of R1/V3) / 4e11 FLOP per token (flopsPerToken, 2 × GPT-4o’s 200e9 from 001’s table) = 7.4e10 / 4e11 = 0.185.',
        note: 'Inherits the uncertainty of the 4e11 FLOP per token; GPT-4o’s size is second-hand.',
      },
      { ...Q003_FEW_RESOURCES, note: 'UBS: inference cost far below comparable models.' },
    ],
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
    group: 'shock',
    label: { en: 'Months to half of each lever', zh: '各杠杆达到一半的月数' },
    description: {
      en: 'Months after the shock at which each lever — efficient-model share, quality shock and markup cut — has reached half its full size; they ramp in as full × tanh(atanh(0.5) × months since the shock / this value). 0 means all three switch on at once.',
      zh: '冲击后各杠杆(高效模型份额、质量冲击、加价削减)达到其最终幅度一半所需的月数;三者按 最终值 × tanh(atanh(0.5) × 冲击后月数 / 此值) 上升。0 表示三者立即全部生效。',
    },
    sources: [
      { ...Q001_MIGRATE, note: 'Developers are “planning” to migrate: a switch over months, not overnight.' },
      {
        kind: 'assumption',
        ref: 'Half-way in six months',
        date: ASSUMED,
        note: 'API switching is cheap (R1 was on the major clouds within 11 days, 002) but production workloads are re-validated before moving, and copying the methods into other models takes a training cycle; six months to half of the full effect.',
      },
    ],
  },
  {
    id: 'qualityShock',
    value: 0.8,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    group: 'shock',
    label: { en: 'Quality lever', zh: '质量杠杆' },
    description: {
      en: 'Share of the commodity tier’s quality gap to the frontier that the shock closes: R1, open and priced like a commodity model, matched o1. At 0.8 the commodity tier’s quality goes from 0.35 of the frontier’s to 0.35 + 0.8 × 0.65 = 0.87 on the lever’s ramp, so its quality-adjusted price per task falls and tasks move to it. 0 switches the quality lever off.',
      zh: '冲击弥合低价档与前沿档质量差距的比例:开源且按低价模型定价的R1达到了o1的水平。取 0.8 时,低价档质量沿杠杆曲线从前沿的 0.35 升至 0.35 + 0.8 × 0.65 = 0.87,其质量调整后的单任务价格下降,任务随之转移。设为 0 即关闭质量杠杆。',
    },
    sources: [
      Q004_R1_MATCHES_O1,
      {
        ...Q002_PRETRAINING,
        note: '“有能力执行与OpenAI o1相同级别的推理任务”: frontier reasoning at a commodity model’s cost.',
      },
      Q000_LOW_COST_TOP_PERFORMANCE,
      {
        ...Q000_V3_BEATS_O1,
        note: 'As printed it credits V3; the AIME and MATH-500 results DeepSeek compared with o1 are R1’s. Either way: o1-level results from a model sold at commodity prices.',
      },
      {
        ...Q002_ONE_THIRTIETH,
        note: 'Why “1/30” was news: commodity prices were not new (the commodity tier sold at 0.1–1 USD/Mtok), o1-level quality at such a price was. The ratio of R1’s to o1’s price is an observation on the price chart; the quality lever is what moves demand.',
      },
      COMMODITY_PRICES_2024_2025,
      {
        ...Q000_SMALL_MODELS,
        note: 'Distillation spreads reasoning to small models: the quality gain reaches the tier, not one model.',
      },
      {
        kind: 'assumption',
        ref: '0.8 of the gap',
        date: ASSUMED,
        note: 'R1 matched o1 on mathematics, code and reasoning benchmarks (004), but not in modalities, tools or the app ecosystem (004’s 胡延平), and o1 was not the whole frontier (o1 pro and the announced o3 were ahead): four fifths of the gap rather than all of it.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 0.3 … 0.8 … 1: from a benchmark parity that users do not feel in their own tasks to a full catch-up.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 0.3, mode: 0.8, max: 1 },
  },
  {
    id: 'incumbentResponse',
    value: 0.3,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    group: 'shock',
    label: { en: 'Competition lever: markup cut', zh: '竞争杠杆:加价削减' },
    description: {
      en: 'How hard incumbents answer on price: the share by which every tier’s markup over marginal cost is cut, reached on the levers’ ramp. It lowers prices without saving any compute, so the verdict reports it as a price effect, not as rebound. 0 keeps markups; 1 prices every tier at cost.',
      zh: '在位者在价格上回应的力度:各档位高于边际成本的加价率被削减的比例,沿杠杆曲线实现。它降低价格却不节省算力,因此判定中记为价格效应而非反弹。0 表示维持加价;1 表示各档按成本定价。',
    },
    sources: [
      {
        ...Q002_OPENAI_FREE_SEARCH,
        note: 'A real but partial response: a free product, not a cut in the o1 API price.',
      },
      { ...Q004_MEYERS, note: 'Competitors are forced to cut inference costs, which lets them cut prices.' },
      {
        ...Q003_DEFLATION,
        note: 'DeepSeek-V3 had already pushed prices down in China: competition cuts margins.',
      },
      {
        ...OPENAI_O3_MINI,
        note: 'Eleven days after R1, a new reasoning model at 1/14 of o1’s price: part efficiency, part a lower markup.',
      },
      {
        kind: 'assumption',
        ref: 'Markups cut by 30%',
        date: ASSUMED,
        note: 'Incumbents answer with cheaper models and free features more than with cuts to their flagship prices (002); a cut of 30% of the markup in every tier is a partial answer.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 0 … 0.3 … 0.7: from no price answer (OpenAI’s first answer in 002 was a free feature) to a price war that takes most of the markup (004, Meyers: competitors forced to cut inference costs).',
      },
      noted(DEEPSEEK_DAY6, 'DeepSeek’s “cost-profit margin” of 545% at R1 prices: room for markups to fall.'),
    ],
    uncertainty: { dist: 'triangular', min: 0, mode: 0.3, max: 0.7 },
  },
];
