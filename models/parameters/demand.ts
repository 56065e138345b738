import type { ParameterDef } from '../schema';
import { ASSUMED, type DerivedSource, noted } from '../sources/article-source';
import { elasticitySources } from '../sources/demand-sources';
import {
  BASS_DIFFUSION,
  BICK_ADOPTION,
  CHATGPT_100M_USERS,
  CHATGPT_WEEKLY_USERS,
  DOUBAO_TOKENS,
  GOOGLE_TOKENS,
  SULTAN_BASS_META,
} from '../sources/external-demand';
import { A16Z_LLMFLATION, EPOCH_PRICE_DECLINE } from '../sources/external-prices';
import { Q001_MIGRATE } from '../sources/quotes-001';
import { Q002_APP_STORE, Q002_CLOUDS_ONBOARD } from '../sources/quotes-002';
import { Q004_HU_YANPING } from '../sources/quotes-004';
import { demandGrowthParameters } from './demand-growth';

/** The Bass path of the defaults, checked against the user counts published by the vintage. */
const BASS_FIT: DerivedSource = {
  kind: 'derived',
  ref: 'The Bass path of the defaults against the record',
  date: '2025-02-20',
  arithmetic:
    'F′ = (0.03 + 0.9·F)(1 − F) a year from F = 0.08 in January 2023, in monthly steps, gives F = 0.21 in January 2024 and 0.41 in January 2025: ×5.2 in two years. ChatGPT went from 100M monthly users (January 2023) to 300M weekly users (December 2024) and 400M (February 2025), a stricter measure, ×3–4; Doubao, Gemini and Copilot users come on top. Bick et al. found 39.4% of US adults had used generative AI by August 2024.',
  note: 'Innovation and imitation are fitted together; a higher q with a lower F0 fits as well. The calibration to 2023–24 observations may move them.',
};

/** Demand for tasks: its level, price response, lag, substitution between tiers and adoption. */
export const demandParameters: ParameterDef[] = [
  {
    id: 'elasticity',
    value: 1,
    unit: '–',
    // Not 0: with no price response at all, demand beyond the supply ceiling could only be
    // queued, never priced out, and the market would not clear.
    min: 0.05,
    max: 3,
    step: 0.01,
    scale: 'linear',
    timeVarying: true,
    group: 'demand',
    label: { en: 'Price elasticity of demand', zh: '需求价格弹性' },
    description: {
      en: 'Market elasticity η of the demand for tasks with respect to the quality-adjusted price index Π: desired tasks scale as (Π/Π0)^(−η), so 1% cheaper tasks (per unit of quality) bring η% more of them. Whether the efficiency shock saves compute or backfires turns on it: in the one-tier textbook case the rebound is η × computeCostShare.',
      zh: '任务需求相对于质量调整价格指数 Π 的市场弹性 η:期望任务量按 (Π/Π0)^(−η) 变化,单位质量的任务便宜 1%,任务多 η%。效率冲击是节省算力还是适得其反取决于它:在单一档位的教科书情形中,反弹 = η × 算力成本占比。',
    },
    sources: elasticitySources,
    uncertainty: { dist: 'triangular', min: 0.5, mode: 1, max: 2 },
  },
  {
    id: 'reservationSigma',
    value: 1.5,
    unit: 'ln-sd',
    min: 0.2,
    max: 4,
    step: 0.05,
    scale: 'linear',
    group: 'demand',
    label: { en: 'Spread of reservation values', zh: '保留价值离散度' },
    description: {
      en: 'Used only by the reservation demand curve: the standard deviation of ln(reservation value) across latent tasks, which are lognormally distributed. Demand is the share of tasks whose value exceeds the quality-adjusted price; 1.5 means the middle two-thirds of tasks span a factor e^3 ≈ 20 in value. Unlike a constant elasticity, this demand saturates as the price falls.',
      zh: '仅用于保留价值需求曲线:潜在任务的保留价值服从对数正态分布,此为 ln(保留价值) 的标准差。需求为价值高于质量调整价格的任务占比;1.5 表示中间三分之二的任务价值相差约 e^3 ≈ 20 倍。与恒定弹性不同,价格下降时这种需求会趋于饱和。',
    },
    sources: [
      {
        ...A16Z_LLMFLATION,
        note: 'A thousandfold fall in three years for the same performance: the tasks worth doing span orders of magnitude in value, which a wide lognormal spread represents.',
      },
      {
        kind: 'assumption',
        ref: 'σ = 1.5',
        date: ASSUMED,
        note: 'No source measures the distribution of willingness to pay for AI tasks. σ = 1.5 spreads tasks over about three orders of magnitude (±2σ = e^6 ≈ 400×); a smaller σ makes demand switch on abruptly near one price.',
      },
      noted(EPOCH_PRICE_DECLINE, 'Price falls of 9–900× a year depending on the task.'),
    ],
  },
  {
    id: 'demandLagMonths',
    value: 6,
    unit: 'months',
    mathUnit: 'month',
    min: 0,
    max: 36,
    step: 0.5,
    scale: 'linear',
    group: 'demand',
    label: { en: 'Demand adjustment lag', zh: '需求调整滞后' },
    description: {
      en: 'Time constant τ with which task demand follows a change in the quality-adjusted price: each month the price response closes 1 − e^(−1/τ) of its gap (~15% at 6 months). Growth from adoption, tasks per user and tokens per task is not lagged. 0 = demand responds at once.',
      zh: '任务需求追随质量调整价格变化的时间常数 τ:价格响应每月缩小差距的 1 − e^(−1/τ)(6个月时约15%)。普及、人均任务与单任务token带来的增长不受滞后影响。0 表示即时响应。',
    },
    sources: [
      {
        ...Q002_CLOUDS_ONBOARD,
        note: 'Supply adjusted in days; the demand of applications built on it takes longer.',
      },
      {
        kind: 'assumption',
        ref: 'τ = 6 months',
        date: ASSUMED,
        note: 'New uses of cheaper tasks need products built and adopted (000: “有利于开发者进行更多的应用创新与落地”); half a year is a typical product cycle for API customers.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 1 … 6 … 18 months: from API users who switch in weeks to enterprise adoption cycles of a year and a half.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 1, mode: 6, max: 18 },
  },
  {
    id: 'substitutionElasticity',
    value: 1.5,
    unit: '–',
    min: 0.2,
    max: 5,
    step: 0.05,
    scale: 'linear',
    group: 'demand',
    label: { en: 'Substitution between tiers', zh: '档位间替代弹性' },
    description: {
      en: 'Elasticity of substitution σ between tiers: each tier’s share of tasks is proportional to a_i · π_i^(1−σ), with π_i its quality-adjusted price per task. Above 1 a tier that gets relatively cheaper (or better) wins tasks from the others; at 1 shares never move; below 1 tiers are complements. It is how the quality shock moves work to the commodity tier.',
      zh: '档位之间的替代弹性 σ:各档位的任务份额与 a_i · π_i^(1−σ) 成正比,π_i 为其质量调整后的单任务价格。大于 1 时相对变便宜(或变好)的档位从其他档位夺得任务;等于 1 时份额不变;小于 1 时各档互补。质量冲击正是借此把工作转向低价档。',
    },
    sources: [
      {
        ...Q001_MIGRATE,
        note: 'Developers plan to move to the cheaper model: tiers are substitutes (σ > 1).',
      },
      {
        ...Q002_CLOUDS_ONBOARD,
        note: 'Switching a workload to another model on the same cloud is a configuration change.',
      },
      {
        ...Q004_HU_YANPING,
        note: 'But a model is more than benchmark quality (modalities, agents, app ecosystem), so tiers are far from perfect substitutes.',
      },
      {
        kind: 'assumption',
        ref: 'σ = 1.5',
        date: ASSUMED,
        note: 'Above 1, so a cheaper tier of equal quality gains share, as 001 reports developers planning; well below the values of near-identical goods, because tiers differ in latency, context length, modalities, tools and trust, and many tasks stay where their prompts were tuned. No source measures it for AI models before the vintage.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 0.8 … 1.5 … 4: from shares that barely move (lock-in to a provider and its tools) to tiers traded almost as commodities once the same open model is on every cloud.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 0.8, mode: 1.5, max: 4 },
  },
  {
    id: 'bassInnovationPerYear',
    value: 0.03,
    unit: '/yr',
    min: 0,
    max: 0.5,
    step: 0.005,
    scale: 'linear',
    group: 'demand',
    label: { en: 'Adoption: innovation (Bass p)', zh: '普及:创新系数(Bass p)' },
    description: {
      en: 'Coefficient p of the Bass diffusion of users, F′ = (p + q·F)(1 − F) a year: the rate at which potential users start on their own (news, advertising), however few already use AI. The share of potential users F multiplies the tasks demanded.',
      zh: 'Bass用户扩散模型 F′ = (p + q·F)(1 − F)(每年)中的系数 p:潜在用户自行开始使用的速率(新闻、广告),与已有多少人使用无关。潜在用户中的使用比例 F 乘到任务需求上。',
    },
    sources: [
      BASS_DIFFUSION,
      { ...SULTAN_BASS_META, note: 'The average p across published diffusion studies is the default.' },
      BASS_FIT,
    ],
  },
  {
    id: 'bassImitationPerYear',
    value: 0.9,
    unit: '/yr',
    min: 0,
    max: 3,
    step: 0.01,
    scale: 'linear',
    group: 'demand',
    label: { en: 'Adoption: imitation (Bass q)', zh: '普及:模仿系数(Bass q)' },
    description: {
      en: 'Coefficient q of the Bass diffusion, F′ = (p + q·F)(1 − F) a year: how fast adoption spreads from those who already use AI to those who do not (word of mouth, colleagues, products that embed it). Higher q gives a steeper S-curve.',
      zh: 'Bass扩散模型 F′ = (p + q·F)(1 − F)(每年)中的系数 q:AI从已用者传到未用者的速度(口碑、同事、内嵌AI的产品)。q 越大,S形曲线越陡。',
    },
    sources: [
      {
        ...SULTAN_BASS_META,
        note: 'q ≈ 0.38 is the average for consumer durables; generative AI spread faster than any of them.',
      },
      BICK_ADOPTION,
      { ...CHATGPT_100M_USERS, note: 'The fastest-growing user base recorded at the time.' },
      {
        ...Q002_APP_STORE,
        note: 'DeepSeek topped the app stores a week after R1: adoption by word of mouth.',
      },
      BASS_FIT,
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 0.4 … 0.9 … 1.8: from the consumer-durable average to twice the fitted rate.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 0.4, mode: 0.9, max: 1.8 },
  },
  {
    id: 'adoptionStartShare',
    value: 0.08,
    unit: 'share',
    min: 0.001,
    max: 0.9,
    step: 0.001,
    scale: 'log',
    group: 'demand',
    label: { en: 'Adoption at the start', zh: '起始普及率' },
    description: {
      en: 'F0: the share of potential users who used generative AI in January 2023, where the Bass diffusion starts. With the ceiling at F = 1, 0.08 reads January 2023’s ~100M users as 8% of an eventual ~1.25 billion.',
      zh: 'F0:2023年1月已使用生成式AI的潜在用户比例,Bass扩散由此开始。以 F = 1 为上限,0.08 即把2023年1月约1亿用户看作最终约12.5亿用户的 8%。',
    },
    sources: [
      CHATGPT_100M_USERS,
      {
        kind: 'derived',
        ref: '100M of ~1.25 billion potential users',
        date: '2023-02-01',
        arithmetic:
          '100e6 monthly ChatGPT users (January 2023) / 0.08 = 1.25e9 potential users: about a quarter of the world’s internet users, the scale of the largest consumer apps.',
      },
      BASS_FIT,
      CHATGPT_WEEKLY_USERS,
    ],
  },
  {
    id: 'tokensPerMonth',
    value: 5e12,
    unit: 'tokens/month',
    mathUnit: 'token/month',
    min: 1e10,
    max: 1e16,
    step: 1e9,
    scale: 'log',
    group: 'demand',
    label: { en: 'Tokens per month at the start', zh: '起始每月token量' },
    description: {
      en: 'Tokens served per month across the market in January 2023, all tiers together: the scale of demand. It fixes the number of tasks at the start (with the tiers’ shares and tokens per task); compute, revenue and the fleet needed for inference scale with it.',
      zh: '2023年1月全市场(各档位合计)每月处理的token数,即需求的规模。它(连同各档份额与单任务token)确定起始任务量;推理所需算力、收入与机群随之成比例变化。',
    },
    sources: [
      CHATGPT_100M_USERS,
      {
        kind: 'derived',
        ref: 'ChatGPT’s first months, plus the API',
        date: '2023-02-01',
        arithmetic:
          '~13M daily ChatGPT users × ~10 messages × ~1,000 tokens (prompt with conversation history, plus reply) = 1.3e11 tokens a day ≈ 4e12 a month; the GPT-3 API and the few other services of early 2023 add about as much again at most: ~5e12 tokens a month.',
        note: 'Messages per user and tokens per message were not published; each factor is uncertain by about 2×.',
      },
      {
        kind: 'derived',
        ref: 'Back-cast from December 2024',
        date: '2024-12-18',
        arithmetic:
          'ChatGPT 1B messages a day × ~1,000 tokens ≈ 3e13 tokens a month (2024-12-04); Doubao 4e12 a day = 1.2e14 a month (2024-12-18): the market was a few × 1e14 a month by the end of 2024. From 5e12, the defaults’ growth without any price response — adoption ×5.2, tasks per user 1.3² = 1.69, tokens per task 1.5² = 2.25 — gives ×20 = 1e14 by then, and cheaper, better tasks add the rest.',
      },
      DOUBAO_TOKENS,
      {
        kind: 'assumption',
        ref: 'A level the calibration fits',
        date: ASSUMED,
        note: 'Together with the growth rates, the level is fitted to the 2023–24 observations published by the vintage (in-sample-2023-2025.md); the default is the hand estimate above.',
      },
      noted(GOOGLE_TOKENS, 'Google alone served ~1e13 tokens a month in May 2024.'),
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: lognormal, median 5e12, σ = 0.7: the central 90% spans ÷3.2 to ×3.2, since messages per user and tokens per message in early 2023 are known only to about 2× each. Compute and revenue scale with it; the rebound hardly does.',
      },
    ],
    uncertainty: { dist: 'lognormal', median: 5e12, sigma: 0.7 },
  },
  ...demandGrowthParameters,
];
