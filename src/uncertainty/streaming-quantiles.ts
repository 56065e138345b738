/**
 * Streaming quantiles for many cells at once (a cell = one series in one month), in memory that does
 * not grow with the number of samples: Monte Carlo never keeps whole paths.
 *
 * Method: a "pilot-ranged histogram" per cell.
 * 1. The first `pilot` values of each cell are stored exactly. If the run ends there, quantiles are
 *    exact (type 7, as `quantileOfSorted`).
 * 2. When the pilot is full, each cell gets `bins` equal bins on a scale fitted to its pilot values:
 *    logarithmic when all are positive and span more than a factor 2 (tokens, spend), else linear
 *    (shares, margins, which may be 0 or negative). The range is the pilot's [min, max] widened by
 *    half its span on each side; the pilot values are binned and then discarded.
 * 3. Later values add 1 to a bin (a multiply, a floor and sometimes one Math.log, no allocation);
 *    values outside the range go to an underflow or overflow bin, and the exact min and max are kept.
 * Quantiles interpolate linearly within the bin that holds the rank (on the fitted scale) and are
 * clamped to the exact [min, max], so a cell that never varies reports its value exactly.
 *
 * Accuracy: the error is below one bin width on the fitted scale — span/512 with the default
 * 1024 bins, i.e. under 0.2 % of the pilot's p0–p100 range, or on a log scale a relative error
 * under ln(max/min)/512. Measured on 20,000 draws (test/uncertainty/quantiles.test.ts): ≤ 0.12 %
 * relative for a lognormal spanning four decades, ≤ 0.025 % of the spread for normal, logistic and
 * drifting data — ten or more times smaller than the Monte Carlo sampling error of a p5 or p95
 * (≈ 1.5 % of σ at 20,000 samples). A quantile outside the widened range (more than half a pilot
 * span beyond the pilot's extremes, which a p5 or p95 almost never is) is interpolated between the
 * exact extreme and the range edge, and is then only as good as that straight line.
 */
import { QUANTILE_KEYS, QUANTILE_LEVELS, type QuantileBands, quantileOfSorted } from './quantiles';

export interface StreamingQuantileOptions {
  /** Values kept exactly per cell before the histogram is fitted. Default 256. */
  pilot?: number;
  /** Histogram bins per cell. Default 1024. */
  bins?: number;
}

export class StreamingQuantiles {
  readonly cells: number;
  readonly pilot: number;
  readonly bins: number;
  /** Values added to each cell (the same for every cell: rows are added whole). */
  private count = 0;
  private pilotValues: Float64Array | null;
  private counts: Uint32Array | null = null;
  /** Per cell: fitted scale is logarithmic (1) or linear (0), the range start and bins per unit. */
  private isLog: Uint8Array;
  private lo: Float64Array;
  private scale: Float64Array;
  private min: Float64Array;
  private max: Float64Array;
  private nanCount: Uint32Array;

  /** `cells` cells, each receiving one value per sample. */
  constructor(cells: number, options: StreamingQuantileOptions = {}) {
    this.cells = cells;
    this.pilot = Math.max(2, options.pilot ?? 256);
    this.bins = Math.max(8, options.bins ?? 1024);
    this.pilotValues = new Float64Array(cells * this.pilot);
    this.isLog = new Uint8Array(cells);
    this.lo = new Float64Array(cells);
    this.scale = new Float64Array(cells);
    this.min = new Float64Array(cells).fill(Number.POSITIVE_INFINITY);
    this.max = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);
    this.nanCount = new Uint32Array(cells);
  }

  /**
   * Adds values[0 … length) to cells offset … offset + length. Call it for every cell once per
   * sample, then `endSample()`.
   */
  addRow(offset: number, values: Float64Array, length: number): void {
    const { min, max } = this;
    if (this.counts === null) {
      const pilotValues = this.pilotValues!;
      const k = this.count;
      for (let i = 0; i < length; i++) {
        const cell = offset + i;
        const v = values[i];
        pilotValues[cell * this.pilot + k] = v;
        if (v < min[cell]) min[cell] = v;
        if (v > max[cell]) max[cell] = v;
      }
      return;
    }
    for (let i = 0; i < length; i++) this.bin(offset + i, values[i]);
  }

  /** Marks the end of one sample (one value added to every cell). */
  endSample(): void {
    this.count++;
    if (this.counts === null && this.count === this.pilot) this.fitHistograms();
  }

  /** Samples added so far. */
  get samples(): number {
    return this.count;
  }

  private bin(cell: number, v: number): void {
    if (Number.isNaN(v)) {
      this.nanCount[cell]++;
      return;
    }
    if (v < this.min[cell]) this.min[cell] = v;
    if (v > this.max[cell]) this.max[cell] = v;
    const g = this.isLog[cell] === 1 ? Math.log(v) : v;
    const x = (g - this.lo[cell]) * this.scale[cell];
    const stride = this.bins + 2;
    // Bin 0 is the underflow, bins + 1 the overflow; `!(x >= 0)` also catches log of 0 or less.
    const index = !(x >= 0) ? 0 : x >= this.bins ? this.bins + 1 : 1 + Math.floor(x);
    this.counts![cell * stride + index]++;
  }

  private fitHistograms(): void {
    const pilotValues = this.pilotValues!;
    this.counts = new Uint32Array(this.cells * (this.bins + 2));
    for (let cell = 0; cell < this.cells; cell++) {
      const lo = this.min[cell];
      const hi = this.max[cell];
      const useLog = lo > 0 && hi > 2 * lo;
      const gLo = useLog ? Math.log(lo) : lo;
      const gHi = useLog ? Math.log(hi) : hi;
      // A constant pilot still gets a non-empty range, so later values that differ are binned.
      const span = gHi > gLo ? gHi - gLo : Math.max(Math.abs(gLo), 1) * 1e-6;
      this.isLog[cell] = useLog ? 1 : 0;
      this.lo[cell] = gLo - span / 2;
      this.scale[cell] = this.bins / (2 * span);
      for (let k = 0; k < this.pilot; k++) this.bin(cell, pilotValues[cell * this.pilot + k]);
    }
    this.pilotValues = null;
  }

  /** Quantile `p` of one cell, in the unit of its values; NaN if the cell holds no number. */
  quantile(cell: number, p: number): number {
    if (this.counts === null) {
      const values = this.pilotValues!.subarray(cell * this.pilot, cell * this.pilot + this.count);
      return quantileOfSorted(values.filter((v) => !Number.isNaN(v)).sort(), p);
    }
    const stride = this.bins + 2;
    const base = cell * stride;
    const n = this.count - this.nanCount[cell];
    if (n === 0) return Number.NaN;
    const target = p * n;
    let before = 0;
    let index = 0;
    while (index < stride - 1 && before + this.counts[base + index] < target) {
      before += this.counts[base + index];
      index++;
    }
    const inBin = this.counts[base + index];
    const fraction = inBin > 0 ? (target - before) / inBin : 0.5;
    const width = 1 / this.scale[cell];
    const binStart = this.lo[cell] + (index - 1) * width;
    const isLog = this.isLog[cell] === 1;
    // Underflow and overflow have no fixed width: interpolate to the exact extreme instead.
    let g: number;
    if (index === 0) {
      const gMin = isLog ? Math.log(Math.max(this.min[cell], Number.MIN_VALUE)) : this.min[cell];
      g = gMin + fraction * (this.lo[cell] - gMin);
    } else if (index === stride - 1) {
      const gMax = isLog ? Math.log(this.max[cell]) : this.max[cell];
      const gEdge = this.lo[cell] + this.bins * width;
      g = gEdge + fraction * (gMax - gEdge);
    } else {
      g = binStart + fraction * width;
    }
    const value = isLog ? Math.exp(g) : g;
    return Math.min(Math.max(value, this.min[cell]), this.max[cell]);
  }

  /** p5 … p95 bands for cells offset … offset + length (one series' months). */
  bands(offset: number, length: number): QuantileBands {
    const result = {} as QuantileBands;
    for (const key of QUANTILE_KEYS) {
      const band = new Float64Array(length);
      for (let i = 0; i < length; i++) band[i] = this.quantile(offset + i, QUANTILE_LEVELS[key]);
      result[key] = band;
    }
    return result;
  }
}
