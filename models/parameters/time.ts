import type { ParameterDef } from '../schema';
import { ASSUMED } from '../sources/article-source';
import { Q001_RELEASES, Q001_SELLOFF } from '../sources/quotes-001';
import { Q002_R1_RELEASE } from '../sources/quotes-002';
import { Q003_STARGATE, Q003_UBS_TRAINING_DRIVER } from '../sources/quotes-003';
import { Q004_R1_RELEASE } from '../sources/quotes-004';

/** The simulated window. Every run starts at the history start, January 2023 (calendar.ts). */
export const timeParameters: ParameterDef[] = [
  {
    id: 'horizonMonths',
    value: 72,
    unit: 'months',
    mathUnit: 'month',
    min: 12,
    max: 240,
    step: 1,
    scale: 'linear',
    integer: true,
    group: 'time',
    label: { en: 'Horizon after January 2025', zh: '2025年1月后的模拟时长' },
    description: {
      en: 'Months simulated after January 2025, the articles’ month 0. Every run also simulates the 24 months of history from January 2023, so it covers 24 + this many months; the Jevons verdict is read 12 and 24 months after the shock and at the end of the run.',
      zh: '2025年1月(文章所说的第0个月)之后模拟的月数。每次运行还会先模拟自2023年1月起的24个月历史,共 24 + 此值 个月;杰文斯判定在冲击后第12、24个月及运行结束时读取。',
    },
    sources: [
      {
        kind: 'assumption',
        ref: 'Six years, 2025–2030',
        date: ASSUMED,
        note: 'Long enough for an order placed after the shock to be delivered (leadTimeMonths) and for a whole fleet vintage to turn over once (gpuLifetimeYears = 5), and for both verdict horizons (12 and 24 months after the shock) to sit well inside the run; it spans the 2–3 years in which UBS expects training to stay the main driver (003) and Stargate’s four-year plan. Longer horizons compound uncertain yearly factors into numbers no article speaks to.',
      },
      { ...Q003_UBS_TRAINING_DRIVER, note: 'UBS looks 2–3 years ahead.' },
      { ...Q003_STARGATE, note: 'A multi-year plan (four years, as announced on 2025-01-21).' },
    ],
  },
  {
    id: 'shockMonth',
    value: 0,
    unit: 'months',
    mathUnit: 'month',
    min: 0,
    max: 60,
    step: 1,
    scale: 'linear',
    integer: true,
    group: 'time',
    label: { en: 'Shock month', zh: '冲击月份' },
    description: {
      en: 'Months after January 2025 at which the DeepSeek shock arrives: its three levers (efficiency, quality, competition) start to ramp in this month. 0 is January 2025, the month R1 was released; the 24 months before it are history.',
      zh: 'DeepSeek冲击在2025年1月之后第几个月到来:三个杠杆(效率、质量、竞争)从这个月开始逐步生效。0 即2025年1月,R1发布的月份;此前24个月为历史。',
    },
    sources: [
      Q002_R1_RELEASE,
      Q004_R1_RELEASE,
      { ...Q001_SELLOFF, note: '001 dates the release 2025-01-20 too: month 0.' },
      {
        ...Q001_RELEASES,
        note: 'DeepSeek-V3 (December 2024) came a month earlier; its training figures are the training-efficiency lever, which ramps in with the others from the shock month.',
      },
    ],
  },
];
