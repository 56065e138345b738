// The verdict sentence, from real engine results, in both languages (runs in Node).
import { describe, expect, it } from 'vitest';
import { jevons } from '../../src/engine/jevons';
import type { Scenario } from '../../src/model/types';
import { scenarioFromPreset } from '../../src/scenario/from-preset';
import { reboundDisplay, verdictSentence } from '../../web/app/verdict';
import { DEFAULT_PRESET_ID } from '../../web/state/catalogue';

function withValues(values: Partial<Scenario['parameters']>): Scenario {
  const s = scenarioFromPreset(DEFAULT_PRESET_ID);
  return { ...s, parameters: { ...s.parameters, ...values } };
}

describe('the verdict sentence', () => {
  it('names the direction, the window, the change and the verdict class the engine found', () => {
    const seen = new Set<string>();
    for (const elasticity of [0, 0.3, 0.7, 1.2, 2, 3]) {
      const result = jevons(withValues({ elasticity }));
      const r = result.rebound.gpuSpend;
      seen.add(r.verdict);
      const en = verdictSentence(result, 'en');
      const zh = verdictSentence(result, 'zh');
      expect(en.verdict).toBe(r.verdict);
      if (r.verdict === 'undefined') continue;
      const direction = r.changeVsBase >= 0 ? 'raises' : 'cuts';
      expect(en.text).toMatch(
        new RegExp(`price cut ${direction} cumulative \\d{4}–\\d{4} GPU spend by [\\d.,]+%`),
      );
      expect(zh.text).toMatch(
        new RegExp(`年累计 GPU 支出${r.changeVsBase >= 0 ? '增加' : '减少'} [\\d.,]+%——`),
      );
      if (r.verdict === 'backfire') {
        expect(en.text).toContain('backfire: the Jevons paradox');
        expect(zh.text).toContain('回弹超过 100%：杰文斯悖论');
      }
      expect(`${en.text}${zh.text}`).not.toMatch(/NaN|Infinity|undefined/);
    }
    // Low and high elasticities land on different sides of the break-even.
    expect(seen.has('backfire')).toBe(true);
    expect(seen.size).toBeGreaterThan(1);
  });

  it('says why the rebound is undefined when the shock saves nothing, without NaN', () => {
    const result = jevons(withValues({ challengerShareMax: 0, trainingEfficiencyAdoption: 0 }));
    expect(result.rebound.gpuSpend.verdict).toBe('undefined');
    expect(verdictSentence(result, 'en').text).toMatch(
      /^The rebound is undefined at these settings: the shock saves no GPU spend/,
    );
    expect(verdictSentence(result, 'zh').text).toMatch(/^在这些设定下回弹无定义：/);
    const shown = reboundDisplay(result.rebound.gpuSpend, 'en');
    expect(shown.text).toBe('—');
    expect(shown.reason).toMatch(/saves no GPU spend/);
  });
});
