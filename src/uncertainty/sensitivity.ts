/**
 * Sensitivity of the Jevons answer to each parameter:
 * - one-at-a-time swings (the tornado): each parameter alone at the low and the high end of its
 *   range, everything else at the scenario's values, on the change the shock makes to served
 *   compute and to capex (scenario vs base, cumulated from the shock to the run's end) and on the
 *   headline rebound;
 * - a global measure from Monte Carlo samples: Spearman rank correlation between each sampled
 *   parameter and the same outputs, where every other uncertain parameter varies at the same time,
 *   so a parameter that matters only together with others still shows.
 */
import { parameterById } from '../../models';
import { PARAM_IDS } from '../../models/schema';
import { type ModelInputs, toModelInputs, verdictHorizons } from '../engine';
import { totalMonths } from '../engine/calendar';
import type { ParamId, Scenario } from '../model/types';
import { compileDistribution } from './distributions';
import { monteCarlo } from './monte-carlo';
import type { MonteCarloResult } from './monte-carlo-types';
import { chunkRanges, chunkSize } from './parallel/chunks';
import { boundsOf, type Distributions, resolveDistributions, WINDOW_PARAMS } from './resolve-distributions';
import { type SobolOptions, type SobolResult, sobolSensitivity } from './sobol';
import { spearmanEach } from './stats';
import { addRefusals, noRefusals, refusalError } from './sampled-curve';
import { type Swing, SwingJob, swingWork } from './swing-job';
import { SENSITIVITY_OUTPUTS, type SensitivityOutputId } from './verdict-outputs';

export { SENSITIVITY_OUTPUTS, type SensitivityOutputId };

/**
 * 'slider': each parameter's full slider range [min, max] (the default: every parameter gets a bar,
 * and the bars show what the model can do). 'distribution': p5 and p95 of the parameter's
 * distribution in the run (only uncertain parameters; the bars show what we believe plausible).
 */
export type SwingRange = 'slider' | 'distribution';

export interface SensitivityOptions {
  /** 'tornado' (the default): one at a time, and rank correlations. 'sobol': see SobolOptions. */
  method?: 'tornado';
  range?: SwingRange;
  /** Monte Carlo samples for the global measure (default 1,000; 0 skips it). */
  samples?: number;
  /** Seed of that Monte Carlo (default 1). */
  seed?: number;
  /** As in `monteCarlo`: exactly these are uncertain; default the catalogue's, moved to the scenario. */
  distributions?: Distributions;
  /** A finished Monte Carlo of the same scenario to rank instead of running one. */
  monteCarlo?: MonteCarloResult;
  /**
   * Called as the work goes on, counted in verdicts evaluated (three runs each): two per swung
   * parameter and one per Monte Carlo sample.
   */
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks; an aborted run throws the signal's reason. */
  signal?: AbortSignal;
}

/** One bar of a tornado: the output with the parameter at each end of its range. */
export interface TornadoRow {
  paramId: ParamId;
  /** The scenario's value (month 0 for a parameter given as an expression of time), catalogue unit. */
  baseValue: number;
  low: number;
  high: number;
  /** Output with the parameter at `low` / `high` (a ratio); null where it is undefined. */
  lowOutput: number | null;
  highOutput: number | null;
  /** Spread of the defined outputs among low, base and high (≥ 0; exactly 0 with no effect). */
  swing: number;
}

/** Spearman rank correlation, −1 … 1, of one sampled parameter with each output. */
type GlobalRow = { paramId: ParamId } & Record<SensitivityOutputId, number>;

export interface SensitivityResult {
  method: 'tornado';
  range: SwingRange;
  /** Months from the shock to the run's end: the window every output is cumulated over. */
  horizonMonths: number;
  /** The scenario's own outputs (ratios); null where undefined. */
  base: Record<SensitivityOutputId, number | null>;
  /**
   * Rows sorted by swing, largest first; among equal swings a row with an undefined end first;
   * parameters with no effect (swing exactly 0, every output defined) last.
   */
  tornado: Record<SensitivityOutputId, TornadoRow[]>;
  /** Rows sorted by |ρ| on the change in served compute; null when no Monte Carlo was run. */
  global: { samples: number; seed: number; rows: GlobalRow[] } | null;
}

type Outputs = Record<SensitivityOutputId, number | null>;

function swingRow(id: ParamId, base: number, low: number, high: number, outs: (number | null)[]): TornadoRow {
  const defined = outs.filter((v): v is number => v !== null);
  const swing = defined.length > 0 ? Math.max(...defined) - Math.min(...defined) : 0;
  return { paramId: id, baseValue: base, low, high, lowOutput: outs[1], highOutput: outs[2], swing };
}

/** 1 when an end leaves the output undefined: that is an effect, so it ranks above a true zero. */
const undefinedEnds = (row: TornadoRow) => (row.lowOutput === null || row.highOutput === null ? 1 : 0);

/** Sorted by swing; among equal swings undefined ends first, then catalogue order (the sort is stable). */
const bySwing = (rows: TornadoRow[]) =>
  rows.sort((a, b) => b.swing - a.swing || undefinedEnds(b) - undefinedEnds(a));

const defined = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * One-at-a-time and global sensitivity of the verdict: the change the shock makes to served
 * compute and to capex, and the headline rebound, cumulated from the shock to the run's end.
 * - method 'tornado' (the default): each parameter swung alone over its range, and Spearman rank
 *   correlations from a Monte Carlo. `horizonMonths` is not swung (it sets the window, not the
 *   world); `shockMonth` swings at most to the last simulated month (a later shock is no shock).
 * - method 'sobol': first- and total-order Sobol indices with bootstrap intervals (sobol.ts).
 * In this thread; `sensitivityParallel` gives the same numbers on every core.
 */
export function sensitivity(scenario: Scenario, options?: SensitivityOptions): SensitivityResult;
export function sensitivity(scenario: Scenario, options: SobolOptions): SobolResult;
export function sensitivity(
  scenario: Scenario,
  options: SensitivityOptions | SobolOptions = {},
): SensitivityResult | SobolResult {
  if (options.method === 'sobol') return sobolSensitivity(scenario, options);
  const tornadoOptions = options as SensitivityOptions;
  const range = tornadoOptions.range ?? 'slider';
  const distributions = resolveDistributions(scenario, tornadoOptions.distributions);
  const samples = tornadoOptions.monteCarlo ? 0 : (tornadoOptions.samples ?? 1000);
  const inputs = toModelInputs(scenario);
  const swings = tornadoSwings(inputs, distributions, range);
  const total = swings.length + samples;
  const onProgress = tornadoOptions.onProgress;
  const outputs = runSwings(
    inputs,
    swings,
    onProgress && ((done) => onProgress(done, total)),
    tornadoOptions.signal,
  );
  const oneAtATime = tornadoFrom(inputs, swings, outputs);
  const mc =
    tornadoOptions.monteCarlo ??
    (samples > 0
      ? monteCarlo(scenario, {
          samples,
          seed: tornadoOptions.seed ?? 1,
          distributions: tornadoOptions.distributions,
          bands: NO_BANDS,
          signal: tornadoOptions.signal,
          onProgress: onProgress && ((done) => onProgress(swings.length + done, total)),
        })
      : null);
  return { method: 'tornado', range, ...oneAtATime, global: mc ? rankCorrelations(mc) : null };
}

/** Rank correlations need the per-sample figures only, not one band. */
export const NO_BANDS = Object.freeze({ series: [], tiers: false, yearly: false });

/** The parameters the tornado swings under `range`, in catalogue order. */
function swungParameters(distributions: Distributions, range: SwingRange): ParamId[] {
  return PARAM_IDS.filter(
    (id) => !WINDOW_PARAMS.includes(id) && swingEnds(id, range, distributions) !== null,
  );
}

/**
 * The tornado's evaluations in order: the scenario itself, then each swung parameter at its low
 * and its high end.
 */
export function tornadoSwings(inputs: ModelInputs, distributions: Distributions, range: SwingRange): Swing[] {
  // The last month in which a shock still falls inside the run, counted from January 2025.
  const lastShockMonth = inputs.p.horizonMonths - 1;
  const swings: Swing[] = [{ paramId: null, value: 0 }];
  for (const id of swungParameters(distributions, range)) {
    const ends = swingEnds(id, range, distributions) as [number, number];
    const [low, high] =
      id === 'shockMonth' ? [Math.min(ends[0], lastShockMonth), Math.min(ends[1], lastShockMonth)] : ends;
    swings.push({ paramId: id, value: low }, { paramId: id, value: high });
  }
  return swings;
}

/** Runs every swing in this thread, in chunks; returns SENSITIVITY_OUTPUTS per swing. */
function runSwings(
  inputs: ModelInputs,
  swings: Swing[],
  onProgress?: (done: number) => void,
  signal?: AbortSignal,
): Float64Array {
  const job = new SwingJob(inputs, swings);
  const width = SENSITIVITY_OUTPUTS.length;
  const outputs = new Float64Array(swings.length * width);
  const refused = noRefusals();
  for (const [start, end] of chunkRanges(swings.length, chunkSize(swings.length, 8))) {
    signal?.throwIfAborted();
    const items = job.runChunk(start, end);
    outputs.set(items.outputs, start * width);
    addRefusals(refused, items.curve);
    onProgress?.(end);
  }
  if (refused.count > 0) throw refusalError(refused, swings.length, swingWork(swings));
  return outputs;
}

/** The tornado from every swing's SENSITIVITY_OUTPUTS (in `tornadoSwings` order). */
export function tornadoFrom(
  inputs: ModelInputs,
  swings: readonly Swing[],
  outputs: Float64Array,
): Pick<SensitivityResult, 'horizonMonths' | 'base' | 'tornado'> {
  const width = SENSITIVITY_OUTPUTS.length;
  const read = (i: number): Outputs =>
    Object.fromEntries(SENSITIVITY_OUTPUTS.map((id, o) => [id, defined(outputs[i * width + o])])) as Outputs;
  const base = read(0);
  const rows = Object.fromEntries(SENSITIVITY_OUTPUTS.map((id) => [id, [] as TornadoRow[]])) as Record<
    SensitivityOutputId,
    TornadoRow[]
  >;
  for (let i = 1; i + 1 < swings.length; i += 2) {
    const id = swings[i].paramId as ParamId;
    const [low, high] = [read(i), read(i + 1)];
    for (const output of SENSITIVITY_OUTPUTS) {
      rows[output].push(
        swingRow(id, inputs.p[id], swings[i].value, swings[i + 1].value, [
          base[output],
          low[output],
          high[output],
        ]),
      );
    }
  }
  for (const output of SENSITIVITY_OUTPUTS) bySwing(rows[output]);
  const months = totalMonths(inputs.p.horizonMonths);
  return { horizonMonths: verdictHorizons(months, inputs.p.shockMonth).at(-1) ?? 0, base, tornado: rows };
}

/** The low and high value a parameter swings to, or null when it has none under `range`. */
function swingEnds(id: ParamId, range: SwingRange, distributions: Distributions): [number, number] | null {
  if (range === 'slider') return [parameterById[id].min, parameterById[id].max];
  const dist = distributions[id];
  if (!dist || dist.dist === 'fixed') return null;
  const compiled = compileDistribution(dist, boundsOf(id));
  return [compiled.quantile(0.05), compiled.quantile(0.95)];
}

/** Spearman ρ of each sampled parameter with the outputs of a finished Monte Carlo, by |ρ| on served compute. */
export function rankCorrelations(mc: MonteCarloResult): NonNullable<SensitivityResult['global']> {
  const k = mc.parameterIds.length;
  const columns = mc.parameterIds.map((_, j) => {
    const column = new Float64Array(mc.samples);
    for (let i = 0; i < mc.samples; i++) column[i] = mc.sampleInputs[i * k + j];
    return column;
  });
  const rho = Object.fromEntries(
    SENSITIVITY_OUTPUTS.map((id) => [id, spearmanEach(columns, mc.sampleOutputs[id])]),
  ) as Record<SensitivityOutputId, number[]>;
  const rows: GlobalRow[] = mc.parameterIds.map((paramId, j) => ({
    paramId,
    changeServedCompute: rho.changeServedCompute[j],
    changeCapex: rho.changeCapex[j],
    reboundServedCompute: rho.reboundServedCompute[j],
  }));
  rows.sort((a, b) => Math.abs(b.changeServedCompute) - Math.abs(a.changeServedCompute));
  return { samples: mc.samples, seed: mc.seed, rows };
}
