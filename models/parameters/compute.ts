import type { ParameterDef } from '../schema';
import {
  DEEPSEEK_DAY6,
  DEEPSEEK_V3_REPORT,
  GUNDLACH_PRICE_OF_PROGRESS,
  H100_SPEC,
  NORDHAUS_COMPUTING,
} from '../sources/external';
import { Q000_COMPUTE_SAVING } from '../sources/quotes-000';
import { Q001_PARAMS_TABLE } from '../sources/quotes-001';
import { Q002_ALGORITHMS } from '../sources/quotes-002';
import { Q003_FEW_RESOURCES } from '../sources/quotes-003';

/** Compute per token and GPU throughput: what turns tokens into GPU-hours. */
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
    label: { en: 'FLOP per token (incumbent)', zh: '每token算力(在位者)' },
    description: {
      en: 'φ0: floating-point operations the incumbent model spends per token at month 0, ≈ 2 × active parameters. It falls with algorithmic progress: φ_inc(t) = φ0 · algorithmicGainPerYear^(−t/12).',
      zh: 'φ0:第 0 个月在位模型处理每个token的浮点运算量,约为 2 × 激活参数量。随算法进步下降:φ_inc(t) = φ0 · 算法效率年增倍数^(−t/12)。',
    },
    sources: [
      {
        ...Q001_PARAMS_TABLE,
        note: '001’s table (sourced to Perplexity.AI) gives GPT-4o “Over 200 billion” parameters. OpenAI has not published GPT-4o’s size or whether it is a mixture of experts; the figure is second-hand.',
      },
      {
        kind: 'derived',
        ref: '2 × active parameters',
        arithmetic:
          '2 FLOP per parameter per token (one multiply-add) × 200e9 parameters (GPT-4o, “Over 200 billion”, 001’s table) = 4e11 FLOP/token.',
        note: 'A lower bound in the sense that “over 200 billion” is a floor, but uncertain in both directions: if GPT-4o is a mixture of experts its active parameters could be fewer; attention over long contexts adds FLOP per token.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: lognormal, median 4e11, σ = 0.5: the central 90% runs from 1.8e11 to 9e11 FLOP/token, i.e. from a mixture of experts with ~90B active parameters to a dense model of ~450B. It scales inference GPU-hours, not the rebound, which depends on ratios.',
      },
    ],
    uncertainty: { dist: 'lognormal', median: 4e11, sigma: 0.5 },
  },
  {
    id: 'challengerFlopsRatio',
    value: 0.185,
    unit: 'ratio',
    min: 0.01,
    max: 2,
    step: 0.005,
    scale: 'log',
    group: 'compute',
    label: { en: 'Challenger compute ratio', zh: '挑战者算力比' },
    description: {
      en: 'The challenger’s FLOP per token as a fraction of the incumbent’s at the same month: φ_ch(t) = ratio · φ_inc(t). The served mix costs φ(t) = (1 − s) · φ_inc + s · φ_ch.',
      zh: '挑战者每token浮点运算量占同月在位者的比例:φ_ch(t) = 比例 · φ_inc(t)。服务的混合算力 φ(t) = (1 − s) · φ_inc + s · φ_ch。',
    },
    sources: [
      {
        ...Q001_PARAMS_TABLE,
        note: 'R1 has 671 billion parameters in total, but as a mixture of experts it activates only 37B per token (DeepSeek-V3 report).',
      },
      DEEPSEEK_V3_REPORT,
      {
        kind: 'derived',
        ref: 'Active parameters of R1 vs GPT-4o',
        arithmetic:
          '(2 × 37e9 active parameters of R1/V3, DeepSeek-V3 report) / 4e11 FLOP/token (flopsPerToken, from 001’s table) = 7.4e10 / 4e11 = 0.185.',
        note: 'Inherits the uncertainty of the incumbent’s 4e11 FLOP/token (flopsPerToken).',
      },
      { ...Q003_FEW_RESOURCES, note: 'UBS: inference cost far below comparable models.' },
    ],
  },
  {
    id: 'algorithmicGainPerYear',
    value: 3,
    unit: '×/yr',
    min: 1,
    max: 20,
    step: 0.05,
    scale: 'log',
    group: 'compute',
    label: { en: 'Algorithmic efficiency gain', zh: '算法效率年增倍数' },
    description: {
      en: 'Factor by which the FLOP per token needed at fixed capability falls each year: φ_inc(t) = flopsPerToken · factor^(−t/12), for both incumbent and challenger.',
      zh: '固定能力下每token所需浮点运算量每年下降的倍数:φ_inc(t) = 每token算力 · 倍数^(−t/12),在位者与挑战者同样适用。',
    },
    sources: [
      GUNDLACH_PRICE_OF_PROGRESS,
      { ...Q002_ALGORITHMS, note: 'The articles’ framing: algorithms, not compute, cut R1’s costs.' },
      {
        ...Q000_COMPUTE_SAVING,
        note: 'Qualitative: algorithm design saves compute; the rate is Gundlach et al.’s.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 1.5 … 3 … 6: Gundlach et al.’s ~3×/yr is one estimate; half of it if gains slow, double if distillation and MoE (as in DeepSeek) spread fast.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 1.5, mode: 3, max: 6 },
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
    label: { en: 'GPU peak throughput', zh: 'GPU峰值算力' },
    description: {
      en: 'Peak dense throughput of one GPU of the fleet at month 0 (H100 BF16). Effective throughput is F(t) = peak · inferenceUtilization · hardwareGainPerYear^(t/12), and inference GPU-hours = tokens · φ / (F · 3600).',
      zh: '机群中单块GPU在第 0 个月的稠密峰值算力(H100 BF16)。有效算力 F(t) = 峰值 · 推理利用率 · 硬件年增倍数^(t/12),推理GPU小时 = token数 · φ /(F · 3600)。',
    },
    sources: [
      {
        ...H100_SPEC,
        note: 'BF16 rather than FP8 (1,979 TFLOP/s): not every deployment serves in FP8, and inferenceUtilization is calibrated against this BF16 peak. The fleet is counted in H100-equivalents (Epoch), so the H100 is the unit GPU.',
      },
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
    timeVarying: true,
    group: 'compute',
    label: { en: 'Inference utilisation', zh: '推理算力利用率' },
    description: {
      en: 'Share of gpuPeakFlops actually delivered as useful token FLOP during inference (model FLOP utilisation), while the GPU is serving. Throughput F = gpuPeakFlops · this share · hardware gain.',
      zh: '推理时GPU峰值算力中真正用于token计算的比例(模型算力利用率),按GPU在服务时计。有效算力 F = 峰值算力 · 此比例 · 硬件增益。',
    },
    sources: [
      DEEPSEEK_DAY6,
      {
        kind: 'derived',
        ref: 'DeepSeek day-6 serving figures',
        arithmetic:
          'GPU-hours/day = 226.75 nodes × 8 GPUs × 24 h = 43,536. Tokens computed (cache hits skip prefill) = 608e9 × (1 − 0.563) + 168e9 = 265.7e9 + 168e9 = 433.7e9/day. FLOP/day = 433.7e9 × 2 × 37e9 = 3.209e22. Delivered FLOP/s per GPU = 3.209e22 / (43,536 × 3600 s) = 2.048e14 = 205 TFLOP/s = 0.207 of the 989 TFLOP/s BF16 peak (≈ 0.10 of the FP8 peak, as facts.md says). Counting all 776e9 billed tokens instead: 5.742e22 / 1.567e8 = 366 TFLOP/s = 0.37 of BF16 peak. Check: 43,536 GPU-h / 776,000 Mtok = 0.056 GPU-hours per Mtok.',
        note: 'Default 0.2 takes the computed-token figure, 0.207, rounded down: DeepSeek’s expert-parallel serving is among the most optimised, and the model counts every token at full FLOP, so the cache credit behind 0.37 is not assumed industry-wide.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 0.1 … 0.2 … 0.37: from half of DeepSeek’s computed-token utilisation (less optimised serving) to DeepSeek’s figure with its cache credit.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 0.1, mode: 0.2, max: 0.37 },
  },
  {
    id: 'hardwareGainPerYear',
    value: 1.4,
    unit: '×/yr',
    min: 1,
    max: 4,
    step: 0.01,
    scale: 'linear',
    group: 'compute',
    label: { en: 'Hardware gain', zh: '硬件年增倍数' },
    description: {
      en: 'Factor by which effective throughput per GPU (and per GPU-hour paid) grows each year as newer GPUs arrive: F(t) ∝ factor^(t/12). With gpuHourCost fixed, the cost of a FLOP falls by this factor.',
      zh: '随着新一代GPU上线,单块GPU(亦即每付费GPU小时)的有效算力每年增长的倍数:F(t) ∝ 倍数^(t/12)。若GPU小时成本不变,每单位算力成本按此倍数下降。',
    },
    sources: [
      NORDHAUS_COMPUTING,
      {
        kind: 'derived',
        ref: 'Nordhaus’s price fall as a throughput gain',
        arithmetic:
          'A quality-adjusted price fall of 15–45% per year is a gain of 1/0.85 = 1.18 to 1/0.55 = 1.82× per year in compute per dollar; the midpoint 30% gives 1/0.70 = 1.43 ≈ 1.4×/yr.',
        note: 'Measured over all computing up to 2007, not AI accelerators; used because it is the best-documented long-run rate in the reference file.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 1.18 … 1.4 … 1.82, the two ends of Nordhaus’s 15–45% per year.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 1.18, mode: 1.4, max: 1.82 },
  },
];
