import type { ParameterDef } from '../schema';
import { ASSUMED, noted } from '../sources/article-source';
import {
  COTTIER_TRAINING_COSTS,
  DELOITTE_INFERENCE_SHARE,
  EPOCH_NVIDIA_STOCK,
  SEVILLA_TRAINING_COMPUTE,
} from '../sources/external-compute';
import { START_FLEET_CHECK } from '../sources/levels';
import { Q001_LLAMA3 } from '../sources/quotes-001';
import { Q003_UBS_TRAINING_DRIVER } from '../sources/quotes-003';
import { Q004_LI_FRONTIER, Q004_LI_MORE_CARDS } from '../sources/quotes-004';
import { trainingShockParameters } from './training-shock';

/** Training compute: its budget and growth; the training half of the efficiency lever follows. */
export const trainingParameters: ParameterDef[] = [
  {
    id: 'trainingGpuHoursPerMonth',
    value: 2e8,
    unit: 'H100e-hours/month',
    mathUnit: 'GPUh/month',
    min: 1e6,
    max: 1e11,
    step: 1e6,
    scale: 'log',
    group: 'training',
    label: { en: 'Training compute at the start', zh: '起始每月训练算力' },
    description: {
      en: 'H100e-hours a month spent on training AI models across the market in January 2023: the training budget. It grows at trainingGrowthPerYear; it competes with inference for the fleet and is part of the compute the verdict counts.',
      zh: '2023年1月全市场每月用于训练AI模型的H100等效小时,即训练预算。它按训练年增倍数增长,与推理争用机群,并计入判定所统计的算力。',
    },
    sources: [
      {
        ...EPOCH_NVIDIA_STOCK,
        note: '~4M H100e in early 2025, growing 2.3× a year: ~0.76M two years earlier, for all AI work.',
      },
      {
        kind: 'derived',
        ref: 'A share of the early-2023 fleet',
        date: '2025-02-13',
        arithmetic:
          '4M / 2.3² ≈ 0.76M H100e in early 2023 × 730.5 h × 0.85 ≈ 4.7e8 H100e-hours a month in use; language-model training about 40% of it (recommendation, vision and other AI work the rest) ≈ 2e8.',
        note: 'The 40% is a judgement; the calibration to 2023–24 observations may move the level.',
      },
      {
        ...Q001_LLAMA3,
        note: '39.3M H100-hours for the Llama 3 family: 2e8 a month is about five such efforts a month across the industry, experiments included.',
      },
      START_FLEET_CHECK,
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: lognormal, median 2e8, σ = 0.5: the central 90% spans ÷2.3 to ×2.3, for the share of the fleet that trained language models and for accelerators outside NVIDIA’s count.',
      },
      noted(DELOITTE_INFERENCE_SHARE, 'Training ~2/3 of AI compute in 2023.'),
    ],
    uncertainty: { dist: 'lognormal', median: 2e8, sigma: 0.5 },
  },
  {
    id: 'trainingGrowthPerYear',
    value: 2.4,
    unit: '×/yr',
    min: 0.5,
    max: 5,
    step: 0.05,
    scale: 'log',
    group: 'training',
    label: { en: 'Training budget growth', zh: '训练预算年增倍数' },
    description: {
      en: 'Factor by which the training budget grows each year, in H100e-hours, before any training-efficiency shock. With a training rebound above 0, part of an efficiency gain is spent on larger runs instead of saved.',
      zh: '训练预算(以H100等效小时计)在没有训练效率冲击时每年增长的倍数。训练反弹大于 0 时,效率提升的一部分被用于更大的训练而非节省。',
    },
    sources: [
      {
        ...COTTIER_TRAINING_COSTS,
        note: 'The default: 2.4× a year, the growth of spending on frontier training.',
      },
      {
        ...SEVILLA_TRAINING_COMPUTE,
        note: 'Frontier runs grow faster (4–5× a year) than the whole market’s training budget, which includes followers and fine-tuning.',
      },
      {
        ...Q003_UBS_TRAINING_DRIVER,
        note: 'UBS: training stays the main growth driver for 2–3 years (the seed prints “AI練需求”, missing 訓; read as AI training demand).',
      },
      Q004_LI_FRONTIER,
      { ...Q004_LI_MORE_CARDS, note: 'Trial and error behind the frontier keeps training compute growing.' },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 1.2 … 2.4 … 4.5: from the bear case of cheaper training to the whole market growing like frontier runs (Sevilla et al.).',
      },
    ],
    uncertainty: { dist: 'triangular', min: 1.2, mode: 2.4, max: 4.5 },
  },
  ...trainingShockParameters,
];
