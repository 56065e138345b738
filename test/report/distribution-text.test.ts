import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../src/model/types';
import { describeDistribution } from '../../src/report/distribution-text';

// A writer that marks which numbers carry the parameter's unit and which are plain.
const marked = { value: (x: number) => `${x} u`, plain: (x: number) => `<${x}>` };

const EVERY_FAMILY: Distribution[] = [
  { dist: 'fixed', value: 0.4 },
  { dist: 'uniform', min: 1, max: 3 },
  { dist: 'triangular', min: 0.5, mode: 1, max: 2 },
  { dist: 'triangular', min: 1.2, mode: 1.8, max: 3, fit: 'supplyCeilingGrowthPerYear' },
  { dist: 'normal', mean: 2, sd: 0.3 },
  { dist: 'lognormal', median: 5.5, sigma: 0.6 },
];

describe('describeDistribution: one wording of a sampled distribution for the CLI and the app', () => {
  it('names the family and writes every number of it, in both languages, with no placeholder left', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const d of EVERY_FAMILY) {
        const text = describeDistribution(d, lang, marked);
        expect(text, JSON.stringify(d)).not.toMatch(/[{}]|NaN|undefined/);
        for (const [field, x] of Object.entries(d)) {
          if (typeof x === 'number') expect(text, `${lang} ${field}`).toContain(String(x));
        }
      }
    }
  });

  it('puts bounds, mean and median in the unit, and σ and sd plain', () => {
    expect(describeDistribution({ dist: 'triangular', min: 0.5, mode: 1, max: 2 }, 'en', marked)).toBe(
      'triangular: 0.5 u – 1 u – 2 u',
    );
    expect(describeDistribution({ dist: 'normal', mean: 2, sd: 0.3 }, 'en', marked)).toMatch(
      /^normal: mean 2 u, sd <0\.3>/,
    );
    expect(describeDistribution({ dist: 'lognormal', median: 5.5, sigma: 0.6 }, 'zh', marked)).toMatch(
      /^对数正态分布：中位数 5\.5 u，σ <0\.6>/,
    );
  });

  it('says a fitted parameter is drawn with the fit’s correlation, and a hand-set one not', () => {
    const fitted: Distribution = { dist: 'triangular', min: 1.2, mode: 1.8, max: 3, fit: 'x' };
    expect(describeDistribution(fitted, 'en', marked)).toMatch(
      /^fitted, triangular: .* drawn with the fit’s correlation$/,
    );
    expect(describeDistribution(fitted, 'zh', marked)).toMatch(/^拟合值，三角分布：.*联合抽样$/);
    const { fit: _, ...handSet } = fitted;
    expect(describeDistribution(handSet, 'en', marked)).not.toMatch(/fit/);
  });
});
