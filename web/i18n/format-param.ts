import type { ParameterDef } from '../../models/schema';
import { formatMonthIndex, formatValue } from './format';
import type { Lang } from './i18n';

/** True for parameters stored as a month index (year × 12 + month − 1) and shown as "YYYY-MM". */
export function isMonthIndex(def: Pick<ParameterDef, 'id'>): boolean {
  return def.id === 'startMonth';
}

/** A parameter value with its unit as the reader's language writes it ("2025-01" for start month). */
export function formatParam(def: Pick<ParameterDef, 'id' | 'unit'>, value: number, lang: Lang): string {
  return isMonthIndex(def) ? formatMonthIndex(value) : formatValue(value, def.unit, lang);
}
