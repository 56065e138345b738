import type { ReferencePoint } from '../schema';
import { Q000_TRAINING_COST } from '../sources/quotes-000';
import { Q001_GPU_HOURS, Q001_LLAMA3, Q001_TRAINING_COST } from '../sources/quotes-001';
import { Q002_PRETRAINING } from '../sources/quotes-002';
import { Q004_PRETRAINING } from '../sources/quotes-004';

const V3 = { en: 'DeepSeek-V3', zh: 'DeepSeek-V3' };
const R1_ATTRIBUTION =
  'The article attributes 557.6万美元 to R1’s “预训练费用”, but it is the final training run of DeepSeek-V3 (R1 is post-trained on V3): 2.788M H800 GPU-hours × 2 USD, excluding research, ablations and R1’s own reinforcement learning.';
const RUN_ONLY =
  'The cost of one final run at a 2 USD/GPU-hour rental price, not the cost of developing the model or of the GPUs owned.';

/** Training runs: GPU-hours and cost as the articles give them. */
export const trainingCostPoints: ReferencePoint[] = [
  {
    id: 'training-cost-v3-000',
    kind: 'training-cost',
    subject: V3,
    date: '2024-12',
    value: 5.58e6,
    unit: 'USD',
    label: { en: 'DeepSeek training cost, per 000', zh: 'DeepSeek训练成本(000)' },
    sources: [Q000_TRAINING_COST],
    caveat: RUN_ONLY,
  },
  {
    id: 'training-cost-gpt4-000',
    kind: 'training-cost',
    subject: { en: 'OpenAI GPT-4', zh: 'OpenAI GPT-4' },
    date: '2023',
    value: 78e6,
    unit: 'USD',
    label: { en: 'GPT-4 training cost, per 000', zh: 'GPT-4训练成本(000)' },
    sources: [Q000_TRAINING_COST],
    caveat:
      'An outside estimate (OpenAI publishes no figure), not necessarily computed the same way as DeepSeek’s rental-priced final run.',
  },
  {
    id: 'training-cost-v3-001',
    kind: 'training-cost',
    subject: V3,
    date: '2024-12',
    value: 5.58e6,
    unit: 'USD',
    label: { en: 'DeepSeek-V3 total training cost, per 001', zh: 'DeepSeek-V3总训练费用(001)' },
    sources: [Q001_TRAINING_COST],
    caveat: `${RUN_ONLY} 5.58e6 / 2.788e6 GPU-hours = 2.00 USD/GPU-hour (the user cost check of the market parameters).`,
  },
  {
    id: 'training-gpu-hours-v3-001',
    kind: 'training-cost',
    subject: V3,
    date: '2024-12',
    value: 2.788e6,
    unit: 'GPU-hours',
    label: { en: 'DeepSeek-V3 training GPU-hours (H800)', zh: 'DeepSeek-V3训练GPU小时(H800)' },
    sources: [Q001_GPU_HOURS],
    caveat:
      '“2 個月” on 2,048 GPUs would be 2,048 × 60 × 24 = 2.95M GPU-hours; 004’s 55 days gives 2.70M. 2.788M is the reported total; the durations are approximate.',
  },
  {
    id: 'training-gpu-hours-llama3-001',
    kind: 'training-cost',
    subject: { en: 'Meta Llama 3', zh: 'Meta Llama 3' },
    date: '2024',
    value: 39.3e6,
    unit: 'GPU-hours',
    label: { en: 'Llama 3 training GPU-hours (H100)', zh: 'Llama 3训练GPU小时(H100)' },
    sources: [Q001_LLAMA3],
  },
  {
    id: 'training-ratio-v3-llama3-001',
    kind: 'training-cost',
    subject: { en: 'DeepSeek-V3 vs Llama 3', zh: 'DeepSeek-V3对比Llama 3' },
    date: '2024-12',
    value: 0.07,
    unit: 'ratio',
    label: { en: 'V3’s training GPU-hours as a share of Llama 3’s', zh: 'V3训练GPU小时占Llama 3的比例' },
    sources: [Q001_LLAMA3],
    caveat: '2.788 / 39.3 = 0.0709; the catalogue’s trainingEfficiencyRatio uses 0.071.',
  },
  {
    id: 'training-cost-r1-002',
    kind: 'training-cost',
    subject: { en: 'DeepSeek-R1 (per 002)', zh: 'DeepSeek-R1(002)' },
    date: '2025-01-20',
    value: 5.576e6,
    unit: 'USD',
    label: { en: '“Pre-training cost” of R1, per 002', zh: 'R1“预训练费用”(002)' },
    sources: [Q002_PRETRAINING],
    caveat: R1_ATTRIBUTION,
  },
  {
    id: 'training-cost-ratio-gpt4o-002',
    kind: 'training-cost',
    subject: { en: 'R1 vs GPT-4o', zh: 'R1对比GPT-4o' },
    date: '2025-01-20',
    value: 0.1,
    unit: 'ratio',
    label: { en: 'R1’s training cost below 1/10 of GPT-4o’s', zh: 'R1训练成本不及GPT-4o的1/10' },
    sources: [Q002_PRETRAINING],
    caveat:
      'An upper bound (“不及”); it implies GPT-4o’s training cost above 5.576e6 × 10 = 55.76 million USD, a figure OpenAI has not published.',
  },
  {
    id: 'training-cost-r1-004',
    kind: 'training-cost',
    subject: { en: 'DeepSeek-R1 (per 004)', zh: 'DeepSeek-R1(004)' },
    date: '2025-01-20',
    value: 5.576e6,
    unit: 'USD',
    label: { en: '“Pre-training cost” of R1, per 004', zh: 'R1“预训练费用”(004)' },
    sources: [Q004_PRETRAINING],
    caveat: R1_ATTRIBUTION,
  },
  {
    id: 'training-gpu-hours-55-days-004',
    kind: 'training-cost',
    subject: V3,
    date: '2024-12',
    value: 2048 * 55 * 24,
    unit: 'GPU-hours',
    label: { en: '2,048 H800 GPUs × 55 days', zh: '2048块H800 GPU × 55天' },
    sources: [
      Q004_PRETRAINING,
      {
        kind: 'derived',
        ref: 'Cluster size × duration',
        date: '2025-01-27',
        arithmetic: '2,048 GPUs × 55 days × 24 h = 2,703,360 ≈ 2.70M GPU-hours.',
        note: '3% below the 2.788M GPU-hours of 001 and the DeepSeek-V3 report: 55 days is a rounded duration of the main run.',
      },
    ],
    caveat: 'Differs from 001’s 2.788M GPU-hours by 3%; 004 also attributes the run to R1 rather than V3.',
  },
];
