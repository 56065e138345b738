import type { ParameterDef } from '../schema';
import { TOKENS_CALIBRATION } from '../sources/calibration';
import { elasticitySources } from '../sources/demand-sources';
import {
  ANTHROPIC_MULTI_AGENT,
  BICK_ADOPTION,
  CHATGPT_WEEKLY_USERS,
  DELOITTE_INFERENCE_SHARE,
  EPOCH_CHIP_COUNT,
  EPOCH_PRICE_DECLINE,
  EPOCH_RESPONSE_LENGTH,
  GUNDLACH_PRICE_OF_PROGRESS,
  R1_MODEL_CARD_TOKENS,
} from '../sources/external';
import { Q000_SMALL_MODELS } from '../sources/quotes-000';
import { Q002_APP_STORE, Q002_CLOUDS_ONBOARD } from '../sources/quotes-002';

/** Token demand: its level, price response, lag, and the non-price growth of adoption and tokens per task. */
export const demandParameters: ParameterDef[] = [
  {
    id: 'tokensPerMonth',
    value: 2.14e15,
    unit: 'tokens/month',
    mathUnit: 'token/month',
    min: 1e12,
    max: 1e18,
    step: 1e12,
    scale: 'log',
    group: 'demand',
    label: { en: 'Tokens per month at start', zh: '起始每月token量' },
    description: {
      en: 'Q0: tokens served per month across the market at month 0, the scale of demand Q*(t) = Q0 · D(P/P0) · A(t) · K(t). GPU-hours, spend and revenue all scale linearly with it.',
      zh: 'Q0:第 0 个月全市场每月处理的token数,需求 Q*(t) = Q0 · D(P/P0) · A(t) · K(t) 的规模。GPU小时、支出与收入都与它成正比。',
    },
    sources: [
      TOKENS_CALIBRATION,
      EPOCH_CHIP_COUNT,
      DELOITTE_INFERENCE_SHARE,
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: lognormal, median 2.14e15, σ = 0.4: the central 90% spans ÷1.9 to ×1.9, covering an inference share from 1/3 to 2/3 of the fleet (Deloitte’s 2023 and 2025 figures and beyond) and non-Nvidia accelerators left out of Epoch’s count. Spend scales linearly with it; the rebound does not depend on it.',
      },
    ],
    uncertainty: { dist: 'lognormal', median: 2.14e15, sigma: 0.4 },
  },
  {
    id: 'elasticity',
    value: 1,
    unit: '–',
    min: 0,
    max: 3,
    step: 0.01,
    scale: 'linear',
    timeVarying: true,
    group: 'demand',
    label: { en: 'Price elasticity of demand', zh: '需求价格弹性' },
    description: {
      en: 'Magnitude ε of the long-run price elasticity of token demand: D(x) = x^(−ε) with x = P/P0, so a 1% lower price brings ε% more tokens. Above 1, spending on tokens rises as the price falls; the reservation curve is calibrated to the same point elasticity at P0.',
      zh: 'token需求长期价格弹性的绝对值 ε:D(x) = x^(−ε),x = P/P0,价格下降 1% 带来 ε% 的token增量。大于 1 时,价格越低,token总支出越高;保留价格曲线在 P0 处校准到同一点弹性。',
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
    label: { en: 'Spread of reservation prices', zh: '保留价格离散度' },
    description: {
      en: 'Used only by the reservation demand curve: the standard deviation of ln(reservation price) across latent use cases, which are lognormally distributed. Demand is the share of use cases whose reservation price exceeds P; 1.5 means the middle two-thirds of use cases span a factor e^3 ≈ 20 in willingness to pay. Unlike x^(−ε), this demand saturates as the price falls.',
      zh: '仅用于保留价格需求曲线:潜在用例的保留价格服从对数正态分布,此为 ln(保留价格) 的标准差。需求为保留价格高于 P 的用例占比;1.5 表示中间三分之二的用例支付意愿相差约 e^3 ≈ 20 倍。与 x^(−ε) 不同,价格下降时这种需求会趋于饱和。',
    },
    sources: [
      {
        ...EPOCH_PRICE_DECLINE,
        note: 'Prices fall 9–900× a year depending on the task: the value of tasks to users differs by orders of magnitude, which a wide lognormal spread represents.',
      },
      {
        kind: 'assumption',
        ref: 'σ = 1.5',
        note: 'No source measures the distribution of willingness to pay for tokens. σ = 1.5 spreads use cases over about three orders of magnitude (±2σ = e^6 ≈ 400×), matching the spread of task prices; smaller σ makes demand switch on abruptly near one price.',
      },
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
      en: 'Time constant τ of demand adjustment: each month demand closes a fraction 1 − e^(−1/τ) of the gap to its equilibrium Q*(t). 0 means demand responds at once; 6 means ~15% of the gap closes per month.',
      zh: '需求调整的时间常数 τ:每月需求向均衡值 Q*(t) 缩小差距的比例为 1 − e^(−1/τ)。0 表示即时响应;6 表示每月缩小约 15% 的差距。',
    },
    sources: [
      {
        ...Q002_CLOUDS_ONBOARD,
        note: 'Supply adjusted in days; the demand of applications built on it takes longer.',
      },
      {
        kind: 'assumption',
        ref: 'τ = 6 months',
        note: 'New uses of cheaper tokens need products built and adopted (000: “有利于开发者进行更多的应用创新与落地”); half a year is a typical product cycle for API customers.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 1 … 6 … 18 months: from API users who switch in weeks to enterprise adoption cycles of a year and a half.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 1, mode: 6, max: 18 },
  },
  {
    id: 'adoptionCeiling',
    value: 2.5,
    unit: '× of start',
    min: 1,
    max: 20,
    step: 0.1,
    scale: 'log',
    group: 'demand',
    label: { en: 'Adoption ceiling', zh: '普及上限' },
    description: {
      en: 'Where the logistic adoption index A(t) ends: A rises from 1 at the start to this multiple of start-of-2025 usage, independent of price (more users and applications at the same price).',
      zh: '逻辑斯蒂普及指数 A(t) 的终点:A 从起始时的 1 上升到 2025 年初使用量的这一倍数,与价格无关(同一价格下更多的用户与应用)。',
    },
    sources: [
      BICK_ADOPTION,
      {
        kind: 'derived',
        ref: 'From 39.4% of adults to all of them',
        arithmetic:
          '1 / 0.394 = 2.54 ≈ 2.5: if every adult used generative AI at today’s intensity per user, usage would be 2.5× the level when 39.4% had used it (Bick et al.).',
        note: 'A ceiling on user count only; more use per user is carried by tokensPerTaskGrowthPerYear and the price response.',
      },
      CHATGPT_WEEKLY_USERS,
      Q002_APP_STORE,
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 1.5 … 2.5 … 5: below the derived 2.5 if “ever used” overstates regular use, above it if businesses and agents (not people) become the main users.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 1.5, mode: 2.5, max: 5 },
  },
  {
    id: 'adoptionMidpointMonths',
    value: 18,
    unit: 'months',
    mathUnit: 'month',
    min: 0,
    max: 120,
    step: 1,
    scale: 'linear',
    group: 'demand',
    label: { en: 'Adoption midpoint', zh: '普及中点' },
    description: {
      en: 'Month (from start) of the inflection of the logistic adoption index A(t), where A is half-way between 1 and adoptionCeiling.',
      zh: '逻辑斯蒂普及指数 A(t) 拐点所在的月份(从起始月起算),此时 A 位于 1 与普及上限的正中。',
    },
    sources: [
      {
        ...CHATGPT_WEEKLY_USERS,
        note: '300M → 400M weekly users in about two months (+33%): adoption is in its steep phase in early 2025.',
      },
      {
        kind: 'assumption',
        ref: 'Mid-2026',
        note: 'Bick et al.: generative AI reached 39.4% of US adults in two years, faster than PCs and the internet (20% in 2–3 years). With the steep phase under way, the midpoint is placed 18 months after January 2025.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 6 … 18 … 36 months: from a midpoint already in 2025 (users up a third in two months) to one three years out, as for PCs and the internet.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 6, mode: 18, max: 36 },
  },
  {
    id: 'tokensPerTaskGrowthPerYear',
    value: 1.5,
    unit: '×/yr',
    min: 0.5,
    max: 10,
    step: 0.05,
    scale: 'log',
    group: 'demand',
    label: { en: 'Tokens-per-task growth', zh: '单任务token增长' },
    description: {
      en: 'Factor by which the tokens needed per task grow each year (longer reasoning, agents): K(t) = factor^(t/12) multiplies demand at every price.',
      zh: '每项任务所需token每年增长的倍数(更长的推理链、智能体):K(t) = 倍数^(t/12),在任何价格下都乘到需求上。',
    },
    sources: [
      EPOCH_RESPONSE_LENGTH,
      {
        ...R1_MODEL_CARD_TOKENS,
        note: '23K / 12K = 1.92× in the four months from R1 (2025-01-20) to R1-0528, on one benchmark.',
      },
      ANTHROPIC_MULTI_AGENT,
      {
        ...GUNDLACH_PRICE_OF_PROGRESS,
        note: 'The cost of running the frontier rises 3–18×/yr, largely through more reasoning tokens per task.',
      },
      {
        ...Q000_SMALL_MODELS,
        note: 'Reasoning in small models spreads token-hungry reasoning to more applications.',
      },
      {
        kind: 'assumption',
        ref: '1.5× per year',
        note: 'Blended tokens are 3/4 input, which grows more slowly than reasoning output (5×/yr, Epoch); non-reasoning output grows 2.2×/yr. 1.5× per year weights the slower input growth with the shift towards reasoning and agents, and — with ε = 1 — keeps the no-shock world’s demand for GPU-hours growing about as fast as the fleet can (≈2×/yr), as the 2024–2025 capex plans assumed. 2× would make demanded GPU-hours grow ~2.6×/yr and outrun the fleet from 2026; the jevons-bull preset uses 2.2× (Epoch’s non-reasoning output growth).',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 1.1 … 1.5 … 4: from chat that barely lengthens to agents becoming the main workload (4–15× the tokens of chat, Anthropic).',
      },
    ],
    uncertainty: { dist: 'triangular', min: 1.1, mode: 1.5, max: 4 },
  },
];
