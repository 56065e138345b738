import { ARTICLES_MONTH_ZERO } from '../../models/calendar';
import type { ParameterDef } from '../../models/schema';
import { formatValue } from './format';
import type { Lang } from './i18n';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A parameter value with its unit as the reader's language writes it. The shock's month counts
 * from January 2025; a reader asks "when?", so it is written as the calendar month ("Mar 2025",
 * "2025年3月") rather than "2 months".
 */
export function formatParam(def: Pick<ParameterDef, 'id' | 'unit'>, value: number, lang: Lang): string {
  if (def.id === 'shockMonth' && Number.isInteger(value) && value >= 0) {
    const index = ARTICLES_MONTH_ZERO + value;
    const year = Math.floor(index / 12);
    const month = index % 12;
    return lang === 'zh' ? `${year}年${month + 1}月` : `${MONTHS_EN[month]} ${year}`;
  }
  return formatValue(value, def.unit, lang);
}
