/**
 * Sensitivity of the Jevons answer to each parameter (issue 4):
 * - one-at-a-time swings (the tornado): each parameter alone at the low and the high end of its
 *   range, everything else at the scenario's values, on cumulative GPU spend and on rebound;
 * - a global measure from Monte Carlo samples: Spearman rank correlation between each sampled
 *   parameter and the same outputs, where every other uncertain parameter varies at the same time,
 *   so a parameter that matters only together with others still shows.
 */
import { parameterById } from '../../models';
import { PARAM_IDS } from '../../models/schema';
import { cloneInputs, createWorkspace, jevonsTotals, type ModelInputs, toModelInputs } from '../engine';
import type { ParamId, Scenario } from '../model/types';
import { compileDistribution } from './distributions';
import { monteCarlo } from './monte-carlo';
import type { MonteCarloResult } from './monte-carlo-types';
import { boundsOf, type Distributions, resolveDistributions, WINDOW_PARAMS } from './resolve-distributions';
import { spearmanEach } from './stats';

/**
 * 'slider': each parameter's full slider range [min, max] (the default: every parameter gets a bar,
 * and the bars show what the model can do). 'distribution': p5 and p95 of the parameter's
 * distribution in the run (only uncertain parameters; the bars show what we believe plausible).
 */
export type SwingRange = 'slider' | 'distribution';

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
}

/** One bar of a tornado: the output with the parameter at each end of its range. */
export interface TornadoRow {
  paramId: ParamId;
  /** The scenario's value (month 0 for a parameter given as an expression of time), catalogue unit. */
  baseValue: number;
  low: number;
  high: number;
  /** Output with the parameter at `low` / `high`; null where the rebound is undefined. */
  lowOutput: number | null;
  highOutput: number | null;
  /** Spread of the defined outputs among low, base and high (≥ 0; exactly 0 with no effect). */
  swing: number;
}

export interface GlobalRow {
  paramId: ParamId;
  /** Spearman rank correlation, −1 … 1, with cumulative GPU spend demanded and with rebound on it. */
  gpuSpendDemanded: number;
  reboundGpuSpend: number;
}

export interface SensitivityResult {
  range: SwingRange;
  /** The scenario's own outputs: cumulative GPU spend demanded (USD), and rebound (null if undefined). */
  base: { gpuSpendDemanded: number; reboundGpuSpend: number | null };
  /**
   * Rows sorted by swing, largest first; parameters with no effect (swing exactly 0, every output
   * defined) last.
   */
  tornado: { gpuSpendDemanded: TornadoRow[]; reboundGpuSpend: TornadoRow[] };
  /** Rows sorted by |ρ| on GPU spend demanded; null when no Monte Carlo was run. */
  global: { samples: number; seed: number; rows: GlobalRow[] } | null;
}

interface Outputs {
  spend: number;
  rebound: number | null;
}

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

/**
 * One-at-a-time and global sensitivity of cumulative GPU spend demanded (USD: GPU-hours the market
 * would use at the going price × their cost, the verdict's measure) and of rebound on it.
 * The window parameters (startMonth, horizonMonths) are not swung: they set the window, not the world;
 * shockMonth swings at most to the last simulated month (a later shock is no shock at all).
 */
export function sensitivity(scenario: Scenario, options: SensitivityOptions = {}): SensitivityResult {
  const range = options.range ?? 'slider';
  const distributions = resolveDistributions(scenario, options.distributions);
  const samples = options.samples ?? 1000;
  const mc =
    options.monteCarlo ??
    (samples > 0
      ? monteCarlo(scenario, { samples, seed: options.seed ?? 1, distributions: options.distributions })
      : null);
  return {
    range,
    ...tornado(toModelInputs(scenario), distributions, range),
    global: mc ? rankCorrelations(mc) : null,
  };
}

/** The one-at-a-time part of `sensitivity`, from flattened inputs (the Web Worker's entry). */
export function tornado(
  inputs: ModelInputs,
  distributions: Distributions,
  range: SwingRange,
): Pick<SensitivityResult, 'base' | 'tornado'> {
  const months = inputs.p.horizonMonths;
  const ws = [createWorkspace(months), createWorkspace(months), createWorkspace(months)] as const;
  const evaluate = (trial: ModelInputs): Outputs => {
    const totals = jevonsTotals(trial, ws[0], ws[1], ws[2]);
    return { spend: totals.scenario.cumulativeGpuSpendDemanded, rebound: totals.rebound.gpuSpend.value };
  };
  const base = evaluate(inputs);
  const spendRows: TornadoRow[] = [];
  const reboundRows: TornadoRow[] = [];
  for (const id of PARAM_IDS) {
    if (WINDOW_PARAMS.includes(id)) continue;
    const ends = swingEnds(id, range, distributions);
    if (ends === null) continue;
    const [low, high] =
      id === 'shockMonth' ? [Math.min(ends[0], months - 1), Math.min(ends[1], months - 1)] : ends;
    const outputs = [low, high].map((value) => {
      const trial = cloneInputs(inputs);
      // A constant replaces a time path for the swing.
      const { [id]: _dropped, ...paths } = inputs.paths;
      trial.paths = paths;
      trial.p[id] = value;
      return evaluate(trial);
    });
    const baseValue = inputs.p[id];
    spendRows.push(swingRow(id, baseValue, low, high, [base.spend, outputs[0].spend, outputs[1].spend]));
    reboundRows.push(
      swingRow(id, baseValue, low, high, [base.rebound, outputs[0].rebound, outputs[1].rebound]),
    );
  }
  return {
    base: { gpuSpendDemanded: base.spend, reboundGpuSpend: base.rebound },
    tornado: { gpuSpendDemanded: bySwing(spendRows), reboundGpuSpend: bySwing(reboundRows) },
  };
}

/** The low and high value a parameter swings to, or null when it has none under `range`. */
function swingEnds(id: ParamId, range: SwingRange, distributions: Distributions): [number, number] | null {
  if (range === 'slider') return [parameterById[id].min, parameterById[id].max];
  const dist = distributions[id];
  if (!dist || dist.dist === 'fixed') return null;
  const compiled = compileDistribution(dist, boundsOf(id), `distributions.${id}`);
  return [compiled.quantile(0.05), compiled.quantile(0.95)];
}

/** Spearman ρ of each sampled parameter with the outputs of a finished Monte Carlo, by |ρ| on spend. */
export function rankCorrelations(mc: MonteCarloResult): NonNullable<SensitivityResult['global']> {
  const k = mc.parameterIds.length;
  const columns = mc.parameterIds.map((_, j) => {
    const column = new Float64Array(mc.samples);
    for (let i = 0; i < mc.samples; i++) column[i] = mc.sampleInputs[i * k + j];
    return column;
  });
  const spend = spearmanEach(columns, mc.sampleOutputs.cumulativeGpuSpendDemanded);
  const rebound = spearmanEach(columns, mc.sampleOutputs.reboundGpuSpend);
  const rows = mc.parameterIds.map((paramId, j) => ({
    paramId,
    gpuSpendDemanded: spend[j],
    reboundGpuSpend: rebound[j],
  }));
  rows.sort((a, b) => Math.abs(b.gpuSpendDemanded) - Math.abs(a.gpuSpendDemanded));
  return { samples: mc.samples, seed: mc.seed, rows };
}
