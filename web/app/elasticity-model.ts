import type { SweepResult } from '../../src/engine/sweep';
import type { Basis, BreakEven } from '../../src/model/types';
import { BASIS_WORDS } from '../../src/report/verdict-text';
import type { ElasticityChartSpec } from '../charts/chart-spec';
import { formatNumber, formatPercent } from '../i18n/format';
import { type Lang, t } from '../i18n/i18n';
import { chartLabels } from './chart-axes';

/** (value / reference − 1) per point; NaN (a gap) where the reference is not a positive number. */
function changeAgainst(values: ArrayLike<number>, reference: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: Math.min(values.length, reference.length) }, (_, i) =>
    reference[i] > 0 ? values[i] / reference[i] - 1 : Number.NaN,
  );
}

/**
 * The Jevons curve answers the question directly: how much the shock raises (+) or cuts (−) the
 * total on one basis, cumulated from the shock to the run's end, at every market elasticity. The
 * zero line is "no change", so the curve crosses it at the break-even elasticity (the vertical
 * rule).
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
  const signed = (v: number) => formatPercent(v, lang, true, 2);
  return {
    id: 'elasticity',
    title: t(lang, 'jevons.curveTitle', { basis: what }),
    caption: t(lang, 'jevons.curveCaption', { months: sweep.horizonMonths }),
    xLabel: t(lang, 'axis.elasticity'),
    formatX: (v) => formatNumber(v, lang, 2),
    y: {
      label: `${t(lang, 'axis.changeVsNoShock')} (%)`,
      unit: '%',
      scale: 'linear',
      format: (v) => formatPercent(v, lang, v !== 0, 2),
      formatValue: signed,
      include: [0],
    },
    values: sweep.values,
    // The mechanical saving (tens of percent) is left out: on the same axis it would flatten the
    // curve whose crossing of zero is the answer; the verdict table gives the rebound against it.
    scenario: changeAgainst(path.scenario, path.base),
    zeroLine: t(lang, 'series.noChange'),
    breakEven: breakEven[basis]?.value ?? null,
    current: elasticity,
    labels: {
      ...chartLabels(lang),
      scenario: t(lang, 'series.changeWithShock'),
      breakEven: (v) => t(lang, 'series.breakEvenAt', { value: v }),
      current: (v) => t(lang, 'series.currentAt', { value: v }),
    },
  };
}
