// Figures from outside the seed articles, as recorded in shared/reference/facts.md (name + date).
// `uncertain: true` where facts.md marks the figure [uncertain] (second-hand or weakly sourced).
import type { ExternalSource } from './article-source';

export const EPOCH_PRICE_DECLINE: ExternalSource = {
  kind: 'external',
  ref: 'Epoch AI, "LLM inference prices have fallen rapidly but unequally across tasks"',
  date: '2025-03-12',
  quote:
    'the price of reaching a fixed capability fell 9×–900× per year depending on the task; ~40×/yr for GPT-4-level performance on PhD-level science questions',
  note: 'Prices are a 3:1 input:output blend, the same blend used for pricePerMTok; reasoning models excluded.',
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

export const GUNDLACH_PRICE_OF_PROGRESS: ExternalSource = {
  kind: 'external',
  ref: 'Gundlach, Lynch, Mertens, Thompson (MIT FutureTech), "The Price of Progress: Algorithmic Efficiency and the Falling Cost of AI Inference", arXiv 2511.23455',
  date: '2025-11',
  quote:
    'algorithmic efficiency alone ~3× per year; cost per task at fixed performance 5–10×/yr cheaper; but the cost of running the frontier model is rising 3–18×/yr',
};

export const REBOUND_DEFINITION: ExternalSource = {
  kind: 'external',
  ref: 'Gillingham, Rapson & Wagner, "The Rebound Effect and Energy Efficiency Policy", REEP 10(1)',
  date: '2016',
  quote:
    'RE = (expected saving − actual saving) / expected saving; > 1 is backfire. With constant-elasticity demand the direct rebound equals |ε|, so backfire needs |ε| > 1.',
};

export const NBER_MARKET_FOR_INTELLIGENCE: ExternalSource = {
  kind: 'external',
  ref: 'NBER working paper, "The Emerging Market for Intelligence: Pricing, Supply, and Demand for LLMs"',
  date: '2026-01',
  quote: 'elasticity −1.11',
  note: "Measured across providers of the same open model on OpenRouter (provider-level substitution), not the elasticity of the market's total token demand, which is what this model needs.",
  uncertain: true,
};

export const FOUQUET_PEARSON_LIGHTING: ExternalSource = {
  kind: 'external',
  ref: 'Fouquet & Pearson, Economics of Energy & Environmental Policy 1(1)',
  date: '2012',
  quote:
    'UK real price of light fell ~3,000× from 1800 to 2000 while consumption rose ~40,000×; price elasticity rose to about −1.7 between the 1840s and 1890s, then fell',
};

export const TSAO_LIGHT_SPENDING: ExternalSource = {
  kind: 'external',
  ref: 'Tsao et al., J. Phys. D',
  date: '2010',
  quote: 'spending on light stayed ~0.72% of GDP for 300 years, i.e. roughly unit elastic',
};

export const NORDHAUS_COMPUTING: ExternalSource = {
  kind: 'external',
  ref: 'Nordhaus, "Two Centuries of Productivity Growth in Computing", J. Economic History 67(1)',
  date: '2007',
  quote: 'quality-adjusted prices of computing fell 15–45% per year',
};

export const EPOCH_RESPONSE_LENGTH: ExternalSource = {
  kind: 'external',
  ref: 'Epoch AI, "LLM responses to benchmark questions are getting longer over time"',
  date: '2025-04-17',
  quote:
    'reasoning models use ~8× more output tokens than non-reasoning ones; reasoning output length grows ~5×/yr vs ~2.2×/yr',
};

export const R1_MODEL_CARD_TOKENS: ExternalSource = {
  kind: 'external',
  ref: 'DeepSeek-R1 model card (R1-0528 update)',
  date: '2025-05-28',
  quote: '~12K tokens per AIME question (R1), 23K (R1-0528)',
};

export const ANTHROPIC_MULTI_AGENT: ExternalSource = {
  kind: 'external',
  ref: 'Anthropic Engineering, "How we built our multi-agent research system"',
  date: '2025-06-13',
  quote: 'agents use ~4× the tokens of chat; multi-agent systems ~15×',
};

export const H100_SPEC: ExternalSource = {
  kind: 'external',
  ref: 'NVIDIA H100 SXM datasheet',
  quote:
    '989 TFLOP/s dense BF16, 1,979 TFLOP/s dense FP8, 80 GB HBM3 at 3.35 TB/s, 700 W. H800: the same compute, NVLink cut to 400 GB/s.',
};

export const DEEPSEEK_V3_REPORT: ExternalSource = {
  kind: 'external',
  ref: 'DeepSeek-V3 technical report',
  date: '2024-12',
  quote:
    '671B total parameters, 37B activated per token (MoE); its $5.576M figure assumes $2 per H800 GPU-hour',
};

export const H100_PRICE: ExternalSource = {
  kind: 'external',
  ref: 'H100 purchase price, second-hand reports (facts.md)',
  date: '2025',
  quote: 'H100 purchase price ~$25k–40k per GPU',
  uncertain: true,
};

export const GPU_RENTAL_PRICE: ExternalSource = {
  kind: 'external',
  ref: 'GPU rental prices, second-hand reports (facts.md)',
  date: '2025',
  quote: 'rental ~$2/GPU-hour in 2025 (hyperscaler on-demand $3.5–7)',
  uncertain: true,
};

export const DEEPSEEK_DAY6: ExternalSource = {
  kind: 'external',
  ref: 'DeepSeek open-source week, day 6 (inference system overview)',
  date: '2025-03-01',
  quote:
    '24 h to noon 2025-02-28: on average 226.75 nodes of 8 H800 GPUs (peak 278); 608B input tokens (56.3% cache hits) and 168B output tokens per day; cost $87,072/day at $2/GPU-hour vs a theoretical revenue of $562,027/day at R1 prices',
};

export const BICK_ADOPTION: ExternalSource = {
  kind: 'external',
  ref: 'Bick, Blandin & Deming, "The Rapid Adoption of Generative AI"',
  date: '2024',
  quote:
    "39.4% of US adults had used generative AI two years after ChatGPT's launch; PCs and the internet took 2–3 years to reach 20%",
};

export const CHATGPT_WEEKLY_USERS: ExternalSource = {
  kind: 'external',
  ref: 'OpenAI statements on ChatGPT weekly users',
  date: '2025-02',
  quote: '~300M weekly users (Dec 2024), 400M (Feb 2025)',
};

export const DELOITTE_INFERENCE_SHARE: ExternalSource = {
  kind: 'external',
  ref: 'Deloitte TMT Predictions 2026',
  date: '2025',
  quote: 'inference ~1/3 of AI compute in 2023, ~1/2 in 2025',
  uncertain: true,
};

export const EPOCH_CHIP_COUNT: ExternalSource = {
  kind: 'external',
  ref: 'Epoch AI, AI chip counts (cumulative Nvidia shipments)',
  date: '2024-12',
  quote:
    'cumulative Nvidia AI compute shipped since 2022 ≈ 4.7M H100-equivalents (≈3.7 GW) at the end of 2024',
};
