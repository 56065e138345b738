import type { ReferencePoint } from '../../models/schema';
import { shockIndex } from '../../src/engine/calendar';
import { yearlyRows } from '../../src/report/yearly';
import type { MarkerSpec, RuleSpec, TimeChartSpec } from '../charts/chart-spec';
import { aggregateYearly } from '../charts/yearly-vm';
import { formatValue } from '../i18n/format';
import { type Lang, pick, t } from '../i18n/i18n';
import { capexPoints } from '../state/catalogue';
import { chartLabels, valueAxis } from './chart-axes';
import type { ChartInputs } from './chart-parts';

/**
 * True for an announced figure spread over several years (Stargate's USD 500 B "over four years"):
 * set beside one year's bar it would mislead unless the label says so.
 */
function isMultiYearPlan(p: ReferencePoint): boolean {
  return /multi-year/i.test(caveatText(p, 'en')) || /multi-year/i.test(p.label.en);
}

/** A reference point's caveat in the reader's language (English where only English was written). */
function caveatText(p: ReferencePoint, lang: Lang): string {
  if (p.caveat === undefined) return '';
  return typeof p.caveat === 'string' ? p.caveat : pick(p.caveat, lang);
}

/**
 * Announced capex from the articles as numbered markers on the yearly capex chart — only points in
 * USD whose year lies in the simulated window (a marker outside the axis would mislead) — and a
 * numbered note per marker under the chart with its amount, what it counts and its caveat. A
 * number beside a diamond cannot overprint the way a dozen company lists did; a multi-year plan
 * says so in its note, not only in a tooltip.
 */
function capexMarkers(
  points: readonly ReferencePoint[],
  years: readonly string[],
  lang: Lang,
): { markers: MarkerSpec[]; notes: string[] } {
  const inRange = new Set(years);
  const shown = points
    .filter((p) => p.kind === 'capex' && p.unit.startsWith('USD'))
    .filter((p) => inRange.has(p.date.slice(0, 4)) && Number.isFinite(p.value))
    .sort((a, b) => a.date.slice(0, 4).localeCompare(b.date.slice(0, 4)) || a.value - b.value);
  const markers: MarkerSpec[] = [];
  const notes: string[] = [];
  shown.forEach((p, i) => {
    const n = String(i + 1);
    const amount =
      p.valueHigh !== undefined
        ? `${formatValue(p.value, 'USD', lang)} – ${formatValue(p.valueHigh, 'USD', lang)}`
        : formatValue(p.value, 'USD', lang);
    const subject = pick(p.subject, lang);
    const plan = isMultiYearPlan(p) ? ` (${t(lang, 'chart.multiYearPlan', { subject })})` : '';
    const head = `${pick(p.label, lang)}${plan}: ${amount}`;
    const text = caveatText(p, lang);
    const caveat = text ? ` — ${text}` : '';
    notes.push(`${n}. ${head}${caveat}`);
    markers.push({
      x: p.date.slice(0, 4),
      y: p.value,
      ...(p.valueHigh !== undefined ? { yHigh: p.valueHigh } : {}),
      label: n,
      tooltip: `${subject} ${p.date}: ${head}${caveat}`,
    });
  });
  return { markers, notes };
}

/**
 * The announced capex for these years, worked out once per window and language: every slider step
 * rebuilds the capex chart, and the same markers then keep the spec comparison (keepIfSame) cheap.
 */
let lastAnnounced: { key: string; value: ReturnType<typeof capexMarkers> } | null = null;
function announcedCapex(years: readonly string[], lang: Lang): ReturnType<typeof capexMarkers> {
  const key = `${lang}|${years.join(',')}`;
  if (lastAnnounced?.key !== key) lastAnnounced = { key, value: capexMarkers(capexPoints, years, lang) };
  return lastAnnounced.value;
}

/** The shock month on a yearly axis: inside its year's slot, at the month's place in the year. */
function shockOnYears(inputs: ChartInputs, years: readonly string[]): RuleSpec[] {
  const label = inputs.run.months[shockIndex(inputs.shockMonth)];
  if (!label) return [];
  const i = years.indexOf(label.slice(0, 4));
  if (i < 0) return [];
  const month = Number(label.slice(5, 7)) - 1;
  return [{ x: i - 0.5 + (month + 0.5) / 12, label: t(inputs.lang, 'chart.shock') }];
}

/**
 * Capex per calendar year as stacked bars — the chips (deliveries × price per H100e) and the
 * data-centre shell and power around them — with the baseline's total as a dashed outline and the
 * articles' announced capex as markers. A partial first or last year is labelled as such. The GPU
 * price the year's orders paid (list × scarcity premium, the CLI's yearly column) is a line on the
 * right-hand axis: it is how the shock reaches capex when deliveries sit at the chip-supply ceiling.
 */
export function capexChart(inputs: ChartInputs): TimeChartSpec {
  const { run, baseline, lang } = inputs;
  const chips = aggregateYearly(run.months, run.series.capexChips, 'sum');
  const shell = aggregateYearly(run.months, run.series.capexShell, 'sum');
  const base = aggregateYearly(baseline.months, baseline.series.capex, 'sum');
  // The baseline may cover other years (a saved scenario with another window): align by year.
  const baseByYear = new Map(base.years.map((y, i) => [y, base.values[i]]));
  const baseAligned = Float64Array.from(chips.years, (y) => baseByYear.get(y) ?? Number.NaN);
  const counts = chips.monthCounts;
  const total = t(lang, 'series.capexTotal');
  const announced = announcedCapex(chips.years, lang);
  const gpuPrice = Float64Array.from(yearlyRows(run), (row) => row.gpuPrice);
  return {
    id: 'capex',
    title: t(lang, 'chart.capex'),
    caption: t(lang, 'chart.capexCaption'),
    x: chips.years,
    xUnit: 'year',
    xAxisLabel: t(lang, 'chart.year'),
    formatX: (label, i) => (counts[i] < 12 ? t(lang, 'chart.partialYear', { year: label }) : label),
    y: { ...valueAxis(t(lang, 'axis.capex'), 'USD/yr', 'linear', lang, [0]), yearlyTotals: true },
    y2: valueAxis(t(lang, 'axis.gpuPrice'), 'USD/H100e', 'linear', lang, [0]),
    series: [
      {
        id: 'capexChips',
        label: t(lang, 'series.capexChips'),
        values: chips.values,
        mark: 'bar',
        stack: 'capex',
        color: 'var(--jv-series-1)',
      },
      {
        id: 'capexShell',
        label: t(lang, 'series.capexShell'),
        values: shell.values,
        mark: 'bar',
        stack: 'capex',
        color: 'var(--jv-series-4)',
      },
      {
        id: 'capex-baseline',
        label: t(lang, 'series.baseline', { series: total }),
        values: baseAligned,
        mark: 'bar',
        dash: true,
        color: 'var(--jv-series-2)',
      },
      {
        id: 'gpuPrice',
        label: t(lang, 'series.gpuPrice'),
        values: gpuPrice,
        axis: 'y2',
        color: 'var(--jv-series-3)',
      },
    ],
    markers: announced.markers,
    notes: announced.notes,
    rules: shockOnYears(inputs, chips.years),
    labels: chartLabels(lang),
  };
}
