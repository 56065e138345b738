import type { ParamId } from '../../models/schema';
import { BASES, type Basis, type Scenario } from '../model/types';
import { jevonsRuns } from './jevons';
import { cloneInputs, type ModelInputs, toModelInputs } from './model-inputs';
import { workspaceFor } from './simulate';
import { verdictHorizons, windowTotal } from './windows';
import type { Workspace } from './workspace';

interface BasisPath {
  /** Totals over the run after the shock, one per swept value, in the basis's unit. */
  base: Float64Array;
  mechanical: Float64Array;
  scenario: Float64Array;
  /** Rebound per value; NaN where it is undefined (callers must show that in words). */
  rebound: Float64Array;
}

export interface SweepResult {
  paramId: ParamId;
  values: Float64Array;
  /** Months after the shock the totals cover (to the end of the run). */
  horizonMonths: number;
  bases: Record<Basis, BasisPath>;
}

/** Figures per swept value: base, mechanical, scenario and rebound on each basis, then the horizon. */
export const SWEEP_ITEM_WIDTH = 4 * BASES.length + 1;

/** The figures of values start … end − 1, row-major (SWEEP_ITEM_WIDTH per value). */
export interface SweepItems {
  start: number;
  end: number;
  figures: Float64Array;
}

/**
 * A sweep as chunks: `runChunk(start, end)` runs the three Jevons variants for values start … end − 1.
 * Each value's runs depend only on the value (the engine keeps nothing from one run to the next),
 * so a sweep cut into chunks on any number of threads gives the figures of one loop, bit for bit.
 * Workspaces are allocated once per job.
 */
export class SweepJob {
  private readonly inputs: ModelInputs;
  private readonly ws: [Workspace, Workspace, Workspace];

  constructor(
    inputs: ModelInputs,
    readonly paramId: ParamId,
    readonly values: ArrayLike<number>,
  ) {
    if (paramId === 'horizonMonths')
      throw new Error('sweep: horizonMonths cannot be swept (it sets the series length)');
    this.inputs = cloneInputs(inputs);
    // A constant replaces a time-varying path for the sweep.
    this.inputs.paths = { ...inputs.paths, [paramId]: undefined };
    this.ws = [workspaceFor(this.inputs), workspaceFor(this.inputs), workspaceFor(this.inputs)];
  }

  runChunk(start: number, end: number): SweepItems {
    const { inputs, paramId, values } = this;
    const [wsBase, wsMech, wsScen] = this.ws;
    const figures = new Float64Array((end - start) * SWEEP_ITEM_WIDTH);
    for (let i = start; i < end; i++) {
      inputs.p[paramId] = values[i];
      const runs = jevonsRuns(inputs, wsBase, wsMech, wsScen);
      const shock = inputs.p.shockMonth;
      const horizonMonths = verdictHorizons(wsScen.months, shock).at(-1) ?? 0;
      const row = (i - start) * SWEEP_ITEM_WIDTH;
      BASES.forEach((basis, b) => {
        const verdict = runs.verdicts.find((v) => v.basis === basis && v.horizonMonths === horizonMonths);
        figures[row + 4 * b] = windowTotal(wsBase.series, basis, shock, horizonMonths);
        figures[row + 4 * b + 1] = windowTotal(wsMech.series, basis, shock, horizonMonths);
        figures[row + 4 * b + 2] = windowTotal(wsScen.series, basis, shock, horizonMonths);
        figures[row + 4 * b + 3] = verdict?.value ?? Number.NaN;
      });
      figures[row + 4 * BASES.length] = horizonMonths;
    }
    return { start, end, figures };
  }
}

/** The sweep's result from every value's figures (SWEEP_ITEM_WIDTH per value, in value order). */
export function sweepResult(paramId: ParamId, values: ArrayLike<number>, figures: Float64Array): SweepResult {
  const n = values.length;
  const bases = {} as Record<Basis, BasisPath>;
  BASES.forEach((basis, b) => {
    const path: BasisPath = {
      base: new Float64Array(n),
      mechanical: new Float64Array(n),
      scenario: new Float64Array(n),
      rebound: new Float64Array(n),
    };
    for (let i = 0; i < n; i++) {
      const row = i * SWEEP_ITEM_WIDTH + 4 * b;
      path.base[i] = figures[row];
      path.mechanical[i] = figures[row + 1];
      path.scenario[i] = figures[row + 2];
      path.rebound[i] = figures[row + 3];
    }
    bases[basis] = path;
  });
  // The window of the last value, as before (it differs between values only when shockMonth is swept).
  const horizonMonths = n > 0 ? figures[(n - 1) * SWEEP_ITEM_WIDTH + 4 * BASES.length] : 0;
  return { paramId, values: Float64Array.from(values), horizonMonths, bases };
}

/**
 * Runs the scenario's three Jevons variants for each value of one parameter (a constant replaces a
 * time-varying path), in this thread; `sweepParallel` (src/uncertainty/parallel) gives the same
 * numbers on every core.
 */
export function sweep(scenario: Scenario, paramId: ParamId, values: ArrayLike<number>): SweepResult {
  const job = new SweepJob(toModelInputs(scenario), paramId, values);
  return sweepResult(paramId, values, job.runChunk(0, values.length).figures);
}

/** `count` evenly spaced values from `from` to `to` inclusive. */
export function linspace(from: number, to: number, count: number): Float64Array {
  const out = new Float64Array(count);
  if (count === 1) out[0] = from;
  else {
    for (let i = 0; i < count; i++) out[i] = from + ((to - from) * i) / (count - 1);
    // The last value is `to` exactly, not `to` plus a rounding error that leaves the range.
    out[count - 1] = to;
  }
  return out;
}
