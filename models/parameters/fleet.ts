import type { ParameterDef } from '../schema';
import { DEEPSEEK_DAY6, DEEPSEEK_V3_REPORT, GPU_RENTAL_PRICE, H100_PRICE } from '../sources/external';
import { Q000_FOUNDER_CARDS, Q000_OUTAGE } from '../sources/quotes-000';
import { Q001_GPU_HOURS, Q001_TRAINING_COST } from '../sources/quotes-001';
import { Q002_CAPEX, Q002_PRETRAINING } from '../sources/quotes-002';
import { Q003_SIX_COMPANY_CAPEX } from '../sources/quotes-003';
import { Q004_META_2025, Q004_META_GOOGLE_CAPEX } from '../sources/quotes-004';

/** GPUs & fleet: what a GPU-hour costs, what a GPU costs, and how fast the fleet can grow. */
export const fleetParameters: ParameterDef[] = [
  {
    id: 'gpuHourCost',
    value: 2,
    unit: 'USD/GPU-hour',
    mathUnit: 'USD/GPUh',
    min: 0.2,
    max: 20,
    step: 0.05,
    scale: 'log',
    timeVarying: true,
    group: 'fleet',
    label: { en: 'Cost per GPU-hour', zh: '每GPU小时成本' },
    description: {
      en: 'What one GPU-hour costs whoever runs it (rental-equivalent price of an H100-class GPU). GPU spend S(t) = (inference + training GPU-hours served) · this cost.',
      zh: '运行方每使用一GPU小时的成本(H100级GPU的租用等价价格)。GPU支出 S(t) =(已服务的推理 + 训练GPU小时)· 此成本。',
    },
    sources: [
      Q001_GPU_HOURS,
      Q001_TRAINING_COST,
      {
        kind: 'derived',
        ref: '001’s training cost ÷ GPU-hours',
        arithmetic:
          '5.58e6 USD / 2.788e6 GPU-hours = 2.001 ≈ 2 USD/GPU-hour (558萬美元 ÷ 278.8萬 GPU小時); with 002/004’s unrounded 557.6萬: 5.576e6 / 2.788e6 = 2.000.',
      },
      { ...Q002_PRETRAINING, note: '557.6万美元 is the same figure unrounded.' },
      DEEPSEEK_V3_REPORT,
      {
        ...GPU_RENTAL_PRICE,
        note: 'Market rental matches the $2 assumption; hyperscaler on-demand prices ($3.5–7) are the upper end.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        note: 'Uncertainty: triangular 1.5 … 2 … 3.5: from discounted long-term contracts below the ~$2 market rental to the bottom of hyperscaler on-demand prices.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 1.5, mode: 2, max: 3.5 },
  },
  {
    id: 'gpuCapexPerGpu',
    value: 40000,
    unit: 'USD',
    mathUnit: 'USD',
    min: 5000,
    max: 200000,
    step: 500,
    scale: 'log',
    timeVarying: true,
    group: 'fleet',
    label: { en: 'Capex per GPU', zh: '每块GPU资本开支' },
    description: {
      en: 'Installed cost of one added GPU: the GPU plus its share of server and network, excluding buildings and power. Capex = GPUs bought (growth plus replacement of retired GPUs) · this cost.',
      zh: '每新增一块GPU的装机成本:GPU本身加上其分摊的服务器与网络,不含机房建筑与电力。资本开支 = 购入GPU数(扩容加替换退役GPU)· 此成本。',
    },
    sources: [
      H100_PRICE,
      {
        kind: 'derived',
        ref: 'GPU price plus server and network share',
        arithmetic:
          'Midpoint of the $25k–40k H100 price = 32,500 USD; × 1.25 for the GPU’s share of server chassis, CPUs, memory and network fabric = 40,625 ≈ 40,000 USD.',
        note: 'The 25% uplift is an assumption, not in the reference file. Check against rental: at $2/h × 730 h × 0.7 = $1,022 a month, a $40k GPU pays back in ~39 months, inside the 5-year life.',
      },
    ],
  },
  {
    id: 'gpuLifetimeYears',
    value: 5,
    unit: 'years',
    mathUnit: 'year',
    min: 1,
    max: 10,
    step: 1,
    scale: 'linear',
    integer: true,
    group: 'fleet',
    label: { en: 'GPU lifetime', zh: 'GPU使用年限' },
    description: {
      en: 'Years a GPU stays in the fleet before it retires; retired GPUs must be replaced (and paid for as capex) if the fleet is still needed.',
      zh: 'GPU在机群中服役的年数,到期退役;若仍需要这部分算力,则须替换并计入资本开支。',
    },
    sources: [
      {
        kind: 'assumption',
        ref: 'Five years',
        note: 'Typical accounting life of data-centre servers (4–6 years). Economically it is the span over which a $40k GPU rented at $2/hour at 70% use earns back its cost with margin (~39 months to pay back).',
      },
    ],
  },
  {
    id: 'fleetUtilization',
    value: 0.7,
    unit: 'share',
    min: 0.1,
    max: 1,
    step: 0.01,
    scale: 'linear',
    timeVarying: true,
    group: 'fleet',
    label: { en: 'Fleet utilisation', zh: '机群利用率' },
    description: {
      en: 'Share of a GPU’s 730 hours a month that are used (sold or run). GPUs needed = GPU-hours / (730 · this share): lower utilisation means a bigger fleet for the same work.',
      zh: 'GPU每月 730 小时中被实际使用(售出或运行)的比例。所需GPU数 = GPU小时 /(730 · 此比例):利用率越低,完成同样工作所需机群越大。',
    },
    sources: [
      DEEPSEEK_DAY6,
      {
        kind: 'derived',
        ref: 'DeepSeek average vs peak nodes',
        arithmetic:
          '226.75 average nodes / 278 peak nodes = 0.816: a fleet sized for the daily peak is busy ~82% of the time even when, as at DeepSeek, idle night-time nodes are moved to training.',
      },
      {
        kind: 'assumption',
        ref: '0.7',
        note: 'Below DeepSeek’s 0.82 for spare capacity, maintenance, failures and fleets that cannot shift idle hours to training.',
      },
    ],
  },
  {
    id: 'maxFleetGrowthPerYear',
    value: 2,
    unit: '×/yr',
    min: 1,
    max: 10,
    step: 0.05,
    scale: 'log',
    group: 'fleet',
    label: { en: 'Max fleet growth', zh: '机群最大年增速' },
    description: {
      en: 'Cap on how fast the GPU fleet can grow, as a factor per year (supply of chips, power, buildings). Demand for GPU-hours beyond the capped fleet goes unserved and is reported as shortage.',
      zh: 'GPU机群每年最多可扩张的倍数(受芯片、电力、机房供给限制)。超出机群能力的GPU小时需求无法满足,记为短缺。',
    },
    sources: [
      {
        ...Q002_CAPEX,
        note: '218 → at least 300 billion USD: ×1.38 from 2024 to FY2025 for the four giants.',
      },
      {
        ...Q003_SIX_COMPANY_CAPEX,
        note: '160 → 200 billion USD: ×1.25 from 2023 to 2024 for six companies.',
      },
      Q004_META_GOOGLE_CAPEX,
      { ...Q004_META_2025, note: 'Meta 38–40 → over 60 billion USD: ×1.5–1.6 from 2024 to 2025.' },
      {
        kind: 'derived',
        ref: 'Announced capex growth',
        arithmetic:
          'Announced capex grows ×1.25 (six companies, 2023→2024, 003), ×1.38 (four giants, 2024→FY2025, 002) and ×1.5–1.6 (Meta, 2024→2025, 004) a year. At a constant capex per GPU, the GPU count can grow about as fast as capex; the cap of 2× a year leaves headroom above every announced plan.',
        note: 'The fleet is counted in current-generation GPUs: hardwareGainPerYear already raises every GPU’s throughput, so the cap is not multiplied by it again.',
      },
      {
        kind: 'assumption',
        ref: 'A supply-constrained default world',
        note: 'Without the shock, demanded GPU-hours grow about 5.5^1.0 × 1.5 / (3 × 1.4) ≈ 2× a year before adoption, close to this cap; the DeepSeek shock adds ~25% to demand for compute, which the fleet cannot absorb at once, so the default run shows a shortage (the "R1 is down" of 000) that persists while the fleet grows at the cap. Elastic settings (jevons-bull) outrun the cap entirely. The model has no feedback from shortage to price, so read shortage as the gap between latent demand at falling prices and a fleet growing at the cap, not as a forecast of queues; the Jevons verdict is measured on compute demanded and is not affected.',
      },
      {
        ...Q000_OUTAGE,
        note: 'When demand outruns the fleet, service fails: R1’s outages are the shortage this cap produces.',
      },
      {
        ...Q000_FOUNDER_CARDS,
        note: 'Supply of GPUs, not demand, is what DeepSeek’s founder worries about.',
      },
    ],
  },
];
