import type { Preset } from './schema';
import { EPOCH_PRICE_DECLINE, FOUQUET_PEARSON_LIGHTING } from './sources/external';
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
import { Q004_FEWER_CHIPS } from './sources/quotes-004';

/** The preset the app and `jevons run` start from: the shock as the articles describe it. */
export const DEFAULT_PRESET_ID = 'deepseek-shock';

/** Named scenarios, each encoding one view from the articles. Parameters override catalogue defaults. */
export const presets: Preset[] = [
  {
    id: 'pre-deepseek',
    label: { en: 'Before DeepSeek', zh: 'DeepSeek之前' },
    description: {
      en: 'The world as priced before R1: no cheap challenger and no training-efficiency shock; prices still fall at the background rate.',
      zh: 'R1之前市场定价所依据的世界:没有低价挑战者,也没有训练效率冲击;价格仍按背景速度下降。',
    },
    view: [
      {
        ...Q002_CAPITAL_BELIEF,
        note: 'The belief the shock overturned: only ever-larger investment buys a seat at the table.',
      },
      {
        kind: 'assumption',
        ref: 'Shock off, trends on',
        note: 'challengerShareMax = 0 removes the cheap challenger, incumbentResponse = 0 the incumbent’s answer to it, and trainingEfficiencyAdoption = 0 the cheaper training; every other default stays, so the comparison with deepseek-shock isolates the shock.',
      },
    ],
    parameters: { challengerShareMax: 0, trainingEfficiencyAdoption: 0, incumbentResponse: 0 },
  },
  {
    id: 'deepseek-shock',
    label: { en: 'The DeepSeek shock', zh: 'DeepSeek冲击' },
    description: {
      en: 'The catalogue defaults: R1 at ~1/27 of o1’s price takes 40% of tokens, a DeepSeek-style 7% training cost spreads to 30% of training, demand elasticity 1.0 and tokens per task growing 1.5×/yr.',
      zh: '参数目录默认值:R1以约o1的1/27的价格拿下40%的token份额,DeepSeek式7%的训练成本推广到30%的训练,需求弹性1.0,单任务token每年增长1.5倍。',
    },
    view: [
      {
        ...Q002_API_PRICES,
        note: 'The price shock: (3×0.55+2.19)/4 = 0.96 vs (3×15+60)/4 = 26.25 USD/Mtok.',
      },
      { ...Q001_LLAMA3, note: 'The training shock: 2.788M / 39.3M GPU-hours ≈ 7%.' },
      Q001_MIGRATE,
    ],
    parameters: {},
  },
  {
    id: 'jevons-bull',
    label: { en: 'Jevons bull', zh: '杰文斯乐观派' },
    description: {
      en: 'Cheap AI becomes as ubiquitous as the internet: elastic demand (1.4, towards lighting’s 19th-century peak), faster and wider adoption, longer reasoning per task.',
      zh: '廉价AI像互联网一样无处不在:需求富有弹性(1.4,趋近19世纪照明的峰值),普及更快更广,单任务推理更长。',
    },
    view: [
      Q003_KASS_JEVONS,
      Q000_INFERENCE_DEMAND,
      Q000_JEVONS,
      { ...Q001_TRUMP, note: 'Said on 2025-01-28, the day after the sell-off.' },
      {
        ...FOUQUET_PEARSON_LIGHTING,
        note: 'Elasticity 1.4 sits between unit elasticity and lighting’s −1.7.',
      },
      {
        kind: 'assumption',
        ref: 'Bull settings',
        note: 'Adoption reaches 4× the start (businesses and agents, not only people, become users) with its midpoint a year out; tokens per task grow 1.8×/yr, towards Epoch’s 2.2× for non-reasoning output. Constant elasticity compounds: with ε = 1.4 and prices falling 5.5× a year, demand for compute outruns any fleet within a year, so this preset shows the bull case’s logic, not a forecast of spend.',
      },
    ],
    parameters: {
      elasticity: 1.4,
      adoptionCeiling: 4,
      adoptionMidpointMonths: 12,
      tokensPerTaskGrowthPerYear: 1.8,
    },
  },
  {
    id: 'efficiency-bear',
    label: { en: 'Efficiency bear', zh: '效率悲观派' },
    description: {
      en: 'Efficiency wins and spending falls: inelastic demand (0.5), tokens per task grow slowly (1.3×/yr), most training adopts DeepSeek’s methods, the challenger takes more share and incumbents cut prices hard.',
      zh: '效率胜出、支出下降:需求缺乏弹性(0.5),单任务token增长缓慢(每年1.3倍),大部分训练采用DeepSeek的方法,挑战者份额更高,在位者大幅降价。',
    },
    view: [
      Q002_KARPATHY,
      Q003_UBS_CAPEX_DOWN,
      Q003_CHEAPER_SPEND,
      Q002_BURNING_MONEY,
      Q004_FEWER_CHIPS,
      Q001_GPU_VISIBILITY,
      { ...Q002_OPENAI_FREE_SEARCH, note: 'The incumbent answers on price (incumbentResponse 0.8).' },
      {
        kind: 'assumption',
        ref: 'Elasticity below the break-even',
        note: 'With this preset’s shock the break-even elasticity is about 0.7 (the Jevons panel reports the live value), so the bear case needs demand below it: 0.5, between the catalogue’s low uncertainty bound and inelastic; tokens per task grow at 1.3×/yr, the low end of their range, as the bear reads long reasoning as a passing phase.',
      },
    ],
    parameters: {
      elasticity: 0.5,
      tokensPerTaskGrowthPerYear: 1.3,
      trainingEfficiencyAdoption: 0.8,
      challengerShareMax: 0.6,
      incumbentResponse: 0.8,
      trainingGrowthPerYear: 1.2,
    },
  },
  {
    id: 'epoch-fast-decline',
    label: { en: 'Epoch’s fast price decline', zh: 'Epoch快速降价' },
    description: {
      en: 'The price of a fixed capability falls 40× a year (Epoch AI, GPT-4-level science questions) instead of Kass’s 5.5×, because the compute that capability needs falls 20× a year (smaller, distilled models) on top of better hardware.',
      zh: '固定能力的价格每年下降40倍(Epoch AI,GPT-4水平科学问答),而非卡斯所说的5.5倍;原因是该能力所需算力每年下降20倍(更小的蒸馏模型),再加上硬件进步。',
    },
    view: [
      EPOCH_PRICE_DECLINE,
      { ...Q003_KASS_PRICE_HISTORY, note: 'Kass expects the trend towards cheaper models to continue.' },
      {
        kind: 'assumption',
        ref: 'Costs keep pace with a 40× price fall',
        note: 'A 40×/yr price fall with compute per token falling only 3×/yr would push prices below serving cost within about a year and a half (margin 96% → negative). A fixed capability gets that cheap because ever smaller models reach it, so this preset lets FLOP per token fall 20×/yr (the slider’s maximum; × 1.4 hardware = 28×/yr cost decline).',
      },
    ],
    parameters: { priceDeclinePerYear: 40, algorithmicGainPerYear: 20 },
  },
  {
    id: 'reservation-curve',
    label: { en: 'Reservation-price demand', zh: '保留价格需求曲线' },
    description: {
      en: 'The default shock with demand from lognormal reservation prices: cheaper tokens unlock use cases whose value lay below the old price, and the elasticity changes with price instead of staying constant.',
      zh: '默认冲击,但需求来自对数正态分布的保留价格:更便宜的token解锁了价值低于原价的用例,弹性随价格变化而非恒定。',
    },
    view: [
      {
        ...Q000_SMALL_MODELS,
        note: 'Cheap reasoning opens applications that were not worth their cost at the old price: the latent use cases a reservation-price curve counts.',
      },
      {
        ...Q001_GPU_DEMAND,
        note: 'More users at lower prices, but with limits: unlike constant elasticity, this curve saturates once the cheapest use cases are served.',
      },
    ],
    parameters: {},
    demandCurve: 'reservation',
  },
];

/** Lookup by preset id. */
export const presetById: Record<string, Preset> = Object.fromEntries(presets.map((p) => [p.id, p]));
