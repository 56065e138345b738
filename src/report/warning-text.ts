/**
 * A warning in the reader's language, for both faces: the engine writes its sentence in English
 * (Warning.message); the Chinese one is written here from the warning's fields. Each face passes
 * how it writes a share and a number of tokens (the CLI "3.0%", the app "3.0%" or "10.04万").
 */
import { WARNING_BOUNDS } from '../engine/warnings';
import type { Warning } from '../model/types';
import type { Lang } from './verdict-text';

export interface WarningNumbers {
  share: (value: number) => string;
  tokens: (value: number) => string;
}

interface WarningWords {
  month: string;
  value: string;
  bound: string;
  months: number;
}

const ZH: Record<Warning['id'], (w: WarningWords) => string> = {
  shortage: (w) =>
    `从 ${w.month} 起，超过 ${w.bound} 的算力需求连续 ${w.months} 个月以上得不到满足（峰值 ${w.value}）：即使租赁价格到达上限，机群也无法满足，这样的价格路径市场无法维持。`,
  'spend-share-of-gdp': (w) =>
    `截至 ${w.month} 的十二个月里，算力价值（租赁价格 × 小时数）占全球 GDP 的 ${w.value}，超过 ${w.bound}：没有哪个经济体在一种设备上花过这么多。`,
  'capex-share-of-gdp': (w) =>
    `截至 ${w.month} 的十二个月里，资本开支占全球 GDP 的 ${w.value}，超过 ${w.bound}：没有哪个经济体在一种设备上花过这么多。`,
  'tokens-per-person': (w) =>
    `从 ${w.month} 起，模型每天为地球上每个人提供 ${w.value}，超过 ${w.bound}（大约每人每天一部小说）。`,
};

export function warningText(w: Warning, lang: Lang, numbers: WarningNumbers): string {
  if (lang === 'en') return w.message;
  const write = w.id === 'tokens-per-person' ? numbers.tokens : numbers.share;
  return ZH[w.id]({
    month: w.month,
    value: write(w.value),
    bound: write(w.bound),
    months: WARNING_BOUNDS.shortageMonths,
  });
}
