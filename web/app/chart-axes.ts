import type { ChartLabels, ValueAxisSpec, YScaleKind } from '../charts/chart-spec';
import { formatNumber, formatPercent, formatValue } from '../i18n/format';
import { type Lang, t } from '../i18n/i18n';
import { unitLabel } from '../i18n/units';

/**
 * A value axis in `unit` (catalogue / SERIES_UNITS spelling): the title carries the unit in the
 * reader's language, ticks use K/M/B or 万/亿, and the hover read-out the full value with unit.
 */
export function valueAxis(
  title: string,
  unit: string,
  scale: YScaleKind,
  lang: Lang,
  include?: readonly number[],
): ValueAxisSpec {
  const isShare = unit === 'share';
  return {
    label: `${title}${unitLabel(unit, lang)}`,
    unit: unitLabel(unit, lang).replace(/^ \(|\)$/g, ''),
    scale,
    format: isShare ? (v) => formatPercent(v, lang) : (v) => formatNumber(v, lang, 2),
    formatValue: (v) => formatValue(v, unit, lang),
    ...(include ? { include } : {}),
  };
}

/** The words a chart shows itself, in `lang`. */
export function chartLabels(lang: Lang): ChartLabels {
  return {
    noData: t(lang, 'chart.noData'),
    nonPositive: t(lang, 'chart.nonPositive'),
    toggleSeries: (series, visible) => t(lang, visible ? 'chart.hide' : 'chart.show', { series }),
  };
}
