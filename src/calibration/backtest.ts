/**
 * Scoring a vintage: a scenario against observations a user supplies. For each observation the
 * model's value (the scenario as it is), the ratio, the ln error, and whether the p5–p95 band of a
 * Monte Carlo run of the scenario's uncertainty covers the observed value; then a summary: the
 * share within 2×, the geometric-mean error and the band's coverage. Generic: any scenario, any
 * observations; the project ships only the in-sample set.
 */
import type { Observation } from '../../models/observations/schema';
import { channelsOf } from '../engine/channels';
import { cloneInputs, toModelInputs } from '../engine/model-inputs';
import { runModel } from '../engine/run-model';
import { simulate, toResult, workspaceFor } from '../engine/simulate';
import type { Scenario, SimulationResult } from '../model/types';
import { createPrng } from '../uncertainty/prng';
import { resolveDistributions } from '../uncertainty/resolve-distributions';
import { createSampler } from '../uncertainty/sampler';
import { modelValue, type MonthSpan, parsePeriod } from './observed-series';

export interface BacktestOptions {
  /** Monte Carlo samples for the bands; 0 = no bands. */
  samples?: number;
  seed?: number;
}

interface BacktestRow {
  observation: Observation;
  /** The model's value, or undefined with `reason` when it has none (a period outside the run). */
  model?: number;
  reason?: string;
  ratio?: number;
  logError?: number;
  /** p5 and p95 of the model's value over the Monte Carlo samples. */
  band?: { p5: number; p95: number };
  covered?: boolean;
}

interface BacktestSummary {
  observations: number;
  /** Observations the model has a value for. */
  scored: number;
  withinTwofold: number;
  /** exp(mean |ln(model/observed)|) over the scored observations. */
  geometricMeanError: number;
  /** Share of scored observations inside the p5–p95 band, when bands were run. */
  coverage?: number;
  samples: number;
}

export interface BacktestResult {
  rows: BacktestRow[];
  summary: BacktestSummary;
}

export function backtest(
  scenario: Scenario,
  observations: readonly Observation[],
  options: BacktestOptions = {},
): BacktestResult {
  const samples = options.samples ?? 0;
  const spans = observations.map((o) => parsePeriod(o.period));
  const central = simulate(scenario);
  const rows: BacktestRow[] = observations.map((observation, i) => {
    const v = observedValue(central, observation, spans[i]);
    if (typeof v !== 'number') return { observation, reason: v };
    const ratio = v / observation.value;
    return { observation, model: v, ratio, logError: Math.log(ratio) };
  });
  if (samples > 0) addBands(scenario, observations, spans, rows, samples, options.seed ?? 1);
  return { rows, summary: summarise(rows, samples) };
}

function observedValue(
  result: SimulationResult,
  o: Observation,
  span: MonthSpan | undefined,
): number | string {
  if (!span) return `period "${o.period}" is not YYYY-MM or YYYY-MM/YYYY-MM`;
  const v = modelValue(result, o.series, span, o.aggregation);
  if (typeof v !== 'number') return v.reason;
  return Number.isFinite(v) && v > 0 ? v : 'the model’s value is zero';
}

/** p5–p95 of each observation's model value over `samples` draws of the scenario's uncertainty. */
function addBands(
  scenario: Scenario,
  observations: readonly Observation[],
  spans: (MonthSpan | undefined)[],
  rows: BacktestRow[],
  samples: number,
  seed: number,
): void {
  const sampler = createSampler(resolveDistributions(scenario));
  const prng = createPrng(seed);
  const base = toModelInputs(scenario);
  const row = new Float64Array(sampler.ids.length);
  const values = observations.map(() => new Float64Array(samples));
  const channels = channelsOf('scenario');
  for (let s = 0; s < samples; s++) {
    const inputs = cloneInputs(base);
    for (const [id, v] of sampler.fixed) inputs.p[id] = v;
    sampler.draw(prng, inputs, row, 0);
    const ws = workspaceFor(inputs);
    const result = toResult(ws, runModel(inputs, channels, ws));
    observations.forEach((o, i) => {
      const v = spans[i] ? observedValue(result, o, spans[i]) : Number.NaN;
      values[i][s] = typeof v === 'number' ? v : Number.NaN;
    });
  }
  rows.forEach((r, i) => {
    if (r.model === undefined) return;
    const sorted = Array.from(values[i])
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    if (sorted.length === 0) return;
    r.band = { p5: quantile(sorted, 0.05), p95: quantile(sorted, 0.95) };
    r.covered = r.observation.value >= r.band.p5 && r.observation.value <= r.band.p95;
  });
}

/** Linear interpolation between order statistics (type 7, as R and numpy default). */
export function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function summarise(rows: BacktestRow[], samples: number): BacktestSummary {
  const scored = rows.filter((r) => r.logError !== undefined);
  const within = scored.filter((r) => Math.abs(r.logError as number) <= Math.LN2).length;
  const mean = scored.reduce((a, r) => a + Math.abs(r.logError as number), 0) / (scored.length || 1);
  const banded = scored.filter((r) => r.covered !== undefined);
  const summary: BacktestSummary = {
    observations: rows.length,
    scored: scored.length,
    withinTwofold: within,
    geometricMeanError: scored.length > 0 ? Math.exp(mean) : Number.NaN,
    samples,
  };
  if (banded.length > 0) summary.coverage = banded.filter((r) => r.covered).length / banded.length;
  return summary;
}
