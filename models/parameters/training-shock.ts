import type { ParameterDef } from '../schema';
import { ASSUMED } from '../sources/article-source';
import {
  DEEPSEEK_V3_REPORT,
  HO_ALGORITHMIC_PROGRESS,
  SEVILLA_TRAINING_COMPUTE,
} from '../sources/external-compute';
import { Q001_GPU_HOURS, Q001_LLAMA3 } from '../sources/quotes-001';
import { Q002_KARPATHY, Q002_META_GROUPS } from '../sources/quotes-002';
import { Q003_MOE_CAVEAT, Q003_UBS_TRAINING_DRIVER } from '../sources/quotes-003';
import {
  Q004_LI_FRONTIER,
  Q004_LI_MORE_CARDS,
  Q004_LI_POST_TRAINING,
  Q004_MEYERS,
  Q004_PRETRAINING,
} from '../sources/quotes-004';

/** The training half of the efficiency lever: how much cheaper, how widely adopted, how re-spent. */
export const trainingShockParameters: ParameterDef[] = [
  {
    id: 'trainingEfficiencyRatio',
    value: 0.071,
    unit: 'ratio',
    min: 0.01,
    max: 1,
    step: 0.001,
    scale: 'log',
    group: 'training',
    label: { en: 'Training efficiency ratio', zh: '训练效率比' },
    description: {
      en: 'H100e-hours a DeepSeek-style training run needs as a fraction of a conventional run for a comparable model. It is the efficiency, not automatically a saving: how much is saved depends on adoption and on the training rebound.',
      zh: 'DeepSeek式训练相对于同等模型常规训练所需H100等效小时之比。这是效率,并不自动等于节省:节省多少取决于采用比例与训练反弹。',
    },
    sources: [
      Q001_LLAMA3,
      Q001_GPU_HOURS,
      {
        kind: 'derived',
        ref: 'DeepSeek-V3 GPU-hours / Llama 3 GPU-hours',
        date: '2025-01-28',
        arithmetic: '2.788e6 / 39.3e6 = 0.0709 ≈ 0.071 (278.8萬 ÷ 3,930萬), which 001 rounds to 7%.',
        note: 'H800 hours against H100 hours (the same compute per hour). 001 calls 2,048 GPUs for “2 個月” 2.788M GPU-hours, but 2,048 × 60 days × 24 h = 2.95M, and 004’s 55 days gives 2,048 × 55 × 24 = 2.70M: the 2.788M figure is the report’s total, the day counts are approximations.',
      },
      DEEPSEEK_V3_REPORT,
      {
        ...Q004_PRETRAINING,
        note: '004 attributes the 557.6万美元 and the 55 days to R1’s “预训练费用”, but they are DeepSeek-V3’s final training run (R1 is post-trained on V3), and they exclude earlier experiments.',
      },
      Q004_LI_POST_TRAINING,
    ],
  },
  {
    id: 'trainingEfficiencyAdoption',
    value: 0.3,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    group: 'training',
    label: { en: 'Training efficiency adoption', zh: '训练效率方法采用比例' },
    description: {
      en: 'Share of the world’s training that adopts DeepSeek-style efficiency, reached on the levers’ ramp after the shock. That share of the budget needs trainingEfficiencyRatio of the H100e-hours for the same models; 0 switches the training part of the efficiency lever off.',
      zh: '全球训练中采用DeepSeek式效率方法的比例,冲击后沿杠杆曲线逐步达到。这部分预算训练同样的模型只需训练效率比的H100等效小时;设为 0 即关闭效率杠杆的训练部分。',
    },
    sources: [
      {
        ...Q003_MOE_CAVEAT,
        note: 'UBS’s caveat that the MoE route may not fit all larger frontier training is why adoption is well below 1.',
      },
      {
        ...Q002_META_GROUPS,
        note: 'Meta set up four groups to copy DeepSeek into Llama: adoption is under way.',
      },
      { ...Q002_KARPATHY, note: 'The strong form of adoption, encoded in the efficiency-bear preset.' },
      {
        kind: 'assumption',
        ref: '30% adoption',
        date: ASSUMED,
        note: 'Roughly the share of training compute that is not pushing the frontier (fine-tunes, distillation, followers’ base models) where DeepSeek’s methods apply directly; frontier runs keep scaling (004, 李博杰).',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 0 … 0.3 … 0.8: from no adoption beyond China to most labs training MoE models the DeepSeek way.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 0, mode: 0.3, max: 0.8 },
  },
  {
    id: 'trainingRebound',
    value: 0.5,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    scale: 'linear',
    group: 'training',
    label: { en: 'Training rebound', zh: '训练反弹' },
    description: {
      en: 'Share ρ of a training-efficiency gain that is spent on larger runs instead of saved: 0 = labs keep a fixed compute target and bank the whole saving; 1 = they keep a fixed budget and train bigger models with all of it, so training hours do not fall.',
      zh: '训练效率提升中被用于更大规模训练而非节省的比例 ρ:0 表示实验室维持固定的算力目标,全部节省下来;1 表示维持固定预算,全部用于训练更大的模型,训练小时不减。',
    },
    sources: [
      {
        ...Q004_LI_FRONTIER,
        note: 'The frontier still consumes a great deal of compute: a cheaper method is re-spent on larger exploration.',
      },
      { ...Q004_LI_MORE_CARDS, note: '“More cards and more resources are certainly still an advantage.”' },
      {
        ...Q004_MEYERS,
        note: 'Lower costs do not mean less compute; the biggest spender may still win.',
      },
      {
        ...Q003_UBS_TRAINING_DRIVER,
        note: 'Even with more efficient algorithms, training stays the main driver of compute.',
      },
      { ...Q002_KARPATHY, note: 'The other end: super-large clusters may not be needed (ρ near 0).' },
      {
        ...HO_ALGORITHMIC_PROGRESS,
        note: 'Algorithms cut the compute for a given performance 2.8× a year, yet frontier training compute grew 4–5× a year (Sevilla et al.): historically the gains were re-spent (ρ ≈ 1).',
      },
      SEVILLA_TRAINING_COMPUTE,
      {
        kind: 'assumption',
        ref: 'ρ = 0.5',
        date: ASSUMED,
        note: 'Frontier labs re-spend efficiency on scale (ρ near 1), while followers and fine-tuners with a fixed capability target bank it (ρ near 0); half and half.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 0 … 0.5 … 1: the whole range between the fixed-target and the fixed-budget lab.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 0, mode: 0.5, max: 1 },
  },
];
