// The mainstream tier in January 2023: GPT-3.5 class, the free ChatGPT and the $2 API model.
import { ASSUMED } from '../sources/article-source';
import { CHATGPT_100M_USERS } from '../sources/external-demand';
import { MAINSTREAM_PRICES_2024, OPENAI_CHATGPT_API, OPENAI_GPT3_PRICES } from '../sources/external-prices';
import { Q003_KASS_PRICE_HISTORY } from '../sources/quotes-003';
import type { TierField } from '../tiers';
import type { TierValue } from './tiers';

export const mainstreamValues: Record<TierField, TierValue> = {
  ListPrice: {
    value: 2,
    sources: [
      {
        ...OPENAI_CHATGPT_API,
        note: 'gpt-3.5-turbo at $0.002 per 1K tokens = 2 USD/Mtok for input and output alike, so 2 blended.',
      },
      {
        ...OPENAI_GPT3_PRICES,
        note: 'Curie, the mid-sized GPT-3 model, was also 2 USD/Mtok in January 2023.',
      },
      {
        ...Q003_KASS_PRICE_HISTORY,
        note: 'Kass’s “GPT4 now only $2” (2025): the mainstream tier’s list price stayed near 2 USD/Mtok while what it buys rose from GPT-3.5 to GPT-4 level. The model reads that as quality growth within a tier, not as a falling tier price.',
      },
      {
        ...MAINSTREAM_PRICES_2024,
        note: 'GPT-4o and Claude 3.5 Sonnet at 4.4–7.5 blended in 2024: the tier’s list price moved within a small factor of 2 USD/Mtok.',
      },
    ],
  },
  TokenShare: {
    value: 0.75,
    sources: [
      {
        ...CHATGPT_100M_USERS,
        note: 'The free ChatGPT on GPT-3.5, with 100M monthly users in January 2023, carried most of the market’s tokens.',
      },
      {
        kind: 'assumption',
        ref: 'Three quarters of tokens',
        date: ASSUMED,
        note: 'ChatGPT’s free tier and the GPT-3.5 API dominated the tokens of early 2023; the rest were the top model (5%) and small GPT-3 and open models (20%).',
      },
    ],
  },
  ComputeRatio: {
    value: 0.15,
    sources: [
      {
        ...OPENAI_CHATGPT_API,
        note: 'A 90% cost reduction for ChatGPT between December 2022 and March 2023, and a tenth of text-davinci-003’s price: the mainstream model needed a fraction of the top model’s compute per token.',
      },
      {
        kind: 'assumption',
        ref: '0.15 of the frontier',
        date: ASSUMED,
        note: 'Above the 1/10 of the price cut, since part of that cut came from serving optimisations that algorithmicGainPerYear already carries, and well above the price ratio to GPT-4 (2 / 37.5 = 0.053), which also reflects GPT-4’s higher markup. OpenAI has not published the model sizes.',
      },
    ],
  },
  TokensPerTask: {
    value: 800,
    sources: [
      {
        kind: 'assumption',
        ref: '800 tokens a task',
        date: ASSUMED,
        note: 'A chat exchange in 2023 (4K context for gpt-3.5-turbo): a prompt with some conversation history plus a reply of a few hundred tokens.',
      },
    ],
  },
  Quality: {
    value: 0.6,
    sources: [
      {
        kind: 'assumption',
        ref: '0.6 of the frontier',
        date: ASSUMED,
        note: 'On the benchmarks OpenAI reported at GPT-4’s launch (March 2023) GPT-3.5 trailed GPT-4 clearly but did most everyday tasks acceptably: a GPT-3.5 task is taken as worth 60% of the same task done by the frontier model. A judgement, not a measurement; the calibration to 2023–24 observations may move it.',
      },
    ],
  },
  PaidShare: {
    value: 0.3,
    sources: [
      {
        ...CHATGPT_100M_USERS,
        note: 'Most of ChatGPT’s users paid nothing: the free tier ran on this tier’s model.',
      },
      {
        kind: 'assumption',
        ref: 'Mostly free',
        date: ASSUMED,
        note: 'Free ChatGPT carried most of the tier’s tokens and earned nothing per token; the API earned the list price. 0.3 of the tier’s tokens are paid.',
      },
    ],
  },
};
