import type { Lang } from '../i18n/i18n';
import { helpEn } from './help-en';
import type { HelpTexts } from './help-types';
import { helpZh } from './help-zh';

/** The help in the reader's language. */
export function helpTexts(lang: Lang): HelpTexts {
  return lang === 'zh' ? helpZh : helpEn;
}
