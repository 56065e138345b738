/** What the slider needs to know about a parameter's range. */
export interface SliderRange {
  min: number;
  max: number;
  step: number;
  scale: 'linear' | 'log';
  integer?: boolean;
}

/** Positions of a log-scale range input: fine enough that a keyboard step moves about 0.5 %. */
const LOG_POSITIONS = 1000;

function isLog(range: SliderRange): boolean {
  // A log scale needs a positive range; the catalogue promises one, but a bad entry falls back to linear.
  return range.scale === 'log' && range.min > 0 && range.max > range.min;
}

/** Rounds `value` to the parameter's step (and to a whole number for integer parameters). */
function snap(value: number, range: SliderRange): number {
  const clamped = Math.min(range.max, Math.max(range.min, value));
  if (range.integer) return Math.round(clamped);
  if (isLog(range)) {
    // Keep three significant digits on log sliders: the step of a 1e9…1e14 range means nothing.
    return Number(clamped.toPrecision(3));
  }
  if (!(range.step > 0)) return clamped;
  const steps = Math.round((clamped - range.min) / range.step);
  const snapped = range.min + steps * range.step;
  const decimals = Math.max(0, -Math.floor(Math.log10(range.step)) + 1);
  return Math.min(range.max, Number(snapped.toFixed(decimals)));
}

/** The range input's `min`, `max` and `step` attributes for a parameter. */
export function inputAttributes(range: SliderRange): { min: number; max: number; step: number } {
  if (isLog(range)) return { min: 0, max: LOG_POSITIONS, step: 1 };
  return { min: range.min, max: range.max, step: range.integer ? Math.max(1, range.step) : range.step };
}

/** Returns the range input position (a string as the DOM wants it) for a parameter value. */
export function toPosition(value: number, range: SliderRange): number {
  if (!Number.isFinite(value)) return isLog(range) ? 0 : range.min;
  if (!isLog(range)) return Math.min(range.max, Math.max(range.min, value));
  const v = Math.min(range.max, Math.max(range.min, value));
  return Math.round((Math.log(v / range.min) / Math.log(range.max / range.min)) * LOG_POSITIONS);
}

/** Returns the parameter value, in its catalogue unit, at a range input position. */
export function fromPosition(position: number, range: SliderRange): number {
  if (!isLog(range)) return snap(position, range);
  const f = Math.min(1, Math.max(0, position / LOG_POSITIONS));
  return snap(range.min * Math.exp(f * Math.log(range.max / range.min)), range);
}
