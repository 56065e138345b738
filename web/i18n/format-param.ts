import type { ParameterDef } from '../../models/schema';
import { formatValue } from './format';
import type { Lang } from './i18n';

/** A parameter value with its unit as the reader's language writes it. */
export function formatParam(def: Pick<ParameterDef, 'id' | 'unit'>, value: number, lang: Lang): string {
  return formatValue(value, def.unit, lang);
}
