import type { PlotModel } from './plot-model';

/** A legend entry as drawn, also used by the SVG/PNG export. */
export interface LegendItem {
  key: string;
  label: string;
  color: string;
  dash: boolean;
  /**
   * 'series' entries toggle; 'shade' entries explain a shaded span, 'rule' ones a horizontal rule,
   * 'observed' ones a kind of published figure (drawn with `shape`).
   */
  kind: 'series' | 'shade' | 'rule' | 'observed';
  visible: boolean;
  /** How an 'observed' entry's swatch is drawn. */
  shape?: ObservedShape;
}

/** The swatches of the observations' legend: in the vintage, hindsight, imported, floor, ceiling. */
export type ObservedShape = 'circle' | 'hollow' | 'square' | 'floor' | 'ceiling';

/**
 * Legend entries: each non-quiet series (hidden ones too, so they can be switched back on), then
 * each distinct shading label, then each horizontal rule (named here, not on the plot, where a
 * curve could run through its words), then each kind of published figure the plot shows.
 */
export function legendItems(model: PlotModel | null): LegendItem[] {
  if (!model) return [];
  const items: LegendItem[] = model.series
    .filter((s) => !s.quiet)
    .map((s) => ({
      key: s.id,
      label: s.label,
      color: s.color,
      dash: s.dash,
      kind: 'series',
      visible: s.visible,
    }));
  for (const label of new Set(model.shading.map((s) => s.label))) {
    items.push({
      key: `shade:${label}`,
      label,
      color: 'var(--_shading)',
      dash: false,
      kind: 'shade',
      visible: true,
    });
  }
  for (const rule of model.yRules ?? []) {
    items.push({
      key: `rule:${rule.key}`,
      label: rule.label,
      color: 'var(--_text)',
      dash: false,
      kind: 'rule',
      visible: true,
    });
  }
  items.push(...observedItems(model));
  return items;
}

/** One entry per kind of published figure drawn: in the vintage, hindsight, imported, floors and ceilings. */
function observedItems(model: PlotModel): LegendItem[] {
  const words = model.observationWords;
  const shown = model.observations ?? [];
  if (!words || shown.length === 0) return [];
  const kinds: [ObservedShape, string, boolean][] = [
    ['circle', words.observed, shown.some((o) => o.shape === 'circle' && !o.hollow)],
    ['hollow', words.hindsight, shown.some((o) => o.hollow)],
    ['square', words.imported, shown.some((o) => o.shape === 'square')],
    ['floor', words.floor, shown.some((o) => o.side === 'atLeast')],
    ['ceiling', words.ceiling, shown.some((o) => o.side === 'atMost')],
  ];
  return kinds
    .filter(([, , present]) => present)
    .map(([shape, label]) => ({
      key: `observed:${shape}`,
      label,
      color: 'var(--_marker)',
      dash: false,
      kind: 'observed',
      visible: true,
      shape,
    }));
}

/**
 * Where the read-out goes for a key pressed on the focused plot: arrows step one point, PageUp/Down
 * a tenth of the range, Home/End to the ends; 'clear' for Escape; null for keys the chart ignores.
 * `at` null (no read-out yet) starts from the last point, the most recent month.
 */
export function readoutIndexAfterKey(key: string, at: number | null, count: number): number | 'clear' | null {
  if (key === 'Escape') return 'clear';
  if (count === 0) return null;
  const from = at ?? count - 1;
  const big = Math.max(1, Math.round(count / 10));
  const moves: Record<string, number> = {
    ArrowLeft: from - 1,
    ArrowRight: from + 1,
    PageUp: from - big,
    PageDown: from + big,
    Home: 0,
    End: count - 1,
  };
  if (!(key in moves)) return null;
  return Math.min(count - 1, Math.max(0, moves[key]));
}

/**
 * Which published figure's card a key opens on the focused plot: ArrowDown the next one in x order,
 * ArrowUp the one before (from none: the first or the last), wrapping round; null for other keys
 * or a plot without figures.
 */
export function observationAfterKey(key: string, at: number | null, count: number): number | null {
  if (count === 0 || (key !== 'ArrowDown' && key !== 'ArrowUp')) return null;
  if (at === null) return key === 'ArrowDown' ? 0 : count - 1;
  return (at + (key === 'ArrowDown' ? 1 : count - 1)) % count;
}
