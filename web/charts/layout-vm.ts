import type { PlotModel } from './plot-model';

/** Pixel box of the plot area inside the SVG. */
export interface PlotLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  innerWidth: number;
  innerHeight: number;
  /** How many x ticks fit without their labels touching. */
  maxXTicks: number;
}

/** Approximate width of one character of 11 px tick text: enough to reserve room, no DOM measure needed. */
const CHAR_PX = 6.6;
const TICK_GAP = 8;
const TITLE_PX = 18;

function widestTick(ticks: readonly { text: string }[]): number {
  let chars = 0;
  for (const t of ticks) chars = Math.max(chars, t.text.length);
  return chars * CHAR_PX;
}

/**
 * Margins around the plot for the given SVG size: room for the tick labels (estimated from their
 * length), the axis titles and a right-hand axis when there is one. Never negative; the plot keeps
 * at least 40 × 40 px however small the element gets.
 */
export function layoutFor(model: PlotModel, width: number, height: number): PlotLayout {
  const left = Math.ceil(TITLE_PX + widestTick(model.y.ticks) + TICK_GAP + 6);
  const right = model.y2 ? Math.ceil(TITLE_PX + widestTick(model.y2.ticks) + TICK_GAP + 6) : 16;
  // Rule and marker labels take one row above the plot; point labels a second one below it.
  const rows =
    (model.rules.length > 0 || model.markers.length > 0 ? 1 : 0) + (model.points.length > 0 ? 1 : 0);
  const top = 12 + rows * 14;
  const bottom = 46;
  const innerWidth = Math.max(40, width - left - right);
  const innerHeight = Math.max(40, height - top - bottom);
  // Room per tick: the longest label of a trial set (at least a year's 4 characters) plus 3 of air.
  const chars = model.xTicks(8).reduce((c, t) => Math.max(c, t.text.length), 4);
  const maxXTicks = Math.max(2, Math.floor(innerWidth / ((chars + 3) * CHAR_PX)));
  return {
    width: left + innerWidth + right,
    height: top + innerHeight + bottom,
    left,
    right,
    top,
    bottom,
    innerWidth,
    innerHeight,
    maxXTicks,
  };
}

/** Left offsets (px) for grouped bars: the slot's left edge relative to the x of its point, and the bar width. */
export function barGeometry(step: number, slots: number, slot: number): { offset: number; width: number } {
  const group = Math.max(2, step * 0.8);
  const width = Math.max(1, group / Math.max(1, slots) - 1);
  return { offset: -group / 2 + slot * (group / Math.max(1, slots)), width };
}

/**
 * Vertical offsets (px) for marker labels so that labels do not overprint: a label that would
 * start within `minGap` px in x and one line in y of an already placed label moves up or down by
 * whole lines, nearest free line first, staying inside `bounds` (the plot's top and bottom) when
 * it can; with no free line in bounds it stays at its marker. Labels are placed left to right,
 * top to bottom.
 */
export function staggerLabels(
  points: readonly { x: number; y: number }[],
  minGap: number,
  lineHeight = 13,
  bounds: readonly [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
): number[] {
  const order = points
    .map((_, i) => i)
    .sort((a, b) => points[a].x - points[b].x || points[a].y - points[b].y);
  const offsets = new Array<number>(points.length).fill(0);
  const placed: { x: number; y: number }[] = [];
  const maxTries = 40;
  for (const i of order) {
    const { x, y } = points[i];
    // The marker's own height is always allowed; bounds only limit where a label may be moved to.
    const free = (dy: number) =>
      (dy === 0 || (y + dy >= bounds[0] && y + dy <= bounds[1])) &&
      !placed.some((p) => Math.abs(x - p.x) < minGap && Math.abs(y + dy - p.y) < lineHeight);
    // Own height first, then one line up, one down, two up, … so a label stays near its mark.
    let dy = 0;
    for (let k = 0; k <= maxTries; k++) {
      const candidate = k === 0 ? 0 : (k % 2 === 1 ? -1 : 1) * Math.ceil(k / 2) * lineHeight;
      if (free(candidate)) {
        dy = candidate;
        break;
      }
    }
    placed.push({ x, y: y + dy });
    offsets[i] = dy;
  }
  return offsets;
}
