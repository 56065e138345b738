// The commodity and open-weight tier in January 2023: small GPT-3 models and open weights; by
// 2025 GPT-4o mini, Gemini Flash, Doubao and DeepSeek. R1 is where the quality shock lands.
import { ASSUMED } from '../sources/article-source';
import { GPT3_MODEL_SIZES } from '../sources/external-compute';
import { COMMODITY_PRICES_2024_2025, OPENAI_GPT3_PRICES } from '../sources/external-prices';
import { Q001_PRICE } from '../sources/quotes-001';
import { Q002_API_PRICES, Q002_ONE_THIRTIETH } from '../sources/quotes-002';
import { Q003_DOUBAO } from '../sources/quotes-003';
import { Q004_PRICE_AND_COST } from '../sources/quotes-004';
import type { TierField } from '../tiers';
import type { TierValue } from './tiers';

export const commodityValues: Record<TierField, TierValue> = {
  ListPrice: {
    value: 0.4,
    sources: [
      {
        ...OPENAI_GPT3_PRICES,
        note: 'Ada at 0.4 and Babbage at 0.5 USD/Mtok: the cheap end of the market in January 2023.',
      },
      {
        ...COMMODITY_PRICES_2024_2025,
        note: 'Two years on the tier still sold at 0.1–1 USD/Mtok (GPT-4o mini 0.26, Gemini Flash 0.13–0.18, DeepSeek-V3 0.48, R1 0.96) while its models got far better.',
      },
      {
        ...Q002_API_PRICES,
        note: 'R1 at 0.55 / 2.19 USD per million = 0.96 blended, against o1’s 26.25: 0.96 / 26.25 = 0.0366 ≈ 1/27. On the price chart this is the ratio of the commodity to the frontier list price when R1 arrived (1/94 at the start: 0.4 / 37.5). A commodity price was not new in January 2025; o1-level quality at it was, which is the quality lever (qualityShock), not a price parameter.',
      },
      {
        ...Q002_ONE_THIRTIETH,
        note: '002 rounds the ratio to 1/30; each component gives 1/27 (0.55 / 15 = 0.0367, 2.19 / 60 = 0.0365).',
      },
      {
        ...Q004_PRICE_AND_COST,
        note: 'R1 drew attention for its sharply lower selling price, together with being open and cheap to train.',
      },
      {
        ...Q001_PRICE,
        note: '0.28 USD per million output tokens for an unnamed DeepSeek model (probably V3 at its promotional price): another commodity-tier observation.',
      },
      {
        kind: 'assumption',
        ref: '0.4 USD/Mtok',
        date: ASSUMED,
        note: 'The price of the small GPT-3 models in January 2023, which is also the middle of the tier’s 2024–25 range on a log scale.',
      },
    ],
  },
  TokenShare: {
    value: 0.2,
    sources: [
      {
        kind: 'assumption',
        ref: 'A fifth of tokens',
        date: ASSUMED,
        note: 'Classification, extraction and embedded completions on the small GPT-3 models, and open-weight models run by their users: a fifth of tokens in early 2023, before cheap chat models (Doubao, GPT-4o mini, DeepSeek) grew the tier.',
      },
    ],
  },
  ComputeRatio: {
    value: 0.03,
    sources: [
      {
        ...GPT3_MODEL_SIZES,
        note: 'The GPT-3 family ran from 125M to 175B parameters: a 6.7B model needs 6.7 / 175 = 0.038 of the largest’s compute per token, a 1.3B model 0.007.',
      },
      {
        kind: 'derived',
        ref: 'Small models against the top one',
        date: '2020-05-28',
        arithmetic:
          'Compute per token ∝ active parameters: 6.7B / 175B = 0.038, 1.3B / 175B = 0.0074; a tier that leans to the ~7B class gives ≈ 0.03.',
        note: 'OpenAI did not publish which size each API model was; the GPT-3 paper’s sizes are the usual reading.',
      },
      {
        ...Q003_DOUBAO,
        note: 'Commodity serving is cheap: Doubao runs 85% below the industry’s average cost.',
      },
    ],
  },
  TokensPerTask: {
    value: 500,
    sources: [
      {
        kind: 'assumption',
        ref: '500 tokens a task',
        date: ASSUMED,
        note: 'Short, high-volume tasks (classification, extraction, short completions) in 2-4K contexts, the uses small models were bought for.',
      },
    ],
  },
  Quality: {
    value: 0.35,
    sources: [
      {
        kind: 'assumption',
        ref: '0.35 of the frontier',
        date: ASSUMED,
        note: 'A small model of 2023 handles narrow tasks but fails most of what the frontier model can do; a task on it is taken as worth 35% of the same task on the frontier. The quality lever closes 0.8 of the remaining gap when R1 arrives (qualityShock).',
      },
      { ...GPT3_MODEL_SIZES, note: 'Quality rose with model size across the GPT-3 family.' },
    ],
  },
  PaidShare: {
    value: 0.5,
    sources: [
      {
        kind: 'assumption',
        ref: 'Half paid',
        date: ASSUMED,
        note: 'API tokens on small models earn the list price; free consumer apps (Doubao, DeepSeek’s own app) and open weights run by their users earn nothing per token. Half and half.',
      },
    ],
  },
};
