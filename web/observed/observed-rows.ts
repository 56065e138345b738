import { parsePeriod } from '../../src/calibration/observed-series';
import type { TimeChartSpec } from '../charts/chart-spec';
import { formatValue } from '../i18n/format';
import { observedT } from '../i18n/observed-messages';
import { type MarkFrame, placementOf } from './observed-marks';
import { isHindsight, type ObservedEntry, observedUnit, periodText } from './observed-text';

/** One figure in the observations list under the charts. */
export interface ObservedRow {
  key: string;
  /** The observation's id. */
  id: string;
  origin: 'in-sample' | 'imported';
  /** For an imported figure: its file and its place in it (what a removal names). */
  fileId?: string;
  index?: number;
  definition: string;
  months: string;
  /** The value with its unit. */
  value: string;
  /** The sources' publication dates, or '—'. */
  published: string;
  /** The title of the chart that draws it, or null. */
  chart: string | null;
  /** Why it is not drawn ('' when it is). */
  notDrawn: string;
  /** hindsight, floor, ceiling, not fitted: as words. */
  tags: string[];
}

/** Every figure as a row of the list, with the chart it is drawn on or why it is not drawn. */
export function observedRows(
  entries: readonly ObservedEntry[],
  specs: readonly TimeChartSpec[],
  frame: MarkFrame,
): ObservedRow[] {
  const { lang, asOf } = frame;
  return entries.map((entry) => {
    const o = entry.observation;
    const place = placementOf(o.series, specs);
    const span = parsePeriod(o.period);
    const inRun = span !== undefined && span.last < frame.months.length;
    const notDrawn = !place
      ? observedT(lang, 'observed.notDrawn', { series: o.series })
      : !inRun
        ? observedT(lang, 'observed.outside')
        : '';
    const tags = [
      ...(isHindsight(o, asOf) ? [observedT(lang, 'observed.tagHindsight')] : []),
      ...(o.side === 'atLeast' ? [observedT(lang, 'observed.tagFloor')] : []),
      ...(o.side === 'atMost' ? [observedT(lang, 'observed.tagCeiling')] : []),
      ...(o.notFitted ? [observedT(lang, 'observed.tagNotFitted')] : []),
    ];
    const dates = [...new Set(o.sources.map((s) => s.date).filter((d) => d !== ''))];
    const [fileId, index] = entry.origin === 'imported' ? entry.key.split(':') : [];
    return {
      key: entry.key,
      id: o.id,
      origin: entry.origin,
      ...(fileId !== undefined ? { fileId, index: Number(index) } : {}),
      definition: o.definition,
      months: periodText(o.period),
      value: formatValue(o.value, observedUnit(o), lang),
      published: dates.length > 0 ? dates.join(', ') : '—',
      chart: notDrawn ? null : (place?.chartTitle ?? null),
      notDrawn,
      tags,
    };
  });
}
