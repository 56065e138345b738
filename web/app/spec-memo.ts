import type { TimeChartSpec, TimeSeriesSpec } from '../charts/chart-spec';

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    // Object.is: NaN equals NaN (a gap stays a gap) and 0 differs from −0 only where it would show.
    if (!Object.is(a[i], b[i])) return false;
  }
  return true;
}

function sameSeries(a: readonly TimeSeriesSpec[], b: readonly TimeSeriesSpec[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const s = a[k];
    const t = b[k];
    if (
      s.id !== t.id ||
      s.label !== t.label ||
      s.color !== t.color ||
      s.dash !== t.dash ||
      s.axis !== t.axis ||
      s.stack !== t.stack ||
      s.mark !== t.mark
    ) {
      return false;
    }
    if (!sameNumbers(s.values, t.values)) return false;
  }
  return true;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Returns `previous` when `next` would draw the same chart, else `next`. The charts redraw only
 * for a new spec object, so a chart that a slider does not affect (the price chart when the
 * elasticity moves) keeps its spec and skips the redraw. Formatters are compared through the
 * axis labels and language-bearing texts, which change whenever they do.
 */
export function keepIfSame(previous: TimeChartSpec | undefined, next: TimeChartSpec): TimeChartSpec {
  if (!previous || previous.id !== next.id || previous.title !== next.title) return next;
  // The series first: on a slider step they are what differs, and the first value that does ends
  // the comparison before any of the JSON ones below.
  if (!sameSeries(previous.series, next.series)) return next;
  if (previous.y.label !== next.y.label || previous.y2?.label !== next.y2?.label) return next;
  if (previous.y.scale !== next.y.scale || previous.xAxisLabel !== next.xAxisLabel) return next;
  // The values an axis must cover (a bands' reach held while new bands are worked out).
  if (!sameJson(previous.y.include ?? [], next.y.include ?? [])) return next;
  if (!sameJson(previous.y2?.include ?? [], next.y2?.include ?? [])) return next;
  if (previous.labels.noData !== next.labels.noData) return next;
  if (!sameJson(previous.x, next.x)) return next;
  if (!sameJson(previous.markers ?? [], next.markers ?? [])) return next;
  if (!sameJson(previous.shading ?? [], next.shading ?? [])) return next;
  if (!sameJson(previous.rules ?? [], next.rules ?? [])) return next;
  if (previous.caption !== next.caption) return next;
  if (previous.bands !== next.bands) return next;
  // Observations are built once per scenario, language and import: the same array while unchanged.
  if (previous.observations !== next.observations) return next;
  return previous;
}
