// Sources used only by the observations (the others are shared with the parameters, in models/sources).
// Each with the date it was published; [U] figures are marked `uncertain`.
import type { DerivedSource, ExternalSource } from '../sources/article-source';

export const NVIDIA_INFERENCE_SHARE: ExternalSource = {
  kind: 'external',
  ref: 'NVIDIA Q4 fiscal 2024 earnings call (Colette Kress, CFO)',
  date: '2024-02-21',
  quote: 'we estimate that in the past year approximately 40% of data center revenue was for AI inference',
  note: 'Repeated on the Q1 fiscal 2025 call (2024-05-22). NVIDIA’s “inference” includes recommender systems and other AI work besides serving language-model tokens.',
};

export const DOUBAO_TOKENS_SEPTEMBER: ExternalSource = {
  kind: 'external',
  ref: 'Volcano Engine AI innovation tour, Shenzhen (Tan Dai, president of Volcano Engine)',
  date: '2024-09-24',
  quote: '截至今年9月,豆包大模型日均使用量超过1.3万亿(今年五月的日均调用量为1200亿次)',
  note: 'Daily token use above 1.3 trillion in September 2024, from 120 billion in May.',
};

/** The world's tokens in December 2024, from the counts published by then. */
export const WORLD_TOKENS_DECEMBER_2024: DerivedSource = {
  kind: 'derived',
  ref: 'Tokens served worldwide, December 2024',
  date: '2024-12-18',
  arithmetic:
    'Doubao 4e12 tokens a day × 30.4 = 1.2e14 a month (2024-12-18). ChatGPT 1e9 messages a day (2024-12-04) × ~1,000 tokens a message (prompt and answer; an assumption) ≈ 3e13 a month. Known together ≈ 1.5e14; Google, Microsoft, Meta, Anthropic, the other Chinese providers and every API are not counted, so the world is between 1× and ~8× the known: about 4e14 (1.5e14–1.2e15).',
  note: 'The 1,000 tokens a message and the coverage are judgements; the band says how loose they are.',
};

/** Providers' token revenue in 2024, from the figures published by then. */
export const PROVIDER_REVENUE_2024: DerivedSource = {
  kind: 'derived',
  ref: 'Model providers’ revenue, 2024',
  date: '2024-12',
  arithmetic:
    'OpenAI ~$3.7B (2024-09) + Anthropic ~$0.5B over the year (reaching ~$1B annualised at its end) ≈ $4.2B; Google, Microsoft (Azure OpenAI is counted in OpenAI’s share only in part), Mistral, Cohere and the Chinese providers add perhaps 10–250%: about $6B (4.2–15).',
  note: 'Subscriptions are counted as revenue of the tokens they pay for; the model’s revenue is paid tokens × list price.',
};

export const OPENAI_COMPUTE_2024: ExternalSource = {
  kind: 'external',
  ref: 'The Information, "Why OpenAI could lose $5 billion this year"',
  date: '2024-07-24',
  quote:
    'OpenAI spends nearly $4 billion on renting Microsoft servers to run ChatGPT and its other models (at a discounted $1.30 per A100-hour); its training costs could reach $3 billion this year',
  uncertain: true,
  note: 'Built on unpublished financial statements; the inference figure is a floor under the world’s inference spend (OpenAI alone).',
};
