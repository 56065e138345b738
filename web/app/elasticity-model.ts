import type { SweepResult } from '../../src/engine/sweep';
import type { Basis, BreakEven } from '../../src/model/types';
import { BASIS_UNITS } from '../../src/model/types';
import { BASIS_WORDS } from '../../src/report/verdict-text';
import type { ElasticityChartSpec } from '../charts/chart-spec';
import { formatNumber } from '../i18n/format';
import { type Lang, t } from '../i18n/i18n';
import { chartLabels, valueAxis } from './chart-axes';

/**
 * The Jevons curve: the total on one basis over the run after the shock, against the market
 * elasticity, with and without the shock (and the mechanical saving); the break-even elasticity
 * where they cross (served compute and capex have one) and the current setting.
 */
export function elasticitySpec(
  sweep: SweepResult,
  basis: Basis,
  breakEven: Partial<Record<Basis, BreakEven>>,
  elasticity: number,
  lang: Lang,
): ElasticityChartSpec {
  const path = sweep.bases[basis];
  const what = BASIS_WORDS[lang][basis];
  return {
    id: 'elasticity',
    title: t(lang, 'jevons.curveTitle', { basis: what }),
    caption: t(lang, 'jevons.curveCaption', { months: sweep.horizonMonths }),
    xLabel: t(lang, 'axis.elasticity'),
    formatX: (v) => formatNumber(v, lang, 2),
    // Log: totals at high elasticities run orders of magnitude above the break-even region.
    y: valueAxis(t(lang, 'axis.cumulative', { basis: what }), BASIS_UNITS[basis], 'log', lang),
    values: sweep.values,
    scenario: path.scenario,
    base: path.base,
    mechanical: path.mechanical,
    breakEven: breakEven[basis]?.value ?? null,
    current: elasticity,
    labels: {
      ...chartLabels(lang),
      scenario: t(lang, 'series.withShock'),
      base: t(lang, 'series.withoutShock'),
      mechanical: t(lang, 'series.mechanical'),
      breakEven: (v) => t(lang, 'series.breakEvenAt', { value: v }),
      current: (v) => t(lang, 'series.currentAt', { value: v }),
    },
  };
}
