import type { Distribution } from '../model/types';
import type { Lang } from './verdict-text';

/**
 * How a face writes the numbers of a distribution: `value` in the parameter's unit (the bounds, the
 * mean, the median), `plain` for a number without one (a lognormal's σ, a normal's sd). The words
 * are the report layer's; the typography of numbers stays each face's (the CLI's catalogue units,
 * the app's 万/亿 and calendar months).
 */
export interface DistributionNumbers {
  value(x: number): string;
  plain(x: number): string;
}

const WORDS = {
  en: {
    fixed: 'fixed at {value}',
    uniform: 'uniform from {min} to {max}',
    triangular: 'triangular: {min} – {mode} – {max}',
    fitted: 'fitted, triangular: {min} – {mode} – {max}, drawn with the fit’s correlation',
    normal: 'normal: mean {mean}, sd {sd}, cut to the parameter’s range',
    lognormal: 'lognormal: median {median}, σ {sigma}, cut to the parameter’s range',
  },
  zh: {
    fixed: '固定为 {value}',
    uniform: '均匀分布：{min} 至 {max}',
    triangular: '三角分布：{min} – {mode} – {max}',
    fitted: '拟合值，三角分布：{min} – {mode} – {max}，按拟合的相关性联合抽样',
    normal: '正态分布：均值 {mean}，标准差 {sd}，截断于参数范围',
    lognormal: '对数正态分布：中位数 {median}，σ {sigma}，截断于参数范围',
  },
} as const satisfies Record<Lang, Record<Distribution['dist'] | 'fitted', string>>;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name] : whole,
  );
}

/**
 * A sampled distribution in words, for the CLI's Monte Carlo table and the app's uncertainty panel:
 * "triangular: 0.5 – 1 – 2"; a fitted parameter's posterior says it is drawn with the fit's
 * correlation (src/uncertainty/fit-copula.ts).
 */
export function describeDistribution(d: Distribution, lang: Lang, write: DistributionNumbers): string {
  const words = WORDS[lang];
  const v = write.value;
  switch (d.dist) {
    case 'fixed':
      return fill(words.fixed, { value: v(d.value) });
    case 'uniform':
      return fill(words.uniform, { min: v(d.min), max: v(d.max) });
    case 'triangular':
      return fill(d.fit ? words.fitted : words.triangular, { min: v(d.min), mode: v(d.mode), max: v(d.max) });
    case 'normal':
      return fill(words.normal, { mean: v(d.mean), sd: write.plain(d.sd) });
    case 'lognormal':
      return fill(words.lognormal, { median: v(d.median), sigma: write.plain(d.sigma) });
  }
}
