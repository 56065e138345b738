// The capex chart's numbered notes (the articles' announced capex, each with its caveat) in the
// reader's language: a Chinese page says every caveat in Chinese, not the English one.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID } from '../../models';
import { simulate } from '../../src/engine/simulate';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { capexChart } from '../../web/app/capex-chart-model';

const run = simulate(scenarioFromPreset(DEFAULT_PRESET_ID));

describe('the capex chart’s notes', () => {
  it('say each announced figure and its caveat in Chinese on a Chinese page', () => {
    const notes = capexChart({ run, baseline: run, shockMonth: 0, lang: 'zh' }).notes ?? [];
    expect(notes.length).toBeGreaterThan(3);
    for (const note of notes) {
      // Company names and "AI", "R1", "FY" may stay; no English sentence may.
      expect(note.replace(/Meta|AI|R1|FY/g, ''), note).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('keep the English caveats on an English page, the multi-year plan named as such', () => {
    const notes = capexChart({ run, baseline: run, shockMonth: 0, lang: 'en' }).notes ?? [];
    expect(notes.some((n) => /A multi-year plan, not one year’s spending/.test(n))).toBe(true);
    expect(notes.some((n) => /A lower bound/.test(n))).toBe(true);
  });
});
