/**
 * Where the pieces of a Monte Carlo come together: per-sample figures placed at their sample's
 * index, histograms added up. Both are independent of the order in which chunks arrive and of the
 * thread that ran them, so `result()` is the same for any split of the work.
 */
import { shockIndex, verdictHorizons } from '../engine';
import { BASES, type Basis, type ParamId, type SeriesId, VERDICTS, type Verdict } from '../model/types';
import type { BandLayout } from './band-layout';
import { FloatHistograms, type HistogramSnapshot, mergeSnapshots, snapshotBands } from './float-histogram';
import type { McItems } from './mc-job';
import {
  BASIS_OUTPUTS,
  type BasisVerdictStats,
  type MonteCarloResult,
  SAMPLE_OUTPUT_IDS,
  type SampleOutputs,
  YEARLY_SERIES,
  type YearlySeriesId,
} from './monte-carlo-types';
import { QUANTILE_KEYS, type QuantileBands, summarize } from './quantiles';
import { addRefusals, noRefusals, refusalError } from './sampled-curve';
import { wilsonProportion } from './stats';

export interface McShape {
  samples: number;
  seed: number;
  parameterIds: readonly ParamId[];
  layout: BandLayout;
  /** The scenario's own shock month (a sample may draw another). */
  shockMonth: number;
}

export class McAccumulator {
  /** Histograms a job in this thread writes into (one-thread runs); made when first asked for. */
  private local: FloatHistograms | null = null;
  /** The threads' histograms added up (parallel runs). */
  private merged: HistogramSnapshot | null = null;
  private readonly inputValues: Float64Array;
  private readonly outputs: SampleOutputs;
  private readonly verdictCodes: Uint8Array;
  /** Samples whose figures have arrived. */
  private arrived = 0;
  /** Samples whose runs met a demand-curve value the model cannot use. */
  private readonly refused = noRefusals();

  constructor(readonly shape: McShape) {
    this.inputValues = new Float64Array(shape.samples * shape.parameterIds.length);
    const outputs = {} as SampleOutputs;
    for (const id of SAMPLE_OUTPUT_IDS) outputs[id] = new Float64Array(shape.samples);
    this.outputs = outputs;
    this.verdictCodes = new Uint8Array(shape.samples * BASES.length);
  }

  /** Histograms for a job in this thread to write its bands into (one thread, no merge). */
  get histograms(): FloatHistograms {
    this.local ??= new FloatHistograms(this.shape.layout.cells);
    return this.local;
  }

  /** Samples whose figures have arrived. */
  get received(): number {
    return this.arrived;
  }

  /** Places one chunk's per-sample figures at their sample indices. */
  addItems(items: McItems): void {
    const k = this.shape.parameterIds.length;
    const width = SAMPLE_OUTPUT_IDS.length;
    this.inputValues.set(items.inputs, items.start * k);
    this.verdictCodes.set(items.codes, items.start * BASES.length);
    const n = items.end - items.start;
    for (let c = 0; c < width; c++) {
      const column = this.outputs[SAMPLE_OUTPUT_IDS[c]];
      for (let i = 0; i < n; i++) column[items.start + i] = items.outputs[i * width + c];
    }
    this.arrived += n;
    addRefusals(this.refused, items.curve);
  }

  /**
   * Adds a thread's histograms: sparse, so the cost is the buckets they fill, not the range they
   * span (the page does this on its own thread).
   */
  addHistogram(snapshot: HistogramSnapshot): void {
    if (snapshot.cells !== this.shape.layout.cells)
      throw new Error(
        `monte carlo: histograms of ${snapshot.cells} cells, the run has ${this.shape.layout.cells}`,
      );
    this.merged = this.merged ? mergeSnapshots(this.merged, snapshot) : snapshot;
  }

  /** Every band's histogram so far, as one snapshot (null before any sample). */
  private allHistograms(): HistogramSnapshot | null {
    const local = this.local && this.local.samples > 0 ? this.local.snapshot() : null;
    if (local && this.merged) return mergeSnapshots(this.merged, local);
    return local ?? this.merged;
  }

  private basisStats(basis: Basis, b: number, n: number, outputs: SampleOutputs): BasisVerdictStats {
    const verdictCounts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
    for (let i = 0; i < n; i++) verdictCounts[VERDICTS[this.verdictCodes[i * BASES.length + b]]]++;
    const undefinedCount = verdictCounts.undefined;
    return {
      basis,
      probabilityBackfire: wilsonProportion(verdictCounts.backfire, n - undefinedCount),
      verdictCounts,
      undefinedShare: n > 0 ? undefinedCount / n : 0,
      rebound: summarize(outputs[BASIS_OUTPUTS[basis].rebound]),
      changeVsBase: summarize(outputs[BASIS_OUTPUTS[basis].change]),
    };
  }

  /**
   * The summary of samples 0 … n − 1, where n is the number of samples whose histograms have been
   * added (all of them at the end; the first pass of a progressive run before). Bands are in each
   * series' unit (SERIES_UNITS); rebounds and changes are ratios.
   * @throws UncertaintyInputError when a sampled run met a demand-curve value the model cannot use:
   *   no bands or counts are computed from a curve the engine had to clip.
   */
  result(): MonteCarloResult {
    const { shape } = this;
    const { layout } = shape;
    const h = this.allHistograms() ?? new FloatHistograms(layout.cells).snapshot();
    const n = h.samples;
    if (n > this.arrived)
      throw new Error(`monte carlo: bands of ${n} samples but figures of ${this.arrived}`);
    if (this.refused.count > 0) throw refusalError(this.refused, n);
    const k = shape.parameterIds.length;
    const months = layout.months;
    const quantiles: Partial<Record<SeriesId, QuantileBands>> = {};
    layout.series.forEach((id, s) => {
      quantiles[id] = snapshotBands(h, s * months, months);
    });
    const tierCount = layout.tiers.length;
    const tokensByTier: Record<string, QuantileBands> = {};
    const listPriceByTier: Record<string, QuantileBands> = {};
    layout.tiers.forEach((tier, i) => {
      tokensByTier[tier] = snapshotBands(h, layout.tierOffset + i * months, months);
      listPriceByTier[tier] = snapshotBands(h, layout.tierOffset + (tierCount + i) * months, months);
    });
    const yearly: Partial<Record<YearlySeriesId, QuantileBands>> = {};
    if (layout.yearly) {
      YEARLY_SERIES.forEach((id, s) => {
        yearly[id] = snapshotBands(h, layout.yearOffset + s * layout.years.length, layout.years.length);
      });
    }
    const outputs = {} as SampleOutputs;
    for (const id of SAMPLE_OUTPUT_IDS) outputs[id] = this.outputs[id].subarray(0, n);
    const verdicts = {} as Record<Basis, BasisVerdictStats>;
    BASES.forEach((basis, b) => {
      verdicts[basis] = this.basisStats(basis, b, n, outputs);
    });
    return {
      samples: n,
      seed: shape.seed,
      months: [...layout.monthLabels],
      shockIndex: shockIndex(shape.shockMonth),
      horizonMonths: verdictHorizons(months, shape.shockMonth).at(-1) ?? 0,
      parameterIds: [...shape.parameterIds],
      quantileKeys: QUANTILE_KEYS,
      bandedSeries: [...layout.series],
      quantiles,
      tiers: [...layout.tiers],
      tierQuantiles: { tokensByTier, listPriceByTier },
      byYear: { years: layout.yearly ? [...layout.years] : [], bands: yearly },
      verdicts,
      probabilityBackfire: verdicts.servedCompute.probabilityBackfire,
      probabilityBackfireCapex: verdicts.capex.probabilityBackfire,
      undefinedShare: verdicts.servedCompute.undefinedShare,
      sampleInputs: this.inputValues.subarray(0, n * k),
      sampleOutputs: outputs,
    };
  }
}
