import type { ScaleLinear } from 'd3-scale';

/** A tick of a row chart's axis: its pixel and its text. */
interface AxisTick {
  x: number;
  text: string;
}

/** Room (px) left between two tick labels. */
const GAP = 8;

/**
 * Ticks for a horizontal axis whose labels do not overprint: d3's ticks for about one per `spacing`
 * pixels, fewer while any two neighbours' labels (of estimated width `widthOf`, centred on their
 * tick) would come closer than 8 px — a narrow chart, such as the waterfall on an A4 page, gets
 * two or three ticks instead of five that run into each other. When even the coarsest ticks touch,
 * each is kept only if it clears the last one kept, so at least one remains.
 */
export function fittedTicks(
  x: ScaleLinear<number, number>,
  format: (value: number) => string,
  widthOf: (text: string) => number,
  spacing: number,
): AxisTick[] {
  const [from, to] = x.range();
  const place = (count: number) => x.ticks(count).map((v) => ({ x: x(v), text: format(v) }));
  const clear = (a: AxisTick, b: AxisTick) => b.x - a.x >= (widthOf(a.text) + widthOf(b.text)) / 2 + GAP;
  let ticks: AxisTick[] = [];
  for (let count = Math.max(2, Math.floor(Math.abs(to - from) / spacing)); count >= 1; count--) {
    ticks = place(count);
    if (ticks.every((t, i) => i === 0 || clear(ticks[i - 1], t))) return ticks;
  }
  const kept: AxisTick[] = [];
  for (const t of ticks) if (kept.length === 0 || clear(kept[kept.length - 1], t)) kept.push(t);
  return kept;
}
