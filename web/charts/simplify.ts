/**
 * How far (in CSS pixels) a point left out of a drawn line may lie from the segment drawn in its
 * place: a tenth of a pixel, the precision the paths are written to anyway (px10 in
 * path-trace.ts), and far below what a 2-pixel anti-aliased stroke can show. The monthly curves
 * are smooth, so most of their points lie on the straight segment between their neighbours:
 * dropping them makes the path text about four times shorter, and building and parsing that text
 * is most of a slider step's redraw.
 */
export const SUBPIXEL = 0.1;

/**
 * The indices of the points in [start, end) to draw so that every point left out lies within `tol`
 * (vertically, so also at right angles) of the segment drawn in its place. The x must increase;
 * where it does not, the points there are all kept.
 *
 * One pass, narrowing a window of slopes: a segment from the last kept point `a` may end at point j
 * only if its slope keeps every point between within `tol`, that is lies in the window
 * [lo, hi] narrowed by each of them. The first j outside the window ends the segment at j − 1.
 */
export function keptIndices(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  start: number,
  end: number,
  tol: number = SUBPIXEL,
): number[] {
  if (end <= start) return [];
  const kept = [start];
  let a = start;
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  for (let j = start + 1; j < end; j++) {
    const slope = (y[j] - y[a]) / (x[j] - x[a]);
    if (!(x[j] > x[a] && slope >= lo && slope <= hi)) {
      // j − 1 could still end the segment (it fitted, or it is the first point after `a`).
      if (j - 1 > a) {
        a = j - 1;
        kept.push(a);
      }
      lo = Number.NEGATIVE_INFINITY;
      hi = Number.POSITIVE_INFINITY;
      if (!(x[j] > x[a])) {
        // x did not advance: j is a corner of its own.
        a = j;
        kept.push(j);
        continue;
      }
    }
    // Point j now lies between `a` and any later end: narrow the window to keep it within `tol`.
    const dx = x[j] - x[a];
    lo = Math.max(lo, (y[j] - tol - y[a]) / dx);
    hi = Math.min(hi, (y[j] + tol - y[a]) / dx);
  }
  if (kept[kept.length - 1] !== end - 1) kept.push(end - 1);
  return kept;
}
