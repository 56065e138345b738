import type { ScaleContinuousNumeric } from 'd3-scale';

/**
 * A d3 linear or log scale with a two-value domain as a plain function giving the same pixel, bit
 * for bit: d3's own call goes through `+x`, a NaN check, the clamp, the transform and two closures,
 * and a slider step places ~3,500 values (≈35 paths of 96 months), a tenth of a chart's redraw. The
 * arithmetic is d3-scale's (`normalize`, then `interpolateNumber`: `r0 * (1 - t) + r1 * t`, on
 * `Math.log` of the values for a log scale), so paths are unchanged. Callers pass only values the
 * scale can place (finite; > 0 on a log scale).
 */
export function pixelMap(scale: ScaleContinuousNumeric<number, number>, log: boolean): (v: number) => number {
  const domain = scale.domain();
  const range = scale.range();
  const plain = domain.length === 2 && range.length === 2 && !scale.clamp();
  // A log scale over negative values reflects its transform; the charts' log axes are positive.
  if (!plain || (log && !(domain[0] > 0 && domain[1] > 0))) return (v) => scale(v);
  let a = log ? Math.log(domain[0]) : domain[0];
  let b = log ? Math.log(domain[1]) : domain[1];
  let r0 = range[0];
  let r1 = range[1];
  if (b < a) {
    [a, b] = [b, a];
    [r0, r1] = [r1, r0];
  }
  const span = b - a;
  if (!span) {
    // d3's normalize of an empty domain: every value at the middle (NaN when the domain is NaN).
    const t = Number.isNaN(span) ? Number.NaN : 0.5;
    const mid = r0 * (1 - t) + r1 * t;
    return () => mid;
  }
  if (log) {
    return (v) => {
      const t = (Math.log(v) - a) / span;
      return r0 * (1 - t) + r1 * t;
    };
  }
  return (v) => {
    const t = (v - a) / span;
    return r0 * (1 - t) + r1 * t;
  };
}
