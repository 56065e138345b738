/**
 * How far the model is from each observation, in standard deviations of ln(model / observed). An
 * observation's band (low–high, about a 90% interval) sets its standard deviation; a bound
 * (`atLeast`, `atMost`) counts only when broken.
 */
import type { Observation } from '../../models/observations/schema';
import { supportingSources } from '../../models/vintage';
import type { SimulationResult } from '../model/types';
import { type MonthSpan, modelValue, parsePeriod } from './observed-series';

/** z of a two-sided 90% interval. */
const Z90 = 1.6449;
/** The ln-sd of a figure published without a range, and of a bound. */
const DEFAULT_LOG_SD = 0.3;

function logSd(o: Pick<Observation, 'low' | 'high'>): number {
  if (o.low !== undefined && o.high !== undefined && o.low > 0 && o.high > o.low) {
    return Math.log(o.high / o.low) / (2 * Z90);
  }
  return DEFAULT_LOG_SD;
}

/** An observation the fit reads, with its months parsed. */
export interface FittedObservation {
  observation: Observation;
  span: MonthSpan;
  sd: number;
}

export interface Selection {
  fitted: FittedObservation[];
  /** Left out, each with the reason in words. */
  left: { observation: Observation; reason: string }[];
}

/** Splits the observations into those the fit at vintage `asOf` reads and those it leaves out, with reasons. */
export function selectObservations(observations: readonly Observation[], asOf: string): Selection {
  const fitted: FittedObservation[] = [];
  const left: Selection['left'] = [];
  for (const observation of observations) {
    const span = parsePeriod(observation.period);
    if (!span)
      left.push({ observation, reason: `period "${observation.period}" is not YYYY-MM or YYYY-MM/YYYY-MM` });
    else if (observation.notFitted) left.push({ observation, reason: observation.notFitted });
    else if (supportingSources(observation.sources, asOf).length === 0) {
      left.push({
        observation,
        reason: `published after the vintage (${asOf}): hindsight, shown for context only`,
      });
    } else fitted.push({ observation, span, sd: logSd(observation) });
  }
  return { fitted, left };
}

/** ln(model/observed) for one observation, or NaN when the model has no value. */
export function logError(result: SimulationResult, f: FittedObservation): number {
  const v = modelValue(result, f.observation.series, f.span, f.observation.aggregation);
  if (typeof v !== 'number' || !(v > 0)) return Number.NaN;
  return Math.log(v / f.observation.value);
}

/** The standardised residual: ln error ÷ sd, zero for a bound that holds. */
export function standardised(logErr: number, f: FittedObservation): number {
  const side = f.observation.side;
  if (side === 'atLeast' && logErr >= 0) return 0;
  if (side === 'atMost' && logErr <= 0) return 0;
  return logErr / f.sd;
}
