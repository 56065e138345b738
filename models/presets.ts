import type { Preset } from './schema';
import { ASSUMED, noted } from './sources/article-source';
import { FOUQUET_PEARSON_LIGHTING, REBOUND_DEFINITION } from './sources/external-economics';
import { A16Z_LLMFLATION, ALTMAN_THREE_OBSERVATIONS, EPOCH_PRICE_DECLINE } from './sources/external-prices';
import { Q000_INFERENCE_DEMAND, Q000_JEVONS, Q000_SMALL_MODELS } from './sources/quotes-000';
import {
  Q001_GPU_DEMAND,
  Q001_GPU_VISIBILITY,
  Q001_LLAMA3,
  Q001_MIGRATE,
  Q001_TRUMP,
} from './sources/quotes-001';
import {
  Q002_API_PRICES,
  Q002_BURNING_MONEY,
  Q002_CAPITAL_BELIEF,
  Q002_KARPATHY,
  Q002_OPENAI_FREE_SEARCH,
} from './sources/quotes-002';
import {
  Q003_CHEAPER_SPEND,
  Q003_KASS_JEVONS,
  Q003_KASS_PRICE_HISTORY,
  Q003_UBS_CAPEX_DOWN,
} from './sources/quotes-003';
import { Q004_FEWER_CHIPS, Q004_LI_MORE_CARDS, Q004_R1_MATCHES_O1 } from './sources/quotes-004';

/** The preset the app and `jevons run` start from: the shock as the articles describe it. */
export const DEFAULT_PRESET_ID = 'deepseek-shock';

/** Named scenarios, each encoding one view from the articles. Parameters override catalogue defaults. */
export const presets: Preset[] = [
  {
    id: 'pre-deepseek',
    label: { en: 'Before DeepSeek', zh: 'DeepSeek之前' },
    description: {
      en: 'The world as priced before R1: none of the shock’s three levers — no efficient models spreading, no frontier quality at commodity prices, no markup cut, no cheaper training. Capability, adoption and hardware keep improving at their background rates.',
      zh: 'R1之前市场定价所依据的世界:冲击的三个杠杆全部关闭——没有高效模型扩散,没有低价档达到前沿质量,没有加价削减,也没有更便宜的训练。能力、普及与硬件仍按背景速度进步。',
    },
    view: [
      {
        ...Q002_CAPITAL_BELIEF,
        note: 'The belief the shock overturned: only ever-larger investment buys a seat at the table.',
      },
      {
        kind: 'assumption',
        ref: 'All three levers off, trends on',
        date: ASSUMED,
        note: 'challengerShareMax = 0 (efficiency), qualityShock = 0 (quality), incumbentResponse = 0 (competition) and trainingEfficiencyAdoption = 0 (cheaper training); every other default stays, so the comparison with deepseek-shock isolates the shock.',
      },
    ],
    parameters: {
      challengerShareMax: 0,
      qualityShock: 0,
      incumbentResponse: 0,
      trainingEfficiencyAdoption: 0,
    },
  },
  {
    id: 'deepseek-shock',
    label: { en: 'The DeepSeek shock', zh: 'DeepSeek冲击' },
    description: {
      en: 'The catalogue defaults: from January 2025 DeepSeek-style models spread to 40% of tokens at 0.185 of the compute, the commodity tier closes 80% of its quality gap to the frontier (R1 ≈ o1 at ~1/27 of its price), markups fall by 30%, and 30% of training adopts a method needing 7% of the GPU-hours, half of the gain re-spent; elasticity 1.0.',
      zh: '参数目录默认值:自2025年1月起,DeepSeek式模型以0.185的算力扩散到40%的token,低价档弥合与前沿档80%的质量差距(R1≈o1,价格约为其1/27),加价率下降30%,30%的训练采用只需7%GPU小时的方法且一半收益被再投入;弹性1.0。',
    },
    view: [
      {
        ...Q004_R1_MATCHES_O1,
        note: 'The quality lever: an open model at commodity prices matches the frontier.',
      },
      {
        ...Q002_API_PRICES,
        note: 'Where the price chart stands at the shock: (3×0.55+2.19)/4 = 0.96 against (3×15+60)/4 = 26.25 USD/Mtok.',
      },
      { ...Q001_MIGRATE, note: 'The efficiency lever spreads as developers migrate.' },
      { ...Q002_OPENAI_FREE_SEARCH, note: 'The competition lever: incumbents answer.' },
      { ...Q001_LLAMA3, note: 'The training lever: 2.788M / 39.3M GPU-hours ≈ 7%.' },
    ],
    parameters: {},
  },
  {
    id: 'jevons-bull',
    label: { en: 'Jevons bull', zh: '杰文斯乐观派' },
    description: {
      en: 'Cheap AI becomes as ubiquitous as the internet: elastic demand (1.4, towards lighting’s 19th-century peak), faster adoption, more tasks per user, longer tasks, and training savings re-spent on bigger runs.',
      zh: '廉价AI像互联网一样无处不在:需求富有弹性(1.4,趋近19世纪照明的峰值),普及更快,人均任务更多,任务更长,训练节省被再投入更大的训练。',
    },
    view: [
      Q003_KASS_JEVONS,
      Q000_INFERENCE_DEMAND,
      Q000_JEVONS,
      { ...Q001_TRUMP, note: 'Said on 2025-01-28, the day after the sell-off.' },
      { ...Q004_LI_MORE_CARDS, note: 'Training savings go into more experiments: trainingRebound 0.9.' },
      {
        ...FOUQUET_PEARSON_LIGHTING,
        note: 'Elasticity 1.4 sits between unit elasticity and lighting’s −1.7.',
      },
      {
        kind: 'assumption',
        ref: 'Bull settings',
        date: ASSUMED,
        note: 'Elasticity 1.4, above the textbook break-even of 1/computeCostShare = 1.25; imitation q 1.3 (adoption spreads faster); tasks per user 1.6× and tokens per task 1.8× a year (agents and reasoning); trainingRebound 0.9 (labs spend efficiency on scale).',
      },
    ],
    parameters: {
      elasticity: 1.4,
      bassImitationPerYear: 1.3,
      tasksPerUserGrowthPerYear: 1.6,
      tokensPerTaskGrowthPerYear: 1.8,
      trainingRebound: 0.9,
    },
  },
  {
    id: 'efficiency-bear',
    label: { en: 'Efficiency bear', zh: '效率悲观派' },
    description: {
      en: 'Efficiency wins and spending falls: inelastic demand (0.5), slowly growing use, efficient models take more share, incumbents cut markups hard, and most training adopts DeepSeek’s methods and banks the saving.',
      zh: '效率胜出、支出下降:需求缺乏弹性(0.5),使用增长缓慢,高效模型份额更高,在位者大幅削减加价,大部分训练采用DeepSeek的方法并把节省留存下来。',
    },
    view: [
      Q002_KARPATHY,
      Q003_UBS_CAPEX_DOWN,
      Q003_CHEAPER_SPEND,
      Q002_BURNING_MONEY,
      Q004_FEWER_CHIPS,
      Q001_GPU_VISIBILITY,
      { ...Q002_OPENAI_FREE_SEARCH, note: 'Incumbents answer on price: incumbentResponse 0.6.' },
      {
        kind: 'assumption',
        ref: 'Bear settings',
        date: ASSUMED,
        note: 'Elasticity 0.5, well below the textbook break-even of 1.25; tasks per user 1.1× and tokens per task 1.3× a year (long reasoning as a passing phase); efficient models take 60% of tokens; markups cut by 60%; 80% of training adopts the 7% method with trainingRebound 0.1 (Karpathy: super-large clusters may not be needed) and the budget grows only 1.5× a year.',
      },
    ],
    parameters: {
      elasticity: 0.5,
      tasksPerUserGrowthPerYear: 1.1,
      tokensPerTaskGrowthPerYear: 1.3,
      challengerShareMax: 0.6,
      incumbentResponse: 0.6,
      trainingEfficiencyAdoption: 0.8,
      trainingRebound: 0.1,
      trainingGrowthPerYear: 1.5,
    },
  },
  {
    id: 'epoch-fast-decline',
    label: { en: 'Fast capability growth', zh: '能力快速增长' },
    description: {
      en: 'Capability grows fast: every tier’s quality doubles twice a year (4×) and compute per token within a tier halves yearly, so the price of a fixed capability falls about tenfold a year, as a16z and Altman describe. (The id keeps its version-1 name so saved links still work.)',
      zh: '能力快速增长:各档质量每年提升4倍,档内每token算力每年减半,因此固定能力的价格每年下降约十倍,正如a16z与奥尔特曼所描述。(此预设沿用第1版的id,以免已保存的链接失效。)',
    },
    view: [
      { ...Q003_KASS_PRICE_HISTORY, note: 'Kass expects the trend towards cheaper models to continue.' },
      {
        ...Q000_SMALL_MODELS,
        note: 'Small models gain reasoning: capability moves down the tiers fast.',
      },
      A16Z_LLMFLATION,
      ALTMAN_THREE_OBSERVATIONS,
      {
        kind: 'assumption',
        ref: 'Tenfold a year',
        date: ASSUMED,
        note: 'qualityGrowthPerYear 4 × algorithmicGainPerYear 2 × hardwareGainPerYear 1.35 = 10.8× a year fall in the price of a fixed capability at constant markups, against the defaults’ 3.8×. In version 1 this preset was a 40× yearly price fall (Epoch AI); prices now follow cost, so the same view is expressed as fast capability and efficiency growth.',
      },
      noted(EPOCH_PRICE_DECLINE, 'The 40× a year for one benchmark task that named the preset in version 1.'),
    ],
    parameters: { qualityGrowthPerYear: 4, algorithmicGainPerYear: 2 },
  },
  {
    id: 'reservation-curve',
    label: { en: 'Reservation-value demand', zh: '保留价值需求曲线' },
    description: {
      en: 'The default shock with demand from lognormal reservation values: cheaper, better tasks unlock uses whose value lay below the old price, and the elasticity changes with price instead of staying constant.',
      zh: '默认冲击,但需求来自对数正态分布的保留价值:更便宜、更好的任务解锁了价值低于原价的用途,弹性随价格变化而非恒定。',
    },
    view: [
      {
        ...Q000_SMALL_MODELS,
        note: 'Cheap reasoning opens applications that were not worth their cost at the old price: the latent tasks a reservation-value curve counts.',
      },
      {
        ...Q001_GPU_DEMAND,
        note: 'More users at lower prices, but with limits: unlike constant elasticity, this curve saturates once the cheapest uses are served.',
      },
    ],
    parameters: {},
    demandCurve: 'reservation',
  },
  {
    id: 'textbook',
    label: { en: 'Textbook rebound', zh: '教科书式反弹' },
    description: {
      en: 'The classic rebound experiment, stripped of everything else: one tier, compute supplied at a constant cost, compute the only cost, no growth, lags or other levers, and a small pure efficiency shock. The rebound is then η × computeCostShare = 1: backfire needs η above 1 / computeCostShare.',
      zh: '剥离其他一切的经典反弹实验:单一档位,算力以不变成本供给,算力是唯一成本,没有增长、滞后或其他杠杆,只有一次小幅的纯效率冲击。此时反弹 = η × 算力成本占比 = 1:适得其反需要 η 高于 1 / 算力成本占比。',
    },
    view: [
      {
        ...Q000_JEVONS,
        note: 'The steam engine and coal: the textbook case this preset isolates.',
      },
      REBOUND_DEFINITION,
      {
        kind: 'assumption',
        ref: 'The classic rebound experiment, R = η·s_c',
        date: ASSUMED,
        note: 'One tier (mainstream and commodity token shares 0); perfectly elastic compute (scarcityExponent 0: the fleet is rented as needed at the user cost, the rental price never moves, nothing is rationed); compute the whole marginal cost (computeCostShare 1); constant markups (incumbentResponse 0), no quality lever (qualityShock 0) and no training shock (trainingEfficiencyAdoption 0, so training is the same in every run and cancels out of R); no growth in tokens per task, quality, tasks per user, adoption (Bass p = q = 0), compute per token or hardware; no demand lag and no price stickiness; and a small pure efficiency shock: 10% of tokens at half the compute, at once. A small efficiency gain lowers the price by s_c of it, so R = η·s_c: backfire iff η·s_c > 1, break-even η* = 1/s_c (= 1 here). With elasticity 1 this is the boundary case; move elasticity or computeCostShare to see either side. This is the analytic anchor of DESIGN.md that the engine’s tests pin.',
      },
    ],
    parameters: {
      mainstreamTokenShare: 0,
      commodityTokenShare: 0,
      scarcityExponent: 0,
      computeCostShare: 1,
      incumbentResponse: 0,
      qualityShock: 0,
      trainingEfficiencyAdoption: 0,
      tokensPerTaskGrowthPerYear: 1,
      qualityGrowthPerYear: 1,
      tasksPerUserGrowthPerYear: 1,
      bassInnovationPerYear: 0,
      bassImitationPerYear: 0,
      demandLagMonths: 0,
      priceStickinessMonths: 0,
      algorithmicGainPerYear: 1,
      hardwareGainPerYear: 1,
      challengerShareMax: 0.1,
      challengerFlopsRatio: 0.5,
      challengerShareMonths: 0,
      elasticity: 1,
    },
  },
];

/** Lookup by preset id. */
export const presetById: Record<string, Preset> = Object.fromEntries(presets.map((p) => [p.id, p]));
