import type { ParameterDef } from '../schema';
import { ASSUMED, noted } from '../sources/article-source';
import {
  ANTHROPIC_MULTI_AGENT,
  CHATGPT_WEEKLY_USERS,
  EPOCH_RESPONSE_LENGTH,
  OPENAI_O1_REASONING,
  R1_MODEL_CARD_TOKENS,
} from '../sources/external-demand';
import {
  A16Z_LLMFLATION,
  ALTMAN_THREE_OBSERVATIONS,
  EPOCH_PRICE_DECLINE,
  FRONTIER_PRICES_2023_2024,
  GUNDLACH_PRICE_OF_PROGRESS,
} from '../sources/external-prices';
import { Q000_INFERENCE_DEMAND, Q000_SMALL_MODELS } from '../sources/quotes-000';
import { Q003_KASS_PRICE_HISTORY } from '../sources/quotes-003';
import { BASS_DIFFUSION } from '../sources/external-demand';

/** Growth of demand that is not a response to price: tasks per user, tokens per task, quality. */
export const demandGrowthParameters: ParameterDef[] = [
  {
    id: 'tasksPerUserGrowthPerYear',
    value: 1.3,
    unit: '×/yr',
    min: 0.5,
    max: 5,
    step: 0.01,
    scale: 'log',
    group: 'demand',
    label: { en: 'Tasks-per-user growth', zh: '人均任务增长' },
    description: {
      en: 'Factor by which the tasks each adopted user hands to AI grow each year at unchanged prices (habits, new uses, AI built into more products). Desired tasks = users × tasks per user × this factor^(years) × the price response.',
      zh: '在价格不变时,每位已采用者交给AI的任务每年增长的倍数(习惯养成、新用途、更多产品内嵌AI)。期望任务量 = 用户数 × 人均任务 × 此倍数^(年数)× 价格响应。',
    },
    sources: [
      {
        ...CHATGPT_WEEKLY_USERS,
        note: '1B messages a day from 300M weekly users in December 2024: ~3.3 a day per weekly user.',
      },
      {
        ...Q000_INFERENCE_DEMAND,
        note: 'A boom in AI applications: more tasks per user as well as more users.',
      },
      {
        kind: 'assumption',
        ref: '1.3× per year',
        date: ASSUMED,
        note: 'Most of the growth of 2023–24 came from more users (Bass adoption) and longer tasks (tokensPerTaskGrowthPerYear); 1.3× a year is the modest remainder for deeper use by each user. No source before the vintage separates it; the calibration to 2023–24 observations may move it.',
      },
    ],
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
      en: 'Factor by which the tokens a task uses grow each year in every tier (longer context, reasoning chains, agents): tokens = tasks × tokens per task, so this multiplies compute per task and the price per task π = p·k/q.',
      zh: '每项任务使用的token在各档位每年增长的倍数(更长的上下文、推理链、智能体):token = 任务数 × 单任务token,因此它放大单任务算力与单任务价格 π = p·k/q。',
    },
    sources: [
      {
        ...OPENAI_O1_REASONING,
        note: 'Reasoning models spend many hidden tokens before they answer: tokens per task rose with o1 (2024-09) and R1 (2025-01).',
      },
      {
        ...Q000_SMALL_MODELS,
        note: 'Reasoning in small models spreads token-hungry reasoning to more applications.',
      },
      {
        kind: 'assumption',
        ref: '1.5× per year',
        date: ASSUMED,
        note: 'Blended tokens are 3/4 input, which grows with context windows (GPT-4 8K in 2023-03, GPT-4 Turbo 128K in 2023-11) more slowly than reasoning output does; 1.5× a year weights the slower input with the shift to reasoning models and agents.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 1.1 … 1.5 … 4: from chat that barely lengthens to reasoning models and agents becoming the main workload, each multiplying output tokens several-fold.',
      },
      noted(EPOCH_RESPONSE_LENGTH, 'Reasoning output grows ~5×/yr, non-reasoning output ~2.2×/yr.'),
      noted(
        R1_MODEL_CARD_TOKENS,
        '23K / 12K = 1.92× in the four months from R1 to R1-0528, on one benchmark.',
      ),
      noted(ANTHROPIC_MULTI_AGENT, 'Agents use 4–15× the tokens of chat.'),
    ],
    uncertainty: { dist: 'triangular', min: 1.1, mode: 1.5, max: 4 },
  },
  {
    id: 'qualityGrowthPerYear',
    value: 2,
    unit: '×/yr',
    min: 1,
    max: 20,
    step: 0.05,
    scale: 'log',
    group: 'demand',
    label: { en: 'Quality growth', zh: '模型质量年增倍数' },
    description: {
      en: 'Factor by which the capability of every tier rises each year: the model behind a tier’s list price keeps getting better, so the price of a fixed capability falls even where list prices stay put. It divides the quality-adjusted price per task π = p·k/q.',
      zh: '各档位能力每年提升的倍数:同一档标价背后的模型不断变好,因此即使标价不动,固定能力的价格也在下降。它作为分母进入质量调整后的单任务价格 π = p·k/q。',
    },
    sources: [
      {
        ...Q003_KASS_PRICE_HISTORY,
        note: '60 → 2 USD per million tokens in two years for roughly the same capability: √30 = 5.5× a year. The $2 is the mainstream tier’s list price in both 2023 (GPT-3.5-turbo) and 2025 (“GPT4”): the tier stayed at its price while what it bought improved.',
      },
      {
        ...FRONTIER_PRICES_2023_2024,
        note: 'The top list price moved within 15–37.5 USD/Mtok from GPT-4 to o1 while the top model’s capability rose.',
      },
      A16Z_LLMFLATION,
      ALTMAN_THREE_OBSERVATIONS,
      {
        kind: 'derived',
        ref: 'Price of a fixed capability',
        date: '2025-02-11',
        arithmetic:
          'With list prices following cost × markup, the price of a fixed capability falls by qualityGrowth × algorithmicGain × hardwareGain = 2 × 1.4 × 1.35 = 3.8× a year at constant markups, before a capability moves down to cheaper tiers and before markups fall. Kass’s 5.5× (003) and a16z’s and Altman’s ~10× a year include those moves.',
        note: 'So 2× is the conservative part that belongs to each tier’s quality; the rest comes from substitution between tiers and the competition lever.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 1.3 … 2 … 4: from capability gains that slow to the pace at which a16z’s and Altman’s tenfold yearly price falls would be mostly quality.',
      },
      noted(
        EPOCH_PRICE_DECLINE,
        'Up to 40× a year for one benchmark task: the fast-capability preset’s direction.',
      ),
      noted(GUNDLACH_PRICE_OF_PROGRESS, 'Cost per task at fixed performance falls 5–10× a year.'),
    ],
    uncertainty: { dist: 'triangular', min: 1.3, mode: 2, max: 4 },
  },
  {
    id: 'trendHalfLifeYears',
    value: 4,
    unit: 'years',
    min: 0.5,
    max: 1000,
    step: 0.1,
    scale: 'log',
    group: 'demand',
    label: { en: 'Half-life of the growth trends', zh: '增长趋势的半衰期' },
    description: {
      en: 'After the vintage (from March 2025) the yearly growth rates of tasks per user, tokens per task, quality and the training budget shrink by half every this many years: a damped trend, as forecasters damp a trend they cannot see the end of, so 2023–24 growth is not extrapolated at full pace for ever. Hardware and algorithmic gains and the chip-supply ceiling (a capacity plan, not a trend) keep their pace. 1000 keeps every trend at full pace.',
      zh: '在数据截止日之后(自2025年3月起),人均任务、单任务token、质量与训练预算的年增长率每隔这么多年减半:即阻尼趋势,预测者对看不到尽头的趋势就是这样处理的,因此2023–24年的增速不会被永远按原速外推。硬件与算法进步以及芯片供应上限(产能规划,而非趋势)保持原速。设为1000则所有趋势保持原速。',
    },
    sources: [
      {
        kind: 'external',
        ref: 'Gardner & McKenzie, "Forecasting trends in time series", Management Science 31(10)',
        date: '1985-10',
        quote:
          'damping the trend of exponential smoothing improves forecast accuracy, especially at long horizons, because observed trends rarely persist unchanged',
      },
      {
        kind: 'external',
        ref: 'Makridakis & Hibon, "The M3-Competition: results, conclusions and implications", International Journal of Forecasting 16(4)',
        date: '2000-10',
        quote:
          'the damped-trend method is among the most accurate across 3,003 series, ahead of methods that extrapolate the trend undamped',
      },
      {
        ...BASS_DIFFUSION,
        note: 'Every diffusion slows as it saturates; the Bass curve does it for users, the damping for use per user and the budgets behind it.',
      },
      {
        kind: 'assumption',
        ref: 'A half-life of 4 years',
        date: ASSUMED,
        note: 'Uncertainty: a half-life of 4 years halves the 2024 growth rates by early 2029; damping factors fitted in forecasting competitions (0.8–0.98 a year, half-lives of 3 to 34 years) bracket it. The in-sample window (to Feb 2025) is too short to fit it: it is a forecasting choice, stated here and a slider to move. At 1000 years the trends run undamped, as version 1 did.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 2, mode: 4, max: 12 },
  },
];
