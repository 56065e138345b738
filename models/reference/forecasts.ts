import type { ReferencePoint } from '../schema';
import { Q001_NVDA_REVENUE, Q001_SPX } from '../sources/quotes-001';

const NVIDIA = { en: 'Nvidia', zh: '英伟达' };
const UNIT_SLIP =
  'Not credible as printed: 56.1 / 44.5 = 1.26 matches the stated 26% growth, but Nvidia’s fiscal 2025 revenue was roughly 130 billion USD (public filings; not in the seed or facts.md), and 51% growth on it would give ~196 billion USD for FY2026, ~44× the printed 4.45 billion. Likely a unit or translation slip in the seed; shown only with this warning.';

/** Revenue and market forecasts quoted in the articles. */
export const forecastPoints: ReferencePoint[] = [
  {
    id: 'nvidia-revenue-fy2026-001',
    kind: 'revenue-forecast',
    subject: NVIDIA,
    date: '2026',
    value: 4.45e9,
    unit: 'USD',
    label: {
      en: 'Nvidia FY2026 revenue, consensus as printed (44.5億)',
      zh: '英伟达2026财年营收预期(原文44.5億)',
    },
    sources: [Q001_NVDA_REVENUE],
    caveat: UNIT_SLIP,
  },
  {
    id: 'nvidia-revenue-fy2027-001',
    kind: 'revenue-forecast',
    subject: NVIDIA,
    date: '2027',
    value: 5.61e9,
    unit: 'USD',
    label: {
      en: 'Nvidia FY2027 revenue, consensus as printed (56.1億)',
      zh: '英伟达2027财年营收预期(原文56.1億)',
    },
    sources: [Q001_NVDA_REVENUE],
    caveat: UNIT_SLIP,
  },
  {
    id: 'nvidia-revenue-growth-fy2026-001',
    kind: 'revenue-forecast',
    subject: NVIDIA,
    date: '2026',
    value: 51,
    unit: '%',
    label: { en: 'Nvidia FY2026 revenue growth, consensus', zh: '英伟达2026财年营收增速预期' },
    sources: [Q001_NVDA_REVENUE],
  },
  {
    id: 'nvidia-revenue-growth-fy2027-001',
    kind: 'revenue-forecast',
    subject: NVIDIA,
    date: '2027',
    value: 26,
    unit: '%',
    label: { en: 'Nvidia FY2027 revenue growth, consensus', zh: '英伟达2027财年营收增速预期' },
    sources: [Q001_NVDA_REVENUE],
  },
  {
    id: 'sp500-pe-2025-01-28',
    kind: 'other',
    subject: { en: 'S&P 500', zh: '标普500' },
    date: '2025-01-28',
    value: 22,
    unit: '×',
    label: { en: 'S&P 500 price-earnings ratio', zh: '标普500市盈率' },
    sources: [Q001_SPX],
  },
  {
    id: 'sp500-earnings-growth-001',
    kind: 'revenue-forecast',
    subject: { en: 'S&P 500', zh: '标普500' },
    date: '2025',
    value: 13,
    unit: '%',
    label: { en: 'S&P 500 expected yearly growth', zh: '标普500预期年增长' },
    sources: [Q001_SPX],
    caveat: 'The seed does not say what grows 13% (most likely earnings per share).',
  },
];
