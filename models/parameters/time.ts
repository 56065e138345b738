import type { ParameterDef } from '../schema';
import { Q001_RELEASES } from '../sources/quotes-001';
import { Q002_R1_RELEASE } from '../sources/quotes-002';

/** Month index of January 2025: year × 12 + (month − 1). */
const JAN_2025 = 2025 * 12 + 0;

/** The simulated window. */
export const timeParameters: ParameterDef[] = [
  {
    id: 'startMonth',
    value: JAN_2025,
    unit: 'month index (year×12 + month−1)',
    min: 2020 * 12 + 0,
    max: 2035 * 12 + 11,
    step: 1,
    scale: 'linear',
    integer: true,
    group: 'time',
    label: { en: 'Start month', zh: '起始月份' },
    description: {
      en: 'Calendar month of simulation step t = 0, stored as year × 12 + (month − 1): 24300 is January 2025. All yearly factors are applied as factor^(t/12) from this month.',
      zh: '模拟第 t = 0 步对应的日历月份,记为 年 × 12 +(月 − 1):24300 即 2025 年 1 月。所有年度倍数都从这个月起按 倍数^(t/12) 生效。',
    },
    sources: [
      {
        ...Q002_R1_RELEASE,
        note: 'The model starts in the month of the shock: DeepSeek-R1 was released on 2025-01-20, so January 2025 is month 0.',
      },
      {
        ...Q001_RELEASES,
        note: 'DeepSeek-V3 (December 2024) precedes the start; its training-cost figures are the training-efficiency shock.',
      },
    ],
  },
  {
    id: 'horizonMonths',
    value: 60,
    unit: 'months',
    mathUnit: 'month',
    min: 12,
    max: 240,
    step: 1,
    scale: 'linear',
    integer: true,
    group: 'time',
    label: { en: 'Horizon', zh: '模拟时长' },
    description: {
      en: 'Number of monthly steps simulated, t = 0 … horizonMonths − 1. Cumulative GPU-hours and spend in the Jevons verdict are summed over this window.',
      zh: '模拟的月度步数,t = 0 … horizonMonths − 1。杰文斯判定中的累计GPU小时与支出在此区间内加总。',
    },
    sources: [
      {
        kind: 'assumption',
        ref: 'Five-year window',
        note: 'Five years (2025–2029) spans the 2–3 years in which UBS expects training to stay the main driver of AI compute (003) and equals one GPU lifetime (gpuLifetimeYears = 5), so the installed fleet is renewed once over the window. Longer horizons compound uncertain yearly factors into numbers no article speaks to.',
      },
    ],
  },
];
