import type { Lang } from './i18n';

/**
 * Unit words as the page shows them. Keys are the atoms of the catalogue's and SERIES_UNITS'
 * unit strings ("GPU-hours/month" is "GPU-hours" per "month"); unknown atoms are shown as written,
 * which is right for symbols such as FLOP.
 */
const WORDS: Record<string, { en: string; zh: string }> = {
  Mtok: { en: 'Mtok', zh: '百万 token' },
  tokens: { en: 'tokens', zh: 'token' },
  token: { en: 'token', zh: 'token' },
  month: { en: 'month', zh: '月' },
  months: { en: 'months', zh: '个月' },
  year: { en: 'year', zh: '年' },
  years: { en: 'years', zh: '年' },
  yr: { en: 'yr', zh: '年' },
  'GPU-hours': { en: 'GPU-hours', zh: 'GPU 小时' },
  'GPU-hour': { en: 'GPU-hour', zh: 'GPU 小时' },
  GPUs: { en: 'GPUs', zh: '块 GPU' },
  H100e: { en: 'H100e', zh: 'H100 当量' },
  'H100e-hours': { en: 'H100e-hours', zh: 'H100 当量小时' },
  'H100e-hour': { en: 'H100e-hour', zh: 'H100 当量小时' },
  'H100e-h': { en: 'H100e-hour', zh: 'H100 当量小时' },
  GPU: { en: 'GPU', zh: '块 GPU' },
  ratio: { en: '', zh: '' },
  '–': { en: '', zh: '' },
  '-': { en: '', zh: '' },
  '': { en: '', zh: '' },
  share: { en: '', zh: '' },
};

function word(atom: string, lang: Lang): string {
  const known = WORDS[atom.trim()];
  return known ? known[lang] : atom.trim();
}

/** Returns the unit written for `lang`, e.g. "GPU-hours/month" → "GPU 小时/月"; "" for pure numbers. */
export function formatUnitSuffix(unit: string, lang: Lang): string {
  // A rate per year ("/yr", Bass p and q) keeps its slash: "0.03 /yr", not "0.03 yr".
  if (unit.startsWith('/')) return `/${formatUnitSuffix(unit.slice(1), lang)}`;
  return unit
    .split('/')
    .map((atom) => word(atom, lang))
    .filter((atom, i) => atom !== '' || i === 0)
    .join('/')
    .replace(/^\/+/, '');
}

/** The unit as a legend or axis label writes it, in parentheses when not empty: " (USD/Mtok)". */
export function unitLabel(unit: string, lang: Lang): string {
  if (unit === 'share') return ' (%)';
  if (unit === 'USD' || unit.startsWith('USD/')) {
    const per = unit === 'USD' ? '' : formatUnitSuffix(unit.slice(4), lang);
    const money = lang === 'zh' ? '美元' : 'USD';
    return ` (${money}${per ? `/${per}` : ''})`;
  }
  const text = formatUnitSuffix(unit, lang);
  return text ? ` (${text})` : '';
}
