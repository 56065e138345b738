import type { ParameterDef } from '../schema';
import { ASSUMED, noted } from '../sources/article-source';
import {
  DEEPSEEK_DAY6,
  GPT3_MODEL_SIZES,
  H100_SPEC,
  HO_ALGORITHMIC_PROGRESS,
  HOBBHAHN_GPU_PRICE_PERFORMANCE,
  NORDHAUS_COMPUTING,
} from '../sources/external-compute';
import { GUNDLACH_PRICE_OF_PROGRESS, OPENAI_CHATGPT_API } from '../sources/external-prices';
import { FRONTIER_HOURS_PER_MTOK } from '../sources/levels';
import { Q000_COMPUTE_SAVING } from '../sources/quotes-000';
import { Q001_PARAMS_TABLE } from '../sources/quotes-001';
import { Q002_ALGORITHMS } from '../sources/quotes-002';

/** Compute per token and GPU throughput: what turns tokens into H100e-hours. */
export const computeParameters: ParameterDef[] = [
  {
    id: 'flopsPerToken',
    value: 4e11,
    unit: 'FLOP/token',
    mathUnit: 'FLOP/token',
    min: 1e9,
    max: 1e13,
    step: 1e9,
    scale: 'log',
    group: 'compute',
    label: { en: 'FLOP per token (frontier)', zh: '每token算力(前沿)' },
    description: {
      en: 'Floating-point operations the frontier model spends per token in January 2023, ≈ 2 × its active parameters. With gpuPeakFlops and inferenceUtilization it gives the frontier’s H100e-hours per million tokens (≈ 0.56); the other tiers’ compute is a ratio of it (ComputeRatio).',
      zh: '2023年1月前沿模型处理每个token的浮点运算量,约为 2 × 激活参数量。它与GPU峰值算力、推理利用率一起给出前沿档每百万token的H100等效小时(约 0.56);其他档位的算力按比例(算力比)折算。',
    },
    sources: [
      {
        ...GPT3_MODEL_SIZES,
        note: 'The top API model of January 2023 was of the 175B GPT-3 family: 2 × 175e9 = 3.5e11 FLOP per token.',
      },
      {
        ...Q001_PARAMS_TABLE,
        note: '001’s table (sourced to Perplexity.AI) gives GPT-4o “Over 200 billion” parameters: 2 × 200e9 = 4e11. OpenAI has not published GPT-4’s or GPT-4o’s size; the figure is second-hand.',
      },
      {
        kind: 'derived',
        ref: '2 × active parameters',
        date: '2025-01-28',
        arithmetic:
          '2 FLOP per parameter per token (one multiply-add) × 200e9 parameters = 4e11 FLOP per token; the 175B GPT-3.5 model gives 3.5e11.',
        note: 'Uncertain both ways: a mixture of experts activates fewer parameters, and attention over long contexts adds FLOP per token.',
      },
      FRONTIER_HOURS_PER_MTOK,
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: lognormal, median 4e11, σ = 0.5: the central 90% runs from 1.8e11 to 9e11 FLOP per token, from a mixture of experts with ~90B active parameters to a dense model of ~450B. It scales inference compute, not the rebound, which depends on ratios.',
      },
    ],
    uncertainty: { dist: 'lognormal', median: 4e11, sigma: 0.5 },
  },
  {
    id: 'gpuPeakFlops',
    value: 989e12,
    unit: 'FLOP/s',
    mathUnit: 'FLOP/s',
    min: 1e13,
    max: 1e16,
    step: 1e12,
    scale: 'log',
    group: 'compute',
    label: { en: 'Peak FLOP/s of an H100e', zh: 'H100等效峰值算力' },
    description: {
      en: 'Peak dense throughput of the unit of compute, one H100-equivalent (H100 BF16). The fleet is counted in H100e, as Epoch AI counts installed compute; newer chips count as more than one.',
      zh: '算力单位——一个H100等效卡(H100 BF16)——的稠密峰值吞吐。机群以H100等效卡计数,与Epoch AI统计装机算力的方式一致;更新的芯片折算为多于一个。',
    },
    sources: [
      {
        ...H100_SPEC,
        note: 'BF16 rather than FP8 (1,979 TFLOP/s): not every deployment serves in FP8, and inferenceUtilization is read against the BF16 peak.',
      },
      FRONTIER_HOURS_PER_MTOK,
    ],
  },
  {
    id: 'inferenceUtilization',
    value: 0.2,
    unit: 'share',
    min: 0.01,
    max: 1,
    step: 0.01,
    scale: 'linear',
    group: 'compute',
    label: { en: 'Inference utilisation', zh: '推理算力利用率' },
    description: {
      en: 'Share of gpuPeakFlops delivered as useful token FLOP while a GPU is serving (model FLOP utilisation). Compute per token in H100e-hours = FLOP per token / (gpuPeakFlops × this share × 3600).',
      zh: 'GPU提供推理服务时,峰值算力中真正用于token计算的比例(模型算力利用率)。每token的H100等效小时 = 每token算力 /(GPU峰值算力 × 此比例 × 3600)。',
    },
    sources: [
      {
        ...H100_SPEC,
        note: '3.35 TB/s of memory bandwidth against 989 TFLOP/s: decoding must stream the weights for every step, so it is bandwidth-bound at small batches.',
      },
      {
        kind: 'derived',
        ref: 'Roofline of serving on an H100',
        date: '2022',
        arithmetic:
          '989e12 FLOP/s / 3.35e12 B/s = 295 FLOP per byte to be compute-bound. Decoding in BF16 does ~1 FLOP per weight byte per sequence in the batch, so at a batch of ~64 it reaches at most 64 / 295 ≈ 0.22 of peak; prefill (3/4 of blended tokens) runs near 0.5. Time-weighted: 4 / (3 / 0.5 + 1 / 0.2) = 0.36 at best, before latency targets, KV-cache reads and idle gaps.',
        note: 'The default 0.2 takes about half of that best case, for the smaller batches and longer contexts of 2023–24 serving.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 0.1 … 0.2 … 0.37: from half the default (small batches, long contexts) to the roofline best case above.',
      },
      noted(
        DEEPSEEK_DAY6,
        'DeepSeek’s serving gives ~0.21 of BF16 peak for the tokens it computes (cache hits excluded) and 0.37 counting all billed tokens: the default and the top of the range.',
      ),
    ],
    uncertainty: { dist: 'triangular', min: 0.1, mode: 0.2, max: 0.37 },
  },
  {
    id: 'algorithmicGainPerYear',
    value: 1.4,
    unit: '×/yr',
    min: 1,
    max: 10,
    step: 0.01,
    scale: 'log',
    group: 'compute',
    label: { en: 'Algorithmic efficiency gain', zh: '算法效率年增倍数' },
    description: {
      en: 'Factor by which the compute per token within a tier falls each year (distillation, quantisation, better serving), while the tier’s quality rises separately (qualityGrowthPerYear). Every tier’s H100e-hours per million tokens are divided by it each year.',
      zh: '同一档位内每token算力每年下降的倍数(蒸馏、量化、更好的推理服务);该档质量的提升另行计入(质量年增倍数)。各档每百万token的H100等效小时每年除以此倍数。',
    },
    sources: [
      {
        ...HO_ALGORITHMIC_PROGRESS,
        note: '2.8× a year less compute for the same performance. Version 2 splits that gain: part goes into better models at the same compute (qualityGrowthPerYear), part into cheaper tokens within a tier (this parameter).',
      },
      {
        ...OPENAI_CHATGPT_API,
        note: 'A one-off 90% cut in ChatGPT’s cost in three months (December 2022 to March 2023): serving gains can be large.',
      },
      { ...Q002_ALGORITHMS, note: 'The articles’ framing: algorithms, not compute, cut R1’s costs.' },
      { ...Q000_COMPUTE_SAVING, note: 'Qualitative: algorithm design saves compute.' },
      {
        kind: 'assumption',
        ref: '1.4× per year within a tier',
        date: ASSUMED,
        note: 'With qualityGrowthPerYear 2, compute per unit of capability falls 1.4 × 2 = 2.8× a year, Ho et al.’s rate; the DeepSeek-style leap is a separate lever (challengerFlopsRatio).',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 1.1 … 1.4 … 2.5: from tiers whose models grow as fast as they get efficient to most of Ho et al.’s 2.8× going into cheaper tokens.',
      },
      noted(GUNDLACH_PRICE_OF_PROGRESS, 'Algorithmic efficiency alone ~3× a year.'),
    ],
    uncertainty: { dist: 'triangular', min: 1.1, mode: 1.4, max: 2.5 },
  },
  {
    id: 'hardwareGainPerYear',
    value: 1.35,
    unit: '×/yr',
    min: 1,
    max: 4,
    step: 0.01,
    scale: 'linear',
    group: 'compute',
    label: { en: 'Hardware gain', zh: '硬件年增倍数' },
    description: {
      en: 'Factor by which the H100e one dollar of new hardware buys rises each year: the price per H100e of new chips falls by it, so capex per unit of compute falls and so does the user cost of new capacity.',
      zh: '每美元新硬件可买到的H100等效算力每年提升的倍数:新芯片每H100等效的价格按此下降,单位算力的资本开支与新增产能的使用成本随之下降。',
    },
    sources: [
      {
        ...HOBBHAHN_GPU_PRICE_PERFORMANCE,
        note: 'FLOP/s per dollar rose 1.26× (top GPUs) to 1.40× (GPUs used in ML) a year; 1.35 sits between.',
      },
      NORDHAUS_COMPUTING,
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 1.18 … 1.35 … 1.82, the two ends of Nordhaus’s 15–45% a year price fall for computing.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 1.18, mode: 1.35, max: 1.82 },
  },
];
