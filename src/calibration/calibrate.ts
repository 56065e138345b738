/**
 * The calibration: the level and trend parameters of FIT_DIMENSIONS fitted to the in-sample
 * observations by weighted least squares on log values, each pulled towards its prior (a maximum
 * a-posteriori fit with lognormal errors). Everything else stays at its catalogue value. Same
 * inputs, same numbers: the fit starts at the priors, never at the current defaults.
 */
import { FIT_DIMENSIONS, type FitDimension } from '../../models/calibration/spec';
import { VINTAGE } from '../../models/calendar';
import { inSampleObservations } from '../../models/observations/in-sample';
import type { Observation } from '../../models/observations/schema';
import type { ParamId } from '../../models/schema';
import { simulate } from '../engine/simulate';
import type { ParamValue, Scenario, SimulationResult } from '../model/types';
import { findParameter } from '../scenario/catalogue';
import { scenarioFromValues } from '../scenario/from-preset';
import { correlationOf, levenbergMarquardt, posteriorCovariance } from './least-squares';
import { type MonthSpan, modelValue, parsePeriod } from './observed-series';
import { type FittedObservation, logError, selectObservations, standardised } from './residuals';

/** Months after 2025-01 the fit simulates: enough to reach the in-sample end (2025-02) and the shortest horizon. */
const FIT_HORIZON_MONTHS = 12;

export interface CalibrationOptions {
  asOf?: string;
  observations?: readonly Observation[];
  dimensions?: readonly FitDimension[];
  onIteration?: (iteration: number, cost: number) => void;
}

interface FitRow {
  observation: Observation;
  /** The model's value at the fitted parameters (NaN when it has none). */
  model: number;
  /** ln(model / observed). */
  logError: number;
  /** The observation's ln-sd in the fit, when it was fitted. */
  sd?: number;
  /** Why it was left out of the fit. */
  leftOut?: string;
}

interface DimensionResult {
  id: string;
  params: { id: ParamId; prior: number; fitted: number }[];
  /** ln(fitted/prior) for log dimensions, fitted − prior for linear ones. */
  shift: number;
  /** The shift in prior standard deviations. */
  shiftInSd: number;
  /**
   * How far the data and the prior together let it move: the posterior standard deviation of
   * ln(value) (log dimensions) or of the value (linear), by the Laplace approximation.
   */
  posteriorSd: number;
}

export interface CalibrationResult {
  asOf: string;
  /** The fitted value of every fitted parameter, in catalogue units. */
  values: Partial<Record<ParamId, number>>;
  dimensions: DimensionResult[];
  /**
   * The posterior correlation between dimensions (in `dimensions` order): the data tie some of them
   * (the supply ceiling's start and its growth trade off at −0.9), so Monte Carlo draws them together.
   */
  correlation: number[][];
  rows: FitRow[];
  summary: {
    fitted: number;
    /** Fitted observations the model meets within a factor of 2 (a bound that holds counts as met). */
    withinTwofold: number;
    /** exp(mean |ln error|) over the fitted two-sided observations. */
    geometricMeanError: number;
    cost: number;
    iterations: number;
    evaluations: number;
    converged: boolean;
  };
}

/** The parameter values a point z of the fit stands for, clamped to the catalogue's ranges. */
function valuesAt(dimensions: readonly FitDimension[], z: Float64Array): Partial<Record<ParamId, number>> {
  const values: Partial<Record<ParamId, number>> = {};
  dimensions.forEach((d, k) => {
    for (const id of d.params) {
      const def = findParameter(id);
      if (!def) throw new Error(`calibration: dimension ${d.id} names no parameter ${id}`);
      const prior = priorOf(id);
      const raw = d.scale === 'log' ? prior * Math.exp(z[k]) : prior + z[k];
      values[id] = Math.min(def.max, Math.max(def.min, raw));
    }
  });
  return values;
}

/** The value the fit is pulled towards: the hand-set value before any calibration. */
function priorOf(id: ParamId): number {
  const def = findParameter(id);
  if (!def) throw new Error(`calibration: no parameter ${id}`);
  return def.prior ?? def.value;
}

/** The in-sample run at these parameter values (defaults elsewhere, the shock on as in the default preset). */
function inSampleRun(values: Partial<Record<ParamId, number>>): SimulationResult {
  const scenario: Scenario = scenarioFromValues({
    ...(values as Partial<Record<ParamId, ParamValue>>),
    horizonMonths: FIT_HORIZON_MONTHS,
  });
  return simulate(scenario);
}

export function calibrate(options: CalibrationOptions = {}): CalibrationResult {
  const asOf = options.asOf ?? VINTAGE;
  const dimensions = options.dimensions ?? FIT_DIMENSIONS;
  const { fitted, left } = selectObservations(options.observations ?? inSampleObservations, asOf);
  const residuals = (z: Float64Array): Float64Array => {
    const run = inSampleRun(valuesAt(dimensions, z));
    const r = new Float64Array(fitted.length + dimensions.length);
    fitted.forEach((f, i) => {
      const e = logError(run, f);
      // A run with no value where an observation needs one is as far from it as can be.
      r[i] = Number.isFinite(e) ? standardised(e, f) : 1e6;
    });
    dimensions.forEach((d, k) => {
      r[fitted.length + k] = z[k] / d.priorSd;
    });
    return r;
  };
  const fit = levenbergMarquardt(residuals, new Float64Array(dimensions.length), {
    onIteration: options.onIteration,
  });
  const values = valuesAt(dimensions, fit.z);
  const covariance = posteriorCovariance(residuals, fit.z);
  const run = inSampleRun(values);
  const rows: FitRow[] = [
    ...fitted.map((f) => ({ ...row(run, f.observation, f.span), sd: f.sd })),
    ...left.map((l) => ({
      ...row(run, l.observation, parsePeriod(l.observation.period)),
      leftOut: l.reason,
    })),
  ];
  return {
    asOf,
    values,
    dimensions: dimensions.map((d, k) => ({
      id: d.id,
      params: d.params.map((id) => ({ id, prior: priorOf(id), fitted: values[id] as number })),
      shift: fit.z[k],
      shiftInSd: fit.z[k] / d.priorSd,
      posteriorSd: Math.sqrt(covariance[k][k]),
    })),
    correlation: correlationOf(covariance),
    rows,
    summary: summarise(rows, fitted, fit),
  };
}

/** The model's value for an observation and ln(model/observed); NaN where the model has none. */
function row(run: SimulationResult, observation: Observation, span: MonthSpan | undefined): FitRow {
  const v = span ? modelValue(run, observation.series, span, observation.aggregation) : Number.NaN;
  const model = typeof v === 'number' && v > 0 ? v : Number.NaN;
  return { observation, model, logError: model > 0 ? Math.log(model / observation.value) : Number.NaN };
}

function summarise(
  rows: FitRow[],
  fitted: FittedObservation[],
  fit: ReturnType<typeof levenbergMarquardt>,
): CalibrationResult['summary'] {
  let within = 0;
  let absSum = 0;
  let twoSided = 0;
  for (const r of rows) {
    if (r.leftOut) continue;
    const side = r.observation.side;
    const met =
      (side === 'atLeast' && r.logError >= 0) ||
      (side === 'atMost' && r.logError <= 0) ||
      Math.abs(r.logError) <= Math.LN2;
    if (met) within++;
    if (!side && Number.isFinite(r.logError)) {
      absSum += Math.abs(r.logError);
      twoSided++;
    }
  }
  return {
    fitted: fitted.length,
    withinTwofold: within,
    geometricMeanError: twoSided > 0 ? Math.exp(absSum / twoSided) : Number.NaN,
    cost: fit.cost,
    iterations: fit.iterations,
    evaluations: fit.evaluations,
    converged: fit.converged,
  };
}
