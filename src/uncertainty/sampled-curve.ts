/**
 * Sampled runs that state no answer (issue 11.3). A sample draws an elasticity, a price path and
 * everything else the deterministic run never saw:
 * - a user's demand curve such as x^(−eps) can leave the usable numbers there alone. The engine
 *   clips such a value to 0, so the sample would go into the bands and the verdict counts as a
 *   number computed from a curve it could not use;
 * - any run can reach a value that is not a finite number (a series at NaN or infinity). The bands
 *   would leave a NaN out of their quantiles without a word, or show infinity; the verdict would
 *   count the sample as undefined.
 * So every sampled run is watched, and a Monte Carlo (tornado, Sobol analysis) with such samples is
 * refused, naming the first one (sample index, run, month, and the price index, elasticity and
 * value of the curve, or the series and its value) and how many there were — the rules of the
 * CLI's `run` (src/scenario/curve-watch.ts, src/scenario/run-check.ts).
 *
 * Cost: for the curve, none for the named curves; for an expression, one comparison per
 * evaluation, and a scan of the sample's price index only when an evaluation was unusable (a trial
 * value of a month's clearing search may be, without the month's answer using it). For the values,
 * one test per month of each series of the three runs, next to the runs' own work per month.
 */
import { CURVE, HISTORY_START, type ModelInputs, type Workspace } from '../engine';
import { TIERS } from '../../models/tiers';
import { SERIES_IDS } from '../model/types';
import { formatNumber } from '../scenario/errors';
import { monthIndexToLabel } from '../scenario/month';
import { MAX_DEMAND_INDEX, usableDemand } from '../scenario/curve-watch';
import { UncertaintyInputError } from './errors';

/** The verdict's three runs, in the order a sample runs them. */
const RUNS = ['base', 'mechanical', 'scenario'] as const;

/** Where a sampled run met a demand-curve value the model cannot use. */
interface CurveRefusal {
  kind: 'curve';
  /** The item's index (0-based): a Monte Carlo sample (`createStreamPrng(seed, sample)` draws it again), a tornado swing, a Sobol evaluation. */
  sample: number;
  run: (typeof RUNS)[number];
  /** Month index from the history start (0 = 2023-01). */
  month: number;
  /** The price index x the curve was given, and the elasticity eps. */
  x: number;
  eps: number;
  /** D(x)/D(1): not finite, negative or above MAX_DEMAND_INDEX. */
  value: number;
}

/** Where a sampled run first holds a value that is not a finite number. */
interface ValueRefusal {
  kind: 'value';
  sample: number;
  run: (typeof RUNS)[number];
  /** A series id ('rentalPrice') or a tier series ('tokensByTier.frontier'), as the CLI's CSV heads it. */
  series: string;
  month: number;
  /** NaN, infinity or −infinity. */
  value: number;
}

type SampleRefusal = CurveRefusal | ValueRefusal;

/** The refused samples of a chunk or a run: how many, and the one with the lowest index. */
export interface CurveRefusals {
  count: number;
  first: SampleRefusal | null;
}

export const noRefusals = (): CurveRefusals => ({ count: 0, first: null });

/** Adds `more` into `into`; the first is the lowest sample index, whatever the order of arrival. */
export function addRefusals(into: CurveRefusals, more: CurveRefusals): void {
  into.count += more.count;
  if (more.first && (!into.first || more.first.sample < into.first.sample)) into.first = more.first;
}

/**
 * Watches `inputs`' expression curve (in place: the job's private copy) and the values of the
 * runs: `check(sample, runs)` after an item's three runs says where it met an unusable curve value
 * or holds a value that is not finite, if it did, and `record` counts it.
 */
export class SampledCurveWatch {
  private broken = false;
  private readonly fn: ((x: number, eps: number) => number) | null;

  /**
   * `values` false leaves the runs' values unwatched: the tornado swings each parameter over its
   * whole slider range, where one end can be a world the scenario reader refuses (a preset's only
   * tier at token share 0 sells nothing: 0/0), and shows that end as undefined instead.
   */
  constructor(
    inputs: ModelInputs,
    private readonly values = true,
  ) {
    const fn = inputs.curve === CURVE.expression ? inputs.curveFn : null;
    this.fn = fn;
    if (!fn) return;
    let lastEps = Number.NaN;
    let atStart = Number.NaN;
    inputs.curveFn = (x, eps) => {
      const demand = fn(x, eps);
      if (eps !== lastEps) {
        lastEps = eps;
        atStart = fn(1, eps);
      }
      if (!usableDemand(demand / atStart)) this.broken = true;
      return demand;
    };
  }

  /** Checks item `sample`'s runs and counts a refusal into `into`. */
  record(
    sample: number,
    trial: ModelInputs,
    runs: readonly [Workspace, Workspace, Workspace],
    into: CurveRefusals,
  ): void {
    const refused = this.check(sample, trial, runs);
    if (!refused) return;
    into.count++;
    into.first ??= refused;
  }

  /**
   * Where the runs of `trial` (the watched inputs or a copy) state no answer, or null: the first
   * month at which the curve was unusable (the cause, so named first), else the first value that
   * is not a finite number.
   */
  check(
    sample: number,
    trial: ModelInputs,
    runs: readonly [Workspace, Workspace, Workspace],
  ): SampleRefusal | null {
    return this.curveCheck(sample, trial, runs) ?? (this.values ? nonFiniteIn(sample, runs) : null);
  }

  private curveCheck(
    sample: number,
    trial: ModelInputs,
    runs: readonly [Workspace, Workspace, Workspace],
  ): CurveRefusal | null {
    if (!this.broken || !this.fn) return null;
    this.broken = false;
    const fn = this.fn;
    const path = trial.paths.elasticity;
    for (let r = 0; r < RUNS.length; r++) {
      const index = runs[r].series.priceIndex;
      for (let t = 0; t < index.length; t++) {
        const x = index[t];
        // A price index that is not a number is not one the curve was asked about.
        if (!Number.isFinite(x)) break;
        const eps = path ? path[t] : trial.p.elasticity;
        const value = fn(x, eps) / fn(1, eps);
        if (!usableDemand(value)) return { kind: 'curve', sample, run: RUNS[r], month: t, x, eps, value };
      }
    }
    return null;
  }
}

/**
 * Whether every value of the three runs is a finite number: x · 0 is 0 for a finite x and NaN for
 * ±∞ and NaN, so their sum is 0 exactly when all are finite. One pass without a branch a value
 * (~9,000 values a Monte Carlo sample: the search below took ~5 % of a sample's time).
 */
function allFinite(runs: readonly [Workspace, Workspace, Workspace]): boolean {
  let sum = 0;
  for (let r = 0; r < RUNS.length; r++) {
    const ws = runs[r];
    for (const id of SERIES_IDS) {
      const values = ws.series[id];
      for (let t = 0; t < ws.months; t++) sum += values[t] * 0;
    }
    const cells = ws.months * ws.tiers;
    for (let c = 0; c < cells; c++) sum += ws.tokensByTier[c] * 0 + ws.listPriceByTier[c] * 0;
  }
  return sum === 0;
}

/** The first value of the three runs that is not a finite number: by run, series, tier series, month. */
function nonFiniteIn(sample: number, runs: readonly [Workspace, Workspace, Workspace]): ValueRefusal | null {
  if (allFinite(runs)) return null;
  for (let r = 0; r < RUNS.length; r++) {
    const ws = runs[r];
    for (const id of SERIES_IDS) {
      const values = ws.series[id];
      for (let t = 0; t < ws.months; t++) {
        if (!Number.isFinite(values[t]))
          return { kind: 'value', sample, run: RUNS[r], series: id, month: t, value: values[t] };
      }
    }
    const tiers = ws.tiers;
    for (const [name, cells] of [
      ['tokensByTier', ws.tokensByTier],
      ['listPriceByTier', ws.listPriceByTier],
    ] as const) {
      for (let c = 0; c < ws.months * tiers; c++) {
        if (!Number.isFinite(cells[c])) {
          const month = Math.floor(c / tiers);
          return {
            kind: 'value',
            sample,
            run: RUNS[r],
            series: `${name}.${TIERS[c % tiers].id}`,
            month,
            value: cells[c],
          };
        }
      }
    }
  }
  return null;
}

/** "3.2e14 × the start demand, above 1e12", "−4 (negative demand)", "not a number". */
function valueText(value: number): string {
  if (!Number.isFinite(value)) return `is ${formatNumber(value)}`;
  if (value < 0) return `gives ${formatNumber(value)} (negative demand)`;
  return `gives ${formatNumber(value)} × the start demand, above ${formatNumber(MAX_DEMAND_INDEX)}`;
}

/** What the refused runs were part of: a Monte Carlo's samples, a tornado's swings, a Sobol design's evaluations. */
export interface RefusedWork {
  /** "sample 12", "the swing of elasticity to 3", "design row 5's evaluation 2". */
  item(index: number): string;
  /** "sampled runs", "evaluations". */
  plural: string;
  /** "the Monte Carlo", "the tornado", "the Sobol analysis". */
  analysis: string;
}

const MONTE_CARLO_WORK: RefusedWork = {
  item: (i) => `sample ${i}`,
  plural: 'sampled runs',
  analysis: 'the Monte Carlo',
};

/** The refusal of an analysis whose runs met unusable curve values or values that are not finite (CLI: exit 2). */
export function refusalError(
  refusals: CurveRefusals,
  total: number,
  work: RefusedWork = MONTE_CARLO_WORK,
): UncertaintyInputError {
  const f = refusals.first as SampleRefusal;
  const count = `${refusals.count.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
  const month = monthIndexToLabel(HISTORY_START + f.month);
  if (f.kind === 'value')
    return new UncertaintyInputError([
      `${f.series}: the ${f.run} run of ${work.item(f.sample)} reaches a value that is not a finite number: ${f.series} is ${formatNumber(f.value)} in ${month}; ${count} ${work.plural} state no answer, so ${work.analysis} states none; these settings push the model past what it can compute`,
    ]);
  return new UncertaintyInputError([
    `demandCurve.expression: the demand curve ${valueText(f.value)} at x = ${formatNumber(f.x)} (the price index in ${month} of the ${f.run} run of ${work.item(f.sample)}), eps = ${formatNumber(f.eps)}; ${count} ${work.plural} reach values the model cannot use, so ${work.analysis} states no answer; bound the curve, for example min(x^(-eps), 1e6)`,
  ]);
}
