// The decomposition's waterfall on a narrow figure (half an A4 page, ~360 px): the unit is said once,
// in the axis title, so the bars keep their room; the read-out still says each value with its unit.
import { describe, expect, it } from 'vitest';
import type { Decomposition } from '../../src/model/types';
import { decompositionSpec } from '../../web/app/decomposition-model';
import { waterfallLayout } from '../../web/charts/waterfall-vm';

const served: Decomposition = {
  basis: 'servedCompute',
  horizonMonths: 72,
  unit: 'H100e-hours',
  total: -152e9,
  effects: {
    efficiency: -704e9,
    passThrough: 200e9,
    substitution: 167e9,
    competition: 164e9,
    capacityPrice: 53.5e9,
    investment: -32.5e9,
  },
};

describe('the waterfall on half an A4 page', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`names the unit once, in the axis title, and keeps it in the read-out (${lang})`, () => {
      const spec = decompositionSpec([served], 'servedCompute', lang)!;
      const layout = waterfallLayout(spec, 360);
      const unit = lang === 'en' ? /H100e-hours/ : /H100 当量小时/;
      expect(spec.axisLabel).toMatch(unit);
      for (const bar of layout.bars) {
        expect(bar.valueText).not.toMatch(/H100/);
        expect(bar.valueText).toMatch(/^[+−]?[\d.]/);
        expect(bar.readout).toMatch(unit);
      }
      // The plot keeps at least a third of the figure for the bars.
      expect(layout.plotRight - layout.plotLeft).toBeGreaterThanOrEqual(120);
    });
  }

  it('keeps the dollar sign on money, which is short', () => {
    const capex = { ...served, basis: 'capex' as const, unit: 'USD', total: -40e9 };
    const layout = waterfallLayout(decompositionSpec([capex], 'capex', 'en')!, 360);
    expect(layout.bars.at(-1)!.valueText).toMatch(/^−\$40/);
  });
});
