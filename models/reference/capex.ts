import type { ReferencePoint } from '../schema';
import { Q002_CAPEX } from '../sources/quotes-002';
import { Q003_MICROSOFT_80B, Q003_SIX_COMPANY_CAPEX, Q003_STARGATE } from '../sources/quotes-003';
import { Q004_META_2025, Q004_META_GOOGLE_CAPEX } from '../sources/quotes-004';

const BIG_FOUR = { en: 'Microsoft, Meta, Google, Amazon', zh: '微软、Meta、谷歌、亚马逊' };
const SIX = {
  en: 'Google, Meta, Amazon, Microsoft, Apple, Oracle',
  zh: '谷歌、Meta、亚马逊、微软、苹果、甲骨文',
};
const FOUR_VS_SIX = {
  en: '002’s four companies (218 billion USD in 2024, AI data centres) exceed 003’s six companies that include them (200 billion USD total capex in 2024): the figures use different definitions or sources (a forecast of AI data-centre spending vs reported capital expenditure) and cannot both be totals of the same thing.',
  zh: '002 的四家公司（2024 年 AI 数据中心投入 2180 亿美元）多于 003 中包含它们的六家公司（2024 年资本支出合计 2000 亿美元）：两个数字的口径或来源不同（AI 数据中心支出的预测与公司报告的资本支出），不可能都是同一件事的总额。',
};

/** Announced or estimated capital expenditure, shown beside the simulated capex. */
export const capexPoints: ReferencePoint[] = [
  {
    id: 'capex-big4-2024',
    kind: 'capex',
    subject: BIG_FOUR,
    date: '2024',
    value: 218e9,
    unit: 'USD',
    label: { en: 'Big four AI data-centre spending, 2024', zh: '四大科技巨头2024年AI数据中心投入' },
    sources: [Q002_CAPEX],
    caveat: FOUR_VS_SIX,
  },
  {
    id: 'capex-big4-2025',
    kind: 'capex',
    subject: BIG_FOUR,
    date: '2025',
    value: 300e9,
    unit: 'USD',
    label: { en: 'Big four capex, FY2025 (at least)', zh: '四大科技巨头2025财年资本支出(至少)' },
    sources: [Q002_CAPEX],
    caveat: {
      en: 'A lower bound (“至少”), over the companies’ fiscal years 2025, which end in different months.',
      zh: '下限（“至少”），按各公司的 2025 财年计，各公司财年的结束月份不同。',
    },
  },
  {
    id: 'capex-six-2023',
    kind: 'capex',
    subject: SIX,
    date: '2023',
    value: 160e9,
    unit: 'USD',
    label: { en: 'Six tech companies’ capex, 2023 (about)', zh: '六家科技公司2023年资本支出(约)' },
    sources: [Q003_SIX_COMPANY_CAPEX],
  },
  {
    id: 'capex-six-2024',
    kind: 'capex',
    subject: SIX,
    date: '2024',
    value: 200e9,
    unit: 'USD',
    label: { en: 'Six tech companies’ capex, 2024', zh: '六家科技公司2024年资本支出' },
    sources: [Q003_SIX_COMPANY_CAPEX],
    caveat: FOUR_VS_SIX,
  },
  {
    id: 'capex-microsoft-2025',
    kind: 'capex',
    subject: { en: 'Microsoft', zh: '微软' },
    date: '2025',
    value: 80e9,
    unit: 'USD',
    label: { en: 'Microsoft capex “this year”', zh: '微软“今年”资本支出' },
    sources: [Q003_MICROSOFT_80B],
    caveat: {
      en: '“今年” in an article of 2025-02-11; Microsoft’s fiscal year 2025 runs July 2024 to June 2025.',
      zh: '2025-02-11 文章中的“今年”；微软 2025 财年为 2024 年 7 月至 2025 年 6 月。',
    },
  },
  {
    id: 'capex-stargate',
    kind: 'capex',
    subject: { en: 'Stargate (announced by Trump)', zh: '星际之门(特朗普宣布)' },
    date: '2025-01',
    value: 500e9,
    unit: 'USD',
    label: { en: 'Stargate AI infrastructure plan', zh: '“星际之门”AI基础设施计划' },
    sources: [Q003_STARGATE],
    caveat: {
      en: 'A multi-year plan, not one year’s spending: do not compare it with a yearly capex bar.',
      zh: '多年计划，并非一年的支出：不要与某一年的资本开支柱比较。',
    },
  },
  {
    id: 'capex-meta-2024',
    kind: 'capex',
    subject: { en: 'Meta', zh: 'Meta' },
    date: '2024',
    value: 38e9,
    valueHigh: 40e9,
    unit: 'USD',
    label: { en: 'Meta capex, 2024 (expected)', zh: 'Meta 2024年资本支出(预计)' },
    sources: [Q004_META_GOOGLE_CAPEX],
  },
  {
    id: 'capex-google-2024',
    kind: 'capex',
    subject: { en: 'Google', zh: '谷歌' },
    date: '2024',
    value: 48e9,
    unit: 'USD',
    label: { en: 'Google capex, 2024 (over)', zh: '谷歌2024年资本支出(超过)' },
    sources: [Q004_META_GOOGLE_CAPEX],
    caveat: {
      en: 'A lower bound (“或超”), estimated from earlier quarterly reports.',
      zh: '下限（“或超”），根据此前的季度报告估算。',
    },
  },
  {
    id: 'capex-meta-2025',
    kind: 'capex',
    subject: { en: 'Meta', zh: 'Meta' },
    date: '2025',
    value: 60e9,
    unit: 'USD',
    label: { en: 'Meta capex, 2025 (over)', zh: 'Meta 2025年资本支出(超过)' },
    sources: [Q004_META_2025],
    caveat: {
      en: 'A lower bound (“将超”), announced by Zuckerberg shortly after R1’s release: ×1.5–1.6 on 2024.',
      zh: '下限（“将超”），扎克伯格在 R1 发布后不久宣布：为 2024 年的 1.5–1.6 倍。',
    },
  },
];
