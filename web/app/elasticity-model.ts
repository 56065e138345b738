import type { ElasticityChartSpec } from '../charts/chart-spec';
import { formatNumber } from '../i18n/format';
import { type Lang, t } from '../i18n/i18n';
import type { SimulationView } from '../state/simulation';
import { chartLabels, valueAxis } from './chart-axes';

/**
 * The Jevons panel's curve: cumulative GPU spend against elasticity with and without the shock
 * (and with demand held), the break-even elasticity where they cross, and the current setting.
 */
export function elasticitySpec(view: SimulationView, elasticity: number, lang: Lang): ElasticityChartSpec {
  const { sweep } = view;
  return {
    id: 'elasticity',
    title: t(lang, 'jevons.curveTitle'),
    xLabel: t(lang, 'axis.elasticity'),
    formatX: (v) => formatNumber(v, lang, 2),
    // Log: spend at high elasticities runs orders of magnitude above the break-even region.
    y: valueAxis(t(lang, 'axis.cumulativeSpend'), 'USD', 'log', lang),
    values: sweep.values,
    scenario: sweep.scenario.gpuSpend,
    base: sweep.base.gpuSpend,
    mechanical: sweep.mechanical.gpuSpend,
    breakEven: view.jevons.breakEvenElasticity.value,
    current: elasticity,
    labels: {
      ...chartLabels(lang),
      scenario: t(lang, 'series.scenarioSpend'),
      base: t(lang, 'series.baseSpend'),
      mechanical: t(lang, 'series.mechanical'),
      breakEven: (v) => t(lang, 'series.breakEvenAt', { value: v }),
      current: (v) => t(lang, 'series.currentAt', { value: v }),
    },
  };
}
