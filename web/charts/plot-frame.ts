import type { ScaleContinuousNumeric, ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import type { PlotModel } from './plot-model';

/**
 * What everything drawn inside a plot area shares: its layers' type, the frame (scales, size, month
 * step) and the rules for placing a value on a y axis.
 */

export type Group = Selection<SVGGElement, unknown, null, undefined>;
export type YScale = ScaleContinuousNumeric<number, number>;

/** Scales and helpers shared by everything drawn inside the plot area. */
export interface PlotFrame {
  x: ScaleLinear<number, number>;
  y: YScale;
  y2: YScale | null;
  innerWidth: number;
  innerHeight: number;
  /** Pixel distance between consecutive x entries (time charts), for bar widths and shading. */
  step: number;
  /** The scales' domains and the plot's size: equal keys place every value at the same pixel. */
  key: string;
}

/** What each annotation layer was last drawn from (unchanged()). */
const drawnKeys = new WeakMap<Element, string>();

/**
 * True when layer `g` was last drawn from these parts under the same scales (domains, scale types,
 * size and month step), so a layer a slider step did not move — shaded spans, announced figures,
 * rules, observed figures — is left alone; records the key otherwise.
 */
export function unchanged(g: Group, model: PlotModel, frame: PlotFrame, parts: readonly string[]): boolean {
  const node = g.node();
  if (!node) return false;
  const key = `${frame.key}|${frame.step}|${model.y.scale}|${model.y2?.scale ?? ''}|${parts.join(';')}`;
  if (drawnKeys.get(node) === key) return true;
  drawnKeys.set(node, key);
  return false;
}

export function scaleFor(frame: PlotFrame, axis: 'y' | 'y2'): YScale {
  return axis === 'y2' && frame.y2 ? frame.y2 : frame.y;
}

/**
 * True when a value can be placed on the scale (a d3 scale or its pixelMap): finite, and > 0 on a
 * log scale (else the line breaks).
 */
export function drawable(scale: (v: number) => number, log: boolean, v: number): boolean {
  return Number.isFinite(v) && (!log || v > 0) && Number.isFinite(scale(v));
}

/** True when `axis` (y2 only if the plot has one) is logarithmic. */
export function isLog(model: PlotModel, axis: 'y' | 'y2'): boolean {
  return (axis === 'y2' && model.y2 ? model.y2 : model.y).scale === 'log';
}
