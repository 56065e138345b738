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
import {
  cloneInputs,
  jevonsRuns,
  type ModelInputs,
  toModelInputs,
  verdictHorizons,
  type Workspace,
  workspaceFor,
} from '../engine';
import type { ParamId, Scenario } from '../model/types';
import { compileDistribution } from './distributions';
import { monteCarlo } from './monte-carlo';
import type { MonteCarloResult, SampleOutputId } from './monte-carlo-types';
import { boundsOf, type Distributions, resolveDistributions, WINDOW_PARAMS } from './resolve-distributions';
import { spearmanEach } from './stats';
import { emptyFigures, endFigures } from './verdict-figures';

/**
 * 'slider': each parameter's full slider range [min, max] (the default: every parameter gets a bar,
 * and the bars show what the model can do). 'distribution': p5 and p95 of the parameter's
 * distribution in the run (only uncertain parameters; the bars show what we believe plausible).
 */
export type SwingRange = 'slider' | 'distribution';

/**
 * What the tornado and the rank correlations measure, all over the window of the headline verdict
 * (from the shock to the run's end): the change the shock makes to served compute and to capex,
 * (C_scen − C_base)/C_base, and the rebound on served compute (the headline; above 1 = backfire).
 */
export const SENSITIVITY_OUTPUTS = ['changeServedCompute', 'changeCapex', 'reboundServedCompute'] as const;
export type SensitivityOutputId = (typeof SENSITIVITY_OUTPUTS)[number] & SampleOutputId;

export interface SensitivityOptions {
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
export type GlobalRow = { paramId: ParamId } & Record<SensitivityOutputId, number>;

export interface SensitivityResult {
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
 * `horizonMonths` is not swung (it sets the window, not the world); `shockMonth` swings at most to
 * the last simulated month (a later shock is no shock at all).
 */
export function sensitivity(scenario: Scenario, options: SensitivityOptions = {}): SensitivityResult {
  const range = options.range ?? 'slider';
  const distributions = resolveDistributions(scenario, options.distributions);
  const samples = options.monteCarlo ? 0 : (options.samples ?? 1000);
  const inputs = toModelInputs(scenario);
  const swings = 2 * swungParameters(distributions, range).length;
  const total = swings + samples;
  const onProgress = options.onProgress;
  const oneAtATime = tornado(inputs, distributions, range, onProgress && ((done) => onProgress(done, total)));
  const mc =
    options.monteCarlo ??
    (samples > 0
      ? monteCarlo(scenario, {
          samples,
          seed: options.seed ?? 1,
          distributions: options.distributions,
          onProgress: onProgress && ((done) => onProgress(swings + done, total)),
        })
      : null);
  return { range, ...oneAtATime, global: mc ? rankCorrelations(mc) : null };
}

/** The parameters the tornado swings under `range`, in catalogue order. */
function swungParameters(distributions: Distributions, range: SwingRange): ParamId[] {
  return PARAM_IDS.filter(
    (id) => !WINDOW_PARAMS.includes(id) && swingEnds(id, range, distributions) !== null,
  );
}

/** The one-at-a-time part of `sensitivity`, from flattened inputs (the Web Worker's entry). */
export function tornado(
  inputs: ModelInputs,
  distributions: Distributions,
  range: SwingRange,
  onProgress?: (done: number) => void,
): Pick<SensitivityResult, 'horizonMonths' | 'base' | 'tornado'> {
  const ws: [Workspace, Workspace, Workspace] = [
    workspaceFor(inputs),
    workspaceFor(inputs),
    workspaceFor(inputs),
  ];
  const months = ws[0].months;
  const figures = emptyFigures();
  const evaluate = (trial: ModelInputs): Outputs => {
    const runs = jevonsRuns(trial, ws[0], ws[1], ws[2]);
    const end = verdictHorizons(months, trial.p.shockMonth).at(-1);
    const served = endFigures(runs, 'servedCompute', end, figures);
    const changeServedCompute = defined(served.change);
    const reboundServedCompute = defined(served.rebound);
    const changeCapex = defined(endFigures(runs, 'capex', end, figures).change);
    return { changeServedCompute, changeCapex, reboundServedCompute };
  };
  const base = evaluate(inputs);
  const rows = Object.fromEntries(SENSITIVITY_OUTPUTS.map((id) => [id, [] as TornadoRow[]])) as Record<
    SensitivityOutputId,
    TornadoRow[]
  >;
  // The last month in which a shock still falls inside the run, counted from January 2025.
  const lastShockMonth = inputs.p.horizonMonths - 1;
  let done = 0;
  for (const id of swungParameters(distributions, range)) {
    const ends = swingEnds(id, range, distributions) as [number, number];
    const [low, high] =
      id === 'shockMonth' ? [Math.min(ends[0], lastShockMonth), Math.min(ends[1], lastShockMonth)] : ends;
    const outputs = [low, high].map((value) => {
      const trial = cloneInputs(inputs);
      // A constant replaces a time path for the swing.
      const { [id]: _dropped, ...paths } = inputs.paths;
      trial.paths = paths;
      trial.p[id] = value;
      const out = evaluate(trial);
      onProgress?.(++done);
      return out;
    });
    const baseValue = inputs.p[id];
    for (const output of SENSITIVITY_OUTPUTS) {
      rows[output].push(
        swingRow(id, baseValue, low, high, [base[output], outputs[0][output], outputs[1][output]]),
      );
    }
  }
  for (const output of SENSITIVITY_OUTPUTS) bySwing(rows[output]);
  return { horizonMonths: verdictHorizons(months, inputs.p.shockMonth).at(-1) ?? 0, base, tornado: rows };
}

/** The low and high value a parameter swings to, or null when it has none under `range`. */
function swingEnds(id: ParamId, range: SwingRange, distributions: Distributions): [number, number] | null {
  if (range === 'slider') return [parameterById[id].min, parameterById[id].max];
  const dist = distributions[id];
  if (!dist || dist.dist === 'fixed') return null;
  const compiled = compileDistribution(dist, boundsOf(id), `distributions.${id}`);
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
