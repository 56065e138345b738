import type { PlotModel } from './plot-model';

/** A legend entry as drawn, also used by the SVG/PNG export. */
export interface LegendItem {
  key: string;
  label: string;
  color: string;
  dash: boolean;
  /** 'series' entries toggle; 'shade' entries explain a shaded span, 'rule' ones a horizontal rule. */
  kind: 'series' | 'shade' | 'rule';
  visible: boolean;
}

/**
 * Legend entries: each non-quiet series (hidden ones too, so they can be switched back on), then
 * each distinct shading label, then each horizontal rule (named here, not on the plot, where a
 * curve could run through its words).
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
  return items;
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
