/**
 * A user's demand curve in sampled runs (issue 11.3): a sample draws an elasticity, a price path and
 * everything else the deterministic run never saw, and a curve such as x^(−eps) can leave the usable
 * numbers there alone. The engine clips such a value to 0, so the sample would go into the bands
 * and the verdict counts as a number computed from a curve it could not use. Instead, every sampled
 * run is watched, and a Monte Carlo with such samples is refused, naming the first one (sample
 * index, run, month, price index, elasticity and value) and how many there were — the same rule
 * (src/scenario/curve-watch.ts) as the CLI's `run`.
 *
 * Cost: none for the named curves; for an expression, one comparison per evaluation, and a scan
 * of the sample's price index only when an evaluation was unusable (a trial value of a month's
 * clearing search may be, without the month's answer using it).
 */
import { CURVE, HISTORY_START, type ModelInputs, type Workspace } from '../engine';
import { formatNumber } from '../scenario/errors';
import { monthIndexToLabel } from '../scenario/month';
import { MAX_DEMAND_INDEX, usableDemand } from '../scenario/curve-watch';
import { UncertaintyInputError } from './errors';

/** The verdict's three runs, in the order a sample runs them. */
const RUNS = ['base', 'mechanical', 'scenario'] as const;

/** Where a sampled run met a demand-curve value the model cannot use. */
export interface CurveRefusal {
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

/** The refused samples of a chunk or a run: how many, and the one with the lowest index. */
export interface CurveRefusals {
  count: number;
  first: CurveRefusal | null;
}

export const noRefusals = (): CurveRefusals => ({ count: 0, first: null });

/** Adds `more` into `into`; the first is the lowest sample index, whatever the order of arrival. */
export function addRefusals(into: CurveRefusals, more: CurveRefusals): void {
  into.count += more.count;
  if (more.first && (!into.first || more.first.sample < into.first.sample)) into.first = more.first;
}

/**
 * Watches `inputs`' expression curve (in place: the job's private copy): `check(sample, runs)` after
 * an item's three runs says where it met an unusable value, if it did, and `record` counts it.
 */
export class SampledCurveWatch {
  private broken = false;
  private readonly fn: ((x: number, eps: number) => number) | null;

  constructor(inputs: ModelInputs) {
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

  /** The first month of the runs of `trial` (the watched inputs or a copy) at which the curve was unusable, or null. */
  check(
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
        if (!usableDemand(value)) return { sample, run: RUNS[r], month: t, x, eps, value };
      }
    }
    return null;
  }
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

/** The refusal of an analysis whose runs met unusable curve values (CLI: exit 2). */
export function refusalError(
  refusals: CurveRefusals,
  total: number,
  work: RefusedWork = MONTE_CARLO_WORK,
): UncertaintyInputError {
  const f = refusals.first as CurveRefusal;
  const count = `${refusals.count.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
  const month = monthIndexToLabel(HISTORY_START + f.month);
  return new UncertaintyInputError([
    `demandCurve.expression: the demand curve ${valueText(f.value)} at x = ${formatNumber(f.x)} (the price index in ${month} of the ${f.run} run of ${work.item(f.sample)}), eps = ${formatNumber(f.eps)}; ${count} ${work.plural} reach values the model cannot use, so ${work.analysis} states no answer; bound the curve, for example min(x^(-eps), 1e6)`,
  ]);
}
