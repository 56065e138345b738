// Token prices and their trends from outside the seed articles (shared/reference/facts.md and
// in-sample-2023-2025.md), each with its publication date. Blended prices are 3 input : 1 output.
import { type ExternalSource, contextNote } from './article-source';

export const OPENAI_GPT3_PRICES: ExternalSource = {
  kind: 'external',
  ref: 'OpenAI API price page, GPT-3 base models (prices from 2022-09-01)',
  date: '2022-09',
  quote:
    'Davinci $0.02, Curie $0.002, Babbage $0.0005, Ada $0.0004 per 1K tokens (the same price for input and output)',
  note: 'The prices in force at the history start, January 2023: $20, $2, $0.5 and $0.4 per million tokens. Not in shared/reference; checked against contemporaneous copies of the price list.',
};

export const OPENAI_CHATGPT_API: ExternalSource = {
  kind: 'external',
  ref: 'OpenAI, "Introducing ChatGPT and Whisper APIs"',
  date: '2023-03-01',
  quote:
    'gpt-3.5-turbo at $0.002 per 1K tokens, 10× cheaper than our existing GPT-3.5 models; through a series of system-wide optimizations, we’ve achieved 90% cost reduction for ChatGPT since December',
};

export const OPENAI_GPT4_PRICE: ExternalSource = {
  kind: 'external',
  ref: 'OpenAI GPT-4 launch price (8K context)',
  date: '2023-03-14',
  quote: '$0.03 per 1K prompt tokens and $0.06 per 1K completion tokens ($30 / $60 per million)',
};

export const FRONTIER_PRICES_2023_2024: ExternalSource = {
  kind: 'external',
  ref: 'Provider price pages: frontier models 2023–24 (in-sample-2023-2025.md)',
  date: '2024-12',
  quote:
    'OpenAI GPT-4 $30/$60 (2023-03); GPT-4 Turbo $10/$30 (2023-11); Anthropic Claude 3 Opus $15/$75 (2024-03); OpenAI o1 $15/$60 (2024-12)',
  note: 'Blended 3:1: GPT-4 37.5, GPT-4 Turbo 15, Claude 3 Opus 30, o1 26.25 USD/Mtok. The top list price moved within 15–37.5 over two years while what the top model could do rose.',
};

export const MAINSTREAM_PRICES_2024: ExternalSource = {
  kind: 'external',
  ref: 'Provider price pages: mainstream models 2024 (in-sample-2023-2025.md)',
  date: '2024-08',
  quote:
    'OpenAI GPT-4o $5/$15 (2024-05), then $2.50/$10 (2024-08); Anthropic Claude 3.5 Sonnet $3/$15 (2024-06)',
  note: 'Blended 3:1: GPT-4o 7.5 then 4.375, Claude 3.5 Sonnet 6 USD/Mtok.',
};

export const COMMODITY_PRICES_2024_2025: ExternalSource = {
  kind: 'external',
  ref: 'Provider price pages: small, cheap and open-weight models 2024–25 (in-sample-2023-2025.md)',
  date: '2025-02-08',
  quote:
    'OpenAI GPT-4o mini $0.15/$0.60 (2024-07); Google Gemini 1.5 Flash $0.075/$0.30 (2024-10); Anthropic Claude 3.5 Haiku $0.80/$4 (2024-11); Google Gemini 2.0 Flash $0.10/$0.40 (2025-02); DeepSeek-V3 $0.27/$1.10 (standard price from 2025-02-08); DeepSeek-R1 $0.55/$2.19 (2025-01-20)',
  note: 'Blended 3:1: GPT-4o mini 0.26, Gemini 1.5 Flash 0.13, Claude 3.5 Haiku 1.6, Gemini 2.0 Flash 0.175, DeepSeek-V3 0.48, R1 0.96 USD/Mtok.',
};

export const OPENAI_O3_MINI: ExternalSource = {
  kind: 'external',
  ref: 'OpenAI o3-mini price page',
  date: '2025-01-31',
  quote: 'o3-mini at $1.10 per million input tokens and $4.40 per million output tokens',
  note: 'Eleven days after R1: 1.925 USD/Mtok blended, 1/14 of o1’s 26.25, for a reasoning model OpenAI placed at or above o1-mini.',
};

export const A16Z_LLMFLATION: ExternalSource = {
  kind: 'external',
  ref: 'a16z, "Welcome to LLMflation"',
  date: '2024-11-12',
  quote:
    '~10× per year for equivalent performance; GPT-3 ($60/M tokens, Nov 2021) to a 3B model at $0.06/M = 1000× in 3 years',
};

export const ALTMAN_THREE_OBSERVATIONS: ExternalSource = {
  kind: 'external',
  ref: 'Sam Altman, "Three Observations"',
  date: '2025-02-09',
  quote:
    'the cost to use a given level of AI falls about 10x every 12 months, and lower prices lead to much more use',
  note: 'Also: GPT-4 (early 2023) to GPT-4o (mid 2024) price per token fell ~150×.',
};

export const EPOCH_PRICE_DECLINE: ExternalSource = {
  kind: 'external',
  ref: 'Epoch AI, "LLM inference prices have fallen rapidly but unequally across tasks"',
  date: '2025-03-12',
  quote:
    'the price of reaching a fixed capability fell 9×–900× per year depending on the task; ~40×/yr for GPT-4-level performance on PhD-level science questions',
  contextOnly: true,
  note: contextNote(
    '2025-03-12',
    'Prices are a 3:1 input:output blend, as in this catalogue; reasoning models excluded.',
  ),
};

export const GUNDLACH_PRICE_OF_PROGRESS: ExternalSource = {
  kind: 'external',
  ref: 'Gundlach, Lynch, Mertens, Thompson (MIT FutureTech), "The Price of Progress: Algorithmic Efficiency and the Falling Cost of AI Inference", arXiv 2511.23455',
  date: '2025-11',
  quote:
    'algorithmic efficiency alone ~3× per year; cost per task at fixed performance 5–10×/yr cheaper; but the cost of running the frontier model is rising 3–18×/yr',
  contextOnly: true,
  note: contextNote('2025-11'),
};
