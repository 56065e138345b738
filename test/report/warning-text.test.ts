// One wording of the warnings for both faces: the engine's English sentence, the Chinese written from
// the warning's fields; the CLI's `--lang zh` and the app's 中文 read the same sentences.
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../src/model/types';
import { warningText } from '../../src/report/warning-text';
import { warningText as appWarningText } from '../../web/app/verdict-model';
import { runCli } from '../support/cli-harness';

const numbers = { share: (v: number) => `${(v * 100).toFixed(1)}%`, tokens: (v: number) => `${v} token` };

const warnings: Warning[] = [
  { id: 'shortage', value: 0.12, unit: 'share', bound: 0.03, month: '2026-04', message: 'm1' },
  { id: 'spend-share-of-gdp', value: 0.031, unit: 'share', bound: 0.02, month: '2029-12', message: 'm2' },
  { id: 'capex-share-of-gdp', value: 0.025, unit: 'share', bound: 0.02, month: '2028-06', message: 'm3' },
  { id: 'tokens-per-person', value: 120000, unit: 'tokens', bound: 100000, month: '2027-02', message: 'm4' },
];

describe('warnings in the reader’s language', () => {
  it('keeps the engine’s English sentence', () => {
    for (const w of warnings) expect(warningText(w, 'en', numbers)).toBe(w.message);
  });

  it('says each warning in Chinese with its month, value and bound, no English words', () => {
    for (const w of warnings) {
      const text = warningText(w, 'zh', numbers);
      expect(text).toContain(w.month);
      expect(text).toContain(w.id === 'tokens-per-person' ? '120000 token' : numbers.share(w.value));
      expect(text).toContain(w.id === 'tokens-per-person' ? '100000 token' : numbers.share(w.bound));
      expect(text.replace(/token|GDP/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('is the same sentence in the app, with the app’s numbers', () => {
    const w = warnings[0];
    expect(appWarningText(w, 'zh')).toMatch(/^从 2026-04 起，超过 3(\.0)?% 的算力需求/);
  });

  it('reaches jevons run --lang zh', async () => {
    const r = await runCli(['run', 'deepseek-shock', '--lang', 'zh']);
    expect(r.code).toBe(0);
    const section = r.stdout.split('警告:')[1]?.split('\n\n')[0] ?? '';
    expect(section).toMatch(/- \[[a-z-]+\] /);
    expect(section.replace(/\[[a-z-]+\]|token|GDP/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });
});

describe('a value just over its bound', () => {
  it('reads as more than the bound in the app’s Chinese', () => {
    const w: Warning = {
      id: 'tokens-per-person',
      value: 100390,
      unit: 'tokens',
      bound: 100000,
      month: '2027-02',
      message: 'm',
    };
    const text = appWarningText(w, 'zh');
    const [value, bound] = [...text.matchAll(/提供 (\S+) token，超过 (\S+) token/g)][0].slice(1);
    expect(value).not.toBe(bound);
  });
});
