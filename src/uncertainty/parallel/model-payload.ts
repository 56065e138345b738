/**
 * A scenario as a thread can receive it: everything survives structuredClone (numbers, strings,
 * typed arrays) — no functions, so an expression demand curve travels as its source text and is
 * compiled again where it runs (the parser is loaded only then).
 */
import type { CurveCode, ModelInputs } from '../../engine/model-inputs';
import { toModelInputs } from '../../engine/model-inputs';
import type { ParamId, Scenario } from '../../model/types';

export interface ModelPayload {
  p: Record<ParamId, number>;
  paths: Partial<Record<ParamId, Float64Array>>;
  curve: CurveCode;
  /** Source of an expression demand curve; null otherwise. */
  curveExpression: string | null;
}

export type CurveCompiler = (source: string) => Promise<(x: number, eps: number) => number>;

/** Flattens a scenario (cheap: expressions are sampled, nothing is run). */
export function modelPayload(scenario: Scenario): ModelPayload {
  const inputs = toModelInputs(scenario);
  const curve = scenario.demandCurve;
  return {
    p: inputs.p,
    paths: inputs.paths,
    curve: inputs.curve,
    curveExpression: curve.kind === 'expression' ? curve.expression : null,
  };
}

/** The scenario's expression curve compiled by the same whitelisted compiler the parser uses. */
export const compileCurve: CurveCompiler = async (source) => {
  const { compileCurveExpression } = await import('../../scenario/expression');
  const compiled = compileCurveExpression(source);
  if (!compiled.ok) throw new Error(`demand curve: ${compiled.message}`);
  return compiled.value.evaluate;
};

/** The inputs again, on the receiving side (with a private copy of `p`). */
export async function payloadInputs(payload: ModelPayload, compile = compileCurve): Promise<ModelInputs> {
  const curveFn = payload.curveExpression === null ? null : await compile(payload.curveExpression);
  return { p: { ...payload.p }, paths: payload.paths, curve: payload.curve, curveFn };
}
