/**
 * The messages between the page and the analysis worker, which computes what the slider path can
 * do without: the break-even elasticity (~30 engine runs), the decomposition (up to 64 runs) and the
 * elasticity sweep behind the Jevons curve (3 runs per point). Everything survives
 * structuredClone: a scenario travels as its sampled inputs, an expression curve as its source.
 */
import type { SweepResult } from '../../src/engine/sweep';
import { toModelInputs } from '../../src/engine/model-inputs';
import { historyMonths } from '../../src/engine/calendar';
import type { DemandCurve, JevonsResult, ParamId, ParamValue, Scenario } from '../../src/model/types';

/** The three pieces of work, in the order they are done (the verdict's wording waits on the first). */
const STAGES = ['breakEven', 'decomposition', 'sweep'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageValues {
  breakEven: JevonsResult['breakEvenElasticity'];
  decomposition: JevonsResult['decomposition'];
  sweep: SweepResult;
}

export interface AnalysisPayload {
  name: string;
  p: Record<ParamId, number>;
  /** Sampled paths of parameters given as expressions of time, with their source text. */
  paths: Partial<Record<ParamId, { expression: string; values: Float64Array }>>;
  curve: DemandCurve['kind'];
  /** Source of an expression demand curve, compiled again in the worker; null otherwise. */
  curveExpression: string | null;
  stages: Stage[];
  /** Elasticities the sweep visits. */
  sweepValues: Float64Array;
}

export type ToWorker = { type: 'run'; id: number; payload: AnalysisPayload } | { type: 'cancel'; id: number };

export type FromWorker =
  | { [S in Stage]: { type: 'stage'; id: number; stage: S; value: StageValues[S] } }[Stage]
  /** Something the stage left out, and why (the CLI's warning on stderr). */
  | { type: 'notice'; id: number; message: string }
  | { type: 'done'; id: number }
  | { type: 'abandoned'; id: number }
  | { type: 'error'; id: number; message: string };

/** Flattens a scenario for the worker: expressions are sampled once, as the engine would. */
export function toPayload(scenario: Scenario, stages: Stage[], sweepValues: Float64Array): AnalysisPayload {
  const inputs = toModelInputs(scenario);
  const paths: AnalysisPayload['paths'] = {};
  for (const [id, values] of Object.entries(inputs.paths) as [ParamId, Float64Array | undefined][]) {
    const value = scenario.parameters[id];
    if (values && typeof value !== 'number') paths[id] = { expression: value.expression, values };
  }
  const curve = scenario.demandCurve;
  return {
    name: scenario.name,
    p: inputs.p,
    paths,
    curve: curve.kind,
    curveExpression: curve.kind === 'expression' ? curve.expression : null,
    stages,
    sweepValues,
  };
}

/**
 * The scenario again, in the worker: a time expression reads its sampled path back, so the engine
 * samples exactly the values the page did (months before the history start or after the end take
 * the nearest sample).
 */
export function fromPayload(
  payload: AnalysisPayload,
  curveFn: ((x: number, eps: number) => number) | null,
): Scenario {
  const history = historyMonths();
  const parameters = { ...payload.p } as Record<ParamId, ParamValue>;
  for (const [id, path] of Object.entries(payload.paths) as [
    ParamId,
    { expression: string; values: Float64Array },
  ][]) {
    const values = path.values;
    parameters[id] = {
      kind: 'expression',
      expression: path.expression,
      evaluate: (t: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(t) + history))],
    };
  }
  let demandCurve: DemandCurve;
  if (payload.curve !== 'expression') demandCurve = { kind: payload.curve } as DemandCurve;
  else if (curveFn && payload.curveExpression !== null)
    demandCurve = { kind: 'expression', expression: payload.curveExpression, evaluate: curveFn };
  else throw new Error('an expression demand curve needs its compiled function');
  return { name: payload.name, parameters, demandCurve };
}
