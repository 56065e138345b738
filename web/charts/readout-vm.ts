import { coversIndex } from './observation-vm';
import type { PlotModel, PlotObservation } from './plot-model';

interface ReadoutRow {
  key: string;
  label: string;
  color: string;
  dash: boolean;
  /** How the row's swatch is drawn: a line (series), a filled block (band), none (marker, observation). */
  kind: 'line' | 'band' | 'marker' | 'observed';
  /** Value with unit, or an em dash where there is no value (never "NaN"). */
  text: string;
  /** An observation's mark (● ○ ■ □), drawn in its colour before the label. */
  glyph?: string;
}

export interface Readout {
  index: number;
  heading: string;
  rows: ReadoutRow[];
  /** The same content as one sentence, for the screen reader's live region. */
  spoken: string;
}

const NO_VALUE = '—';

/**
 * What the hover/keyboard read-out lists at point `index`: each visible, non-quiet series' value
 * with its unit, then each band's range, then the announced figures (markers) and the published
 * figures (observations) at that point — so a keyboard user reaches them too. Null when the index
 * is outside the data.
 */
export function readoutAt(model: PlotModel, index: number): Readout | null {
  if (model.empty || !(index >= 0 && index < model.xs.length)) return null;
  const rows: ReadoutRow[] = [];
  for (const s of model.series) {
    if (!s.visible || s.quiet) continue;
    const axis = s.axis === 'y2' && model.y2 ? model.y2 : model.y;
    rows.push({
      key: s.id,
      label: s.label,
      color: s.color,
      dash: s.dash,
      kind: 'line',
      text: valueText(s.values[index], axis),
    });
  }
  for (const b of model.bands) {
    const owner = model.series.find((s) => s.id === b.seriesId);
    const axis = b.axis === 'y2' && model.y2 ? model.y2 : model.y;
    const lo = b.lower[index];
    const hi = b.upper[index];
    const text = Number.isFinite(lo) && Number.isFinite(hi) ? rangeText(lo, hi, axis) : NO_VALUE;
    const label = owner ? `${owner.label} · ${b.label}` : b.label;
    rows.push({ key: `band:${b.key}`, label, color: b.color, dash: false, kind: 'band', text });
  }
  for (const m of model.markers) {
    if (Math.round(m.x) !== index) continue;
    const axis = m.axis === 'y2' && model.y2 ? model.y2 : model.y;
    const value = m.yHigh === null ? axis.formatValue(m.y) : rangeText(m.y, m.yHigh, axis);
    rows.push({
      key: `marker:${m.key}`,
      label: `◆ ${m.label}`,
      color: 'var(--_marker)',
      dash: false,
      kind: 'marker',
      text: value,
    });
  }
  for (const o of model.observations ?? []) {
    if (!coversIndex(o, index)) continue;
    const axis = o.axis === 'y2' && model.y2 ? model.y2 : model.y;
    rows.push({
      key: `observed:${o.key}`,
      label: o.label,
      color: o.color,
      dash: false,
      kind: 'observed',
      glyph: observedGlyph(o),
      text: axis.formatValue(o.y),
    });
  }
  const heading = model.xText(index);
  const spoken = `${heading}. ${rows.map((r) => `${r.label}: ${r.text}`).join('; ')}`;
  return { index, heading, rows, spoken };
}

function valueText(v: number | undefined, axis: PlotModel['y']): string {
  if (v === undefined || !Number.isFinite(v)) return NO_VALUE;
  // On a log axis a value ≤ 0 is not drawn, but it is still a true value: say it.
  return axis.formatValue(v);
}

/** "1.3 – 5.0 USD/Mtok": the unit once, after the upper end. */
function rangeText(lo: number, hi: number, axis: PlotModel['y']): string {
  return `${axis.format(lo)} – ${axis.formatValue(hi)}`;
}

/** The text mark of a published figure: ● in the vintage, ○ hindsight, ■ / □ imported. */
export function observedGlyph(o: Pick<PlotObservation, 'shape' | 'hollow'>): string {
  if (o.shape === 'square') return o.hollow ? '□' : '■';
  return o.hollow ? '○' : '●';
}
