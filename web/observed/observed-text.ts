import type { Observation } from '../../models/observations/schema';
import type { Source } from '../../models/schema';
import { supportingSources } from '../../models/vintage';
import {
  type MonthSpan,
  modelValue,
  observedUnit as seriesObservedUnit,
  parsePeriod,
} from '../../src/calibration/observed-series';
import type { SimulationResult } from '../../src/model/types';
import { formatNumber, formatValue } from '../i18n/format';
import type { Lang } from '../i18n/i18n';
import { observedT } from '../i18n/observed-messages';
import { dayText } from '../i18n/vintage';
import { describeArticle } from '../state/catalogue';

/** A figure from the project's in-sample set, or one the reader imported from a file. */
export interface ObservedEntry {
  /** Unique among every entry shown (a chart mark's key). */
  key: string;
  observation: Observation;
  origin: 'in-sample' | 'imported';
  /** The imported file's name. */
  file?: string;
}

/**
 * The unit an observation's value is written in: its own, or for one stored without it the unit
 * the backtest reads it in (the series' unit; a sum over months drops the "/month").
 */
export function observedUnit(o: Observation): string {
  return o.unit || seriesObservedUnit(o.series, o.aggregation);
}

/**
 * True when the figure was published after `asOf` (hindsight: shown, never fitted). A figure about
 * months after the vintage cannot have been published by it; otherwise the rule is the fit's — no
 * supporting source (dated by then, not context-only). An imported figure whose sources carry no
 * date is judged by its months alone.
 */
export function isHindsight(o: Observation, asOf: string): boolean {
  const last = o.period.split('/').at(-1)?.trim() ?? '';
  if (last > asOf.slice(0, 7)) return true;
  if (!o.sources.some((s) => s.date !== '')) return false;
  return supportingSources(o.sources, asOf).length === 0;
}

/** "2024-02 – 2025-01", or the one month. */
export function periodText(period: string): string {
  return period
    .split('/')
    .map((p) => p.trim())
    .join(' – ');
}

function sourceRef(source: Source, lang: Lang): string {
  if (source.kind !== 'article') return source.ref;
  const a = describeArticle(source.ref, lang);
  return a ? `${a.publisher}, “${a.title}”` : source.ref;
}

/** One source in a line, with the day it was published (or that none was given). */
function sourceText(source: Source, lang: Lang): string {
  const ref = sourceRef(source, lang);
  if (!source.date) return observedT(lang, 'observed.sourceUndated', { ref });
  return observedT(lang, source.contextOnly ? 'observed.sourceContext' : 'observed.source', {
    ref,
    date: source.date,
  });
}

/** "Observed $115B, the sum over 2024-02 – 2025-01". */
function valueText(o: Observation, lang: Lang): string {
  const unit = observedUnit(o);
  const value = formatValue(o.value, unit, lang);
  const period = periodText(o.period);
  const single = !o.period.includes('/');
  const key =
    o.aggregation === 'sum'
      ? 'observed.sumOver'
      : o.aggregation === 'end'
        ? 'observed.endOf'
        : single
          ? 'observed.inMonth'
          : 'observed.meanOver';
  return observedT(lang, key, { value, period });
}

/**
 * The lines of a figure's card: what it measures, the value and its months, how it is drawn when
 * that differs (a sum turned into the chart's rate), its band or bound, each source with its date,
 * and whether it was fitted. `drawn` is the drawn level in the chart's unit, already formatted.
 */
export function detailLines(entry: ObservedEntry, asOf: string, lang: Lang, drawn: string | null): string[] {
  const o = entry.observation;
  const unit = observedUnit(o);
  const lines: string[] = [];
  if (o.definition) lines.push(o.definition);
  lines.push(valueText(o, lang));
  if (drawn !== null) lines.push(observedT(lang, 'observed.drawnAt', { value: drawn }));
  if (o.low !== undefined || o.high !== undefined) {
    lines.push(
      observedT(lang, 'observed.band', {
        low: formatValue(o.low ?? o.value, unit, lang),
        high: formatValue(o.high ?? o.value, unit, lang),
      }),
    );
  }
  if (o.side) lines.push(observedT(lang, o.side === 'atLeast' ? 'observed.floor' : 'observed.ceiling'));
  if (o.sources.length === 0) lines.push(observedT(lang, 'observed.noSource'));
  for (const s of o.sources) lines.push(sourceText(s, lang));
  if (entry.origin === 'imported' && entry.file)
    lines.push(observedT(lang, 'observed.importedFrom', { file: entry.file }));
  if (isHindsight(o, asOf)) lines.push(observedT(lang, 'observed.hindsight', { date: dayText(asOf, lang) }));
  else if (o.notFitted) lines.push(observedT(lang, 'observed.notFitted', { reason: o.notFitted }));
  return lines;
}

/**
 * The model's value for the figure over the same months, in the figure's unit, and model ÷
 * observed; or why there is none (months outside the run). Cheap, but asked only for an open card.
 */
export function compareText(o: Observation, run: SimulationResult | null, lang: Lang): string {
  const span: MonthSpan | undefined = parsePeriod(o.period);
  if (!run || !span) return observedT(lang, 'observed.noModel', { reason: o.period });
  const v = modelValue(run, o.series, span, o.aggregation);
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    return observedT(lang, 'observed.noModel', { reason: typeof v === 'number' ? '—' : v.reason });
  }
  return observedT(lang, 'observed.model', {
    value: formatValue(v, observedUnit(o), lang),
    ratio: `${formatNumber(v / o.value, lang, 2)}×`,
  });
}
