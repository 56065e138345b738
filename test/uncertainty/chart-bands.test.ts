import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario/from-preset';
import { monteCarlo } from '../../src/uncertainty/monte-carlo';
import { resolveDistributions } from '../../src/uncertainty/resolve-distributions';
import { APP_BANDS, chartBands } from '../../web/uncertainty/chart-bands';
import { toMcResult } from '../../web/uncertainty/mc-protocol';

describe('the app’s fan bands', { timeout: 60_000 }, () => {
  const scenario = defaultScenario();
  scenario.parameters.horizonMonths = 12;
  const mc = monteCarlo(scenario, { samples: 12, seed: 4, bands: APP_BANDS });
  const distributions = resolveDistributions(scenario);
  const labels = (final: boolean, lang: 'en' | 'zh') =>
    Object.values(chartBands(toMcResult(mc, distributions, final, null), lang)).flatMap((bands) =>
      (bands ?? []).map((band) => band.label),
    );

  it('say how many samples a quick pass rests on, in the reader’s language', () => {
    const en = labels(false, 'en');
    expect(en).toHaveLength(8);
    for (const label of en) expect(label).toContain('First 12 samples');
    for (const label of labels(false, 'zh')) expect(label).toContain('前 12 次抽样');
  });

  it('say nothing of the count once every sample is in', () => {
    for (const label of [...labels(true, 'en'), ...labels(true, 'zh')]) {
      expect(label).not.toMatch(/First|前 /);
      expect(label.length).toBeGreaterThan(0);
    }
  });
});
