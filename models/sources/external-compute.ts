// Hardware, models and the installed fleet, from outside the seed articles, each with its
// publication date. Sources published after the Feb-2025 vintage are context only.
import { type ExternalSource, contextNote } from './article-source';

export const H100_SPEC: ExternalSource = {
  kind: 'external',
  ref: 'NVIDIA H100 SXM datasheet',
  date: '2022',
  quote:
    '989 TFLOP/s dense BF16, 1,979 TFLOP/s dense FP8, 80 GB HBM3 at 3.35 TB/s, 700 W. H800: the same compute, NVLink cut to 400 GB/s.',
};

export const DGX_H100_POWER: ExternalSource = {
  kind: 'external',
  ref: 'NVIDIA DGX H100 datasheet',
  date: '2023',
  quote: 'eight H100 GPUs per system; system power about 10.2 kW max',
};

export const GPT3_MODEL_SIZES: ExternalSource = {
  kind: 'external',
  ref: 'Brown et al., "Language Models are Few-Shot Learners" (GPT-3), arXiv 2005.14165',
  date: '2020-05-28',
  quote: 'eight model sizes from 125M to 175B parameters; the largest, GPT-3, has 175 billion',
  note: 'text-davinci-003, the top OpenAI API model in January 2023, is a GPT-3.5 model of the GPT-3 family.',
};

export const DEEPSEEK_V3_REPORT: ExternalSource = {
  kind: 'external',
  ref: 'DeepSeek-V3 technical report',
  date: '2024-12-26',
  quote:
    '671B total parameters, 37B activated per token (MoE); 2.788M H800 GPU-hours; its $5.576M figure assumes $2 per H800 GPU-hour',
};

export const EPOCH_NVIDIA_STOCK: ExternalSource = {
  kind: 'external',
  ref: 'Epoch AI, "The stock of computing power from NVIDIA chips is doubling every 10 months" (data insight)',
  date: '2025-02-13',
  quote:
    'about 4e21 FLOP/s across NVIDIA GPUs, approximately 4M H100-equivalents; the stock has grown ~2.3× per year since 2019; Hopper is 77% of it; TPUs may provide comparable total computing power',
};

export const HOBBHAHN_GPU_PRICE_PERFORMANCE: ExternalSource = {
  kind: 'external',
  ref: 'Hobbhahn & Besiroglu (Epoch AI), "Trends in GPU price-performance"',
  date: '2022-06',
  quote:
    'FLOP/s per dollar doubles every ~2.5 years (2.46; top GPUs 2.95 years; GPUs typically used in ML 2.07 years)',
  note: 'Doubling in 2.95, 2.46 and 2.07 years is 1.26, 1.33 and 1.40× per year.',
};

export const NORDHAUS_COMPUTING: ExternalSource = {
  kind: 'external',
  ref: 'Nordhaus, "Two Centuries of Productivity Growth in Computing", J. Economic History 67(1)',
  date: '2007',
  quote: 'quality-adjusted prices of computing fell 15–45% per year',
};

export const HO_ALGORITHMIC_PROGRESS: ExternalSource = {
  kind: 'external',
  ref: 'Ho et al. (Epoch AI), "Algorithmic progress in language models", arXiv 2403.05812',
  date: '2024-03',
  quote:
    'the compute required to reach a set performance threshold has halved approximately every 8 months (95% CI 5–14 months)',
  note: 'Halving every 8 months is 2^(12/8) = 2.8× per year, for pre-training compute at fixed performance.',
};

export const COTTIER_TRAINING_COSTS: ExternalSource = {
  kind: 'external',
  ref: 'Cottier et al. (Epoch AI), "The rising costs of training frontier AI models"',
  date: '2024-05',
  quote: 'the amortised cost of frontier training runs has grown ~2.4× a year',
};

export const SEVILLA_TRAINING_COMPUTE: ExternalSource = {
  kind: 'external',
  ref: 'Sevilla et al. (Epoch AI), "Training compute of frontier AI models grows by 4–5x per year"',
  date: '2024-05',
  quote: 'the training compute of frontier models has grown 4–5× a year',
};

export const LLAMA3_HERD: ExternalSource = {
  kind: 'external',
  ref: 'Meta, "The Llama 3 Herd of Models", arXiv 2407.21783',
  date: '2024-07-23',
  quote:
    'over a 54-day snapshot of pre-training on up to 16K H100 GPUs, 466 job interruptions (419 unexpected); effective training time above 90%',
};

export const DEEPSEEK_DAY6: ExternalSource = {
  kind: 'external',
  ref: 'DeepSeek open-source week, day 6 (inference system overview)',
  date: '2025-03-01',
  quote:
    '24 h to noon 2025-02-28: on average 226.75 nodes of 8 H800 GPUs (peak 278); 608B input tokens (56.3% cache hits) and 168B output tokens per day; cost $87,072/day at $2/GPU-hour vs a theoretical revenue of $562,027/day at R1 prices ("cost-profit margin 545%")',
  contextOnly: true,
  note: contextNote('2025-03-01', 'One day after the vintage; shown because it confirms several defaults.'),
};

export const EPOCH_CHIP_COUNT: ExternalSource = {
  kind: 'external',
  ref: 'Epoch AI, AI chip sales estimates (cumulative Nvidia shipments)',
  date: '2026-01',
  quote:
    'cumulative Nvidia AI compute shipped since 2022 ≈ 4.7M H100-equivalents (≈3.7 GW) at the end of 2024; ~1.4M at the end of 2023',
  contextOnly: true,
  note: contextNote(
    '2026-01',
    'Hindsight: later estimates of the fleet before the cutoff (in-sample-2023-2025.md); dated by Epoch’s AI Chip Sales data explorer.',
  ),
};

export const DELOITTE_INFERENCE_SHARE: ExternalSource = {
  kind: 'external',
  ref: 'Deloitte TMT Predictions 2026',
  date: '2025-11',
  quote: 'inference ~1/3 of AI compute in 2023, ~1/2 in 2025, ~2/3 in 2026',
  uncertain: true,
  contextOnly: true,
  note: contextNote('2025-11', 'Second-hand in facts.md; published late 2025.'),
};
