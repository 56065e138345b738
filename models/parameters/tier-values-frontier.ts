// The frontier tier in January 2023: GPT-4 class (text-davinci-003 until GPT-4 arrived in March).
import { ASSUMED, type AssumptionSource } from '../sources/article-source';
import { GPT3_MODEL_SIZES } from '../sources/external-compute';
import { CHATGPT_100M_USERS, OPENAI_O1_REASONING } from '../sources/external-demand';
import { FRONTIER_PRICES_2023_2024, OPENAI_GPT3_PRICES, OPENAI_GPT4_PRICE } from '../sources/external-prices';
import { Q002_API_PRICES } from '../sources/quotes-002';
import type { TierField } from '../tiers';
import type { TierValue } from './tiers';

const BY_DEFINITION: AssumptionSource = {
  kind: 'assumption',
  ref: 'The frontier is the unit',
  date: ASSUMED,
  note: 'Compute per token and quality of every tier are measured against the frontier model of January 2023, so the frontier’s are 1 by definition.',
};

export const frontierValues: Record<TierField, TierValue> = {
  ListPrice: {
    value: 37.5,
    sources: [
      OPENAI_GPT4_PRICE,
      {
        kind: 'derived',
        ref: 'GPT-4 blended 3:1',
        date: '2023-03-14',
        arithmetic: '(3 × 30 + 1 × 60) / 4 = 150 / 4 = 37.5 USD/Mtok.',
      },
      {
        ...OPENAI_GPT3_PRICES,
        note: 'In January 2023 itself the top API model was text-davinci-003 at 20 USD/Mtok; GPT-4, two months later, is taken as the tier’s price at the start because it defined the frontier for 2023.',
      },
      {
        ...Q002_API_PRICES,
        note: 'o1 at 15/60 USD per million = 26.25 blended: where the frontier tier’s list price stood when R1 arrived, an observation the price chart shows beside the simulated frontier price.',
      },
      FRONTIER_PRICES_2023_2024,
    ],
  },
  TokenShare: {
    value: 0.05,
    sources: [
      {
        kind: 'assumption',
        ref: 'A small premium tier',
        date: ASSUMED,
        note: 'In early 2023 the frontier was the paid API’s top model and, from March, GPT-4 for paying ChatGPT users and a wait-listed API; the free ChatGPT that carried most tokens ran GPT-3.5 (mainstream). 5% of tokens for the top tier.',
      },
      { ...CHATGPT_100M_USERS, note: 'Most of these 100M users used the free GPT-3.5 ChatGPT.' },
    ],
  },
  ComputeRatio: {
    value: 1,
    sources: [BY_DEFINITION],
  },
  TokensPerTask: {
    value: 1500,
    sources: [
      {
        kind: 'assumption',
        ref: '1,500 tokens a task',
        date: ASSUMED,
        note: 'Work sent to the top model in 2023 was longer than a chat turn: documents, code and multi-step prompts in an 8K context, with answers of several hundred tokens. Reasoning models later multiplied it (tokensPerTaskGrowthPerYear).',
      },
      {
        ...OPENAI_O1_REASONING,
        note: 'From 2024-09 the frontier tier’s tasks include hidden reasoning tokens.',
      },
    ],
  },
  Quality: {
    value: 1,
    sources: [BY_DEFINITION, { ...GPT3_MODEL_SIZES, note: 'The frontier model of the day is the unit.' }],
  },
  PaidShare: {
    value: 0.6,
    sources: [
      {
        kind: 'assumption',
        ref: 'Mostly paid',
        date: ASSUMED,
        note: 'The top model was sold through the paid API and, for consumers, inside a flat $20-a-month subscription (ChatGPT Plus, 2023-02): API tokens earn the list price, subscription tokens earn a flat fee that is not a price per token. 0.6 of the tier’s tokens earn its list price.',
      },
    ],
  },
};
