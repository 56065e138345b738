import type { ReferencePoint } from '../../models/schema';
import type { SimulationResult } from '../../src/model/types';
import type { MarkerSpec, TimeChartSpec } from '../charts/chart-spec';
import { aggregateYearly } from '../charts/yearly-vm';
import { formatValue } from '../i18n/format';
import { type Lang, pick, t } from '../i18n/i18n';
import { referencePoints } from '../state/catalogue';
import { chartLabels, valueAxis } from './chart-axes';

/**
 * Announced capex from the articles as markers on the yearly spend chart: only points in USD whose
 * year lies in the simulated window (a marker outside the axis would mislead).
 */
export function capexMarkers(
  points: readonly ReferencePoint[],
  years: readonly string[],
  lang: Lang,
): MarkerSpec[] {
  const inRange = new Set(years);
  const out: MarkerSpec[] = [];
  for (const p of points) {
    if (p.kind !== 'capex' || !p.unit.startsWith('USD')) continue;
    const year = p.date.slice(0, 4);
    if (!inRange.has(year) || !Number.isFinite(p.value)) continue;
    const amount =
      p.valueHigh !== undefined
        ? `${formatValue(p.value, 'USD', lang)} – ${formatValue(p.valueHigh, 'USD', lang)}`
        : formatValue(p.value, 'USD', lang);
    const tooltip = [`${pick(p.subject, lang)} ${p.date}: ${amount}`, pick(p.label, lang), p.caveat ?? '']
      .filter(Boolean)
      .join(' — ');
    out.push({
      x: year,
      y: p.value,
      ...(p.valueHigh !== undefined ? { yHigh: p.valueHigh } : {}),
      label: pick(p.subject, lang),
      tooltip,
    });
  }
  return out;
}

/**
 * GPU spend and capex summed per calendar year (bars), the baseline's spend dashed, against the
 * announced capex points. A partial first or last year is labelled as such.
 */
export function spendChart(run: SimulationResult, ref: SimulationResult, lang: Lang): TimeChartSpec {
  const spend = aggregateYearly(run.months, run.series.gpuSpend, 'sum');
  const capex = aggregateYearly(run.months, run.series.capex, 'sum');
  const baseSpend = aggregateYearly(ref.months, ref.series.gpuSpend, 'sum');
  // The baseline may cover other years (a saved scenario with another window): align by year.
  const baseByYear = new Map(baseSpend.years.map((y, i) => [y, baseSpend.values[i]]));
  const baseAligned = Float64Array.from(spend.years, (y) => baseByYear.get(y) ?? Number.NaN);
  const counts = spend.monthCounts;
  const seriesLabel = t(lang, 'series.gpuSpend');
  return {
    id: 'spend',
    title: t(lang, 'chart.spend'),
    x: spend.years,
    xUnit: 'year',
    xAxisLabel: t(lang, 'chart.year'),
    formatX: (label, i) => (counts[i] < 12 ? t(lang, 'chart.partialYear', { year: label }) : label),
    y: valueAxis(t(lang, 'axis.spend'), 'USD/yr', 'linear', lang, [0]),
    series: [
      { id: 'gpuSpend', label: seriesLabel, values: spend.values, mark: 'bar', color: 'var(--jv-series-1)' },
      {
        id: 'capex',
        label: t(lang, 'series.capex'),
        values: capex.values,
        mark: 'bar',
        color: 'var(--jv-series-2)',
      },
      {
        id: 'gpuSpend-baseline',
        label: t(lang, 'series.baseline', { series: seriesLabel }),
        values: baseAligned,
        mark: 'bar',
        dash: true,
        color: 'var(--jv-series-1)',
      },
    ],
    markers: capexMarkers(referencePoints, spend.years, lang),
    labels: chartLabels(lang),
  };
}
