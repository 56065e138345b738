import { messagesOf } from '../i18n/i18n';

/**
 * Words of the Monte Carlo's status and bands, in both languages (the tornado's and the Sobol
 * indices' are in sensitivity-text.ts, with the panel that loads on demand). Kept beside the views
 * (the app's catalogues en.ts/zh.ts belong to the app shell, which already has the panel titles);
 * `{name}` placeholders as in i18n.t.
 */
const TEXT = {
  en: {
    interval: '95% interval {low}–{high}',
    samples: '{count} Monte Carlo samples',
    running: 'Running {count} samples… {percent}',
    failed: 'Monte Carlo failed: {message}',
    waiting: 'Monte Carlo not run yet',
    outer: '90% of outcomes (p5–p95)',
    inner: '50% of outcomes (p25–p75)',
    firstPass: 'First {count} samples; more coming…',
  },
  zh: {
    interval: '95% 区间 {low}–{high}',
    samples: '{count} 次蒙特卡洛抽样',
    running: '正在运行 {count} 次抽样… {percent}',
    failed: '蒙特卡洛失败：{message}',
    waiting: '尚未运行蒙特卡洛',
    outer: '90% 的结果（p5–p95）',
    inner: '50% 的结果（p25–p75）',
    firstPass: '前 {count} 次抽样；更多抽样进行中…',
  },
} as const;

export type McTextKey = keyof (typeof TEXT)['en'];

/** The text `key` in `lang` with `{name}` placeholders filled. */
export const mcText = messagesOf<McTextKey>(TEXT);
