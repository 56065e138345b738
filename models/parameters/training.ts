import type { ParameterDef } from '../schema';
import { FLEET_CALIBRATION } from '../sources/calibration';
import { DELOITTE_INFERENCE_SHARE, EPOCH_CHIP_COUNT } from '../sources/external';
import { Q001_GPU_HOURS, Q001_LLAMA3 } from '../sources/quotes-001';
import { Q002_KARPATHY, Q002_META_GROUPS } from '../sources/quotes-002';
import { Q003_MOE_CAVEAT, Q003_UBS_TRAINING_DRIVER } from '../sources/quotes-003';
import {
  Q004_LI_FRONTIER,
  Q004_LI_MORE_CARDS,
  Q004_LI_POST_TRAINING,
  Q004_PRETRAINING,
} from '../sources/quotes-004';

/** Training compute and the training-efficiency half of the DeepSeek shock. */
export const trainingParameters: ParameterDef[] = [
  {
    id: 'trainingGpuHoursPerMonth',
    value: 1.2e9,
    unit: 'GPU-hours/month',
    mathUnit: 'GPUh/month',
    min: 1e6,
    max: 1e11,
    step: 1e6,
    scale: 'log',
    group: 'training',
    label: { en: 'Training GPU-hours per month', zh: '每月训练GPU小时' },
    description: {
      en: 'H100-equivalent GPU-hours spent on training across the market per month at month 0, before the efficiency shock. It grows as trainingGrowthPerYear^(t/12).',
      zh: '第 0 个月全市场每月用于训练的H100等效GPU小时(效率冲击之前),按 训练年增倍数^(t/12) 增长。',
    },
    sources: [
      FLEET_CALIBRATION,
      EPOCH_CHIP_COUNT,
      {
        ...DELOITTE_INFERENCE_SHARE,
        note: 'Inference ~1/2 of AI compute in 2025, so training takes the other half of the fleet’s used hours: 1.2008e9 ≈ 1.2e9 GPU-hours/month.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: lognormal, median 1.2e9, σ = 0.4: the central 90% spans ÷1.9 to ×1.9, for a training share between 1/3 and 2/3 of the fleet’s used hours and accelerators outside Epoch’s Nvidia count.',
      },
    ],
    uncertainty: { dist: 'lognormal', median: 1.2e9, sigma: 0.4 },
  },
  {
    id: 'trainingGrowthPerYear',
    value: 1.5,
    unit: '×/yr',
    min: 0.5,
    max: 5,
    step: 0.05,
    scale: 'log',
    group: 'training',
    label: { en: 'Training growth', zh: '训练算力年增倍数' },
    description: {
      en: 'Factor by which training GPU-hours grow each year without the efficiency shock: H_tr(t) = trainingGpuHoursPerMonth · factor^(t/12) · (1 − adoption · (1 − ratio) · ramp).',
      zh: '无效率冲击时训练GPU小时每年增长的倍数:H_tr(t) = 每月训练GPU小时 · 倍数^(t/12) ·(1 − 采用比例 ·(1 − 效率比)· 爬坡)。',
    },
    sources: [
      {
        ...Q003_UBS_TRAINING_DRIVER,
        note: 'UBS: training stays the main growth driver for 2–3 years (the seed prints “AI練需求”, missing 訓; read as AI training demand).',
      },
      Q004_LI_FRONTIER,
      { ...Q004_LI_MORE_CARDS, note: 'Trial and error behind the frontier keeps training compute growing.' },
      {
        kind: 'assumption',
        ref: '1.5× per year',
        note: 'Close to the announced growth of hyperscaler capex (×1.25 to ×1.6 a year, 002/003/004), most of which buys training clusters; hardware gains are not applied to training GPU-hours, so this is growth in H100-equivalent hours.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 1 … 1.5 … 2.5: flat if the bear case of cheaper training holds, 2.5 if frontier labs keep scaling clusters as 004’s 李博杰 expects.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 1, mode: 1.5, max: 2.5 },
  },
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
      en: 'GPU-hours a DeepSeek-style training run needs as a fraction of a conventional run for a comparable model. Adopting training needs (1 − ratio) fewer GPU-hours.',
      zh: 'DeepSeek式训练相对于同等模型的常规训练所需GPU小时之比。采用该方法的训练可节省 (1 − 比值) 的GPU小时。',
    },
    sources: [
      Q001_LLAMA3,
      Q001_GPU_HOURS,
      {
        kind: 'derived',
        ref: 'DeepSeek-V3 GPU-hours / Llama 3 GPU-hours',
        arithmetic: '2.788e6 / 39.3e6 = 0.0709 ≈ 0.071 (278.8萬 ÷ 3,930萬), which 001 rounds to 7%.',
        note: 'H800 hours against H100 hours (the same compute per hour, facts.md). 001 calls 2,048 GPUs for “2 個月” 2.788M GPU-hours, but 2,048 × 60 days × 24 h = 2.95M, and 004’s 55 days gives 2,048 × 55 × 24 = 2.70M: the 2.788M figure is the report’s total, the day counts are approximations.',
      },
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
    timeVarying: true,
    group: 'training',
    label: { en: 'Training efficiency adoption', zh: '训练效率方法采用比例' },
    description: {
      en: 'Share of the world’s training compute that adopts DeepSeek-style efficiency, reached on the challenger’s ramp after the shock. Training GPU-hours are multiplied by 1 − adoption · (1 − trainingEfficiencyRatio) · ramp; 0 switches this half of the shock off.',
      zh: '全球训练算力中采用DeepSeek式效率方法的比例,冲击后沿挑战者曲线逐步达到。训练GPU小时乘以 1 − 采用比例 ·(1 − 训练效率比)· 爬坡;设为 0 即关闭这部分冲击。',
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
        note: 'Roughly the share of training compute that is not pushing the frontier (fine-tunes, distillation, followers’ base models) where DeepSeek’s methods apply directly; frontier runs keep scaling (004, 李博杰).',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 0 … 0.3 … 0.8: from no adoption beyond China to most labs training MoE models the DeepSeek way.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 0, mode: 0.3, max: 0.8 },
  },
];
