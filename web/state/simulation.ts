import { PARAM_IDS, type ParameterDef } from '../../models/schema';
// The engine modules directly, not src/index: the index re-exports the parser, which pulls in mathjs.
import { jevons } from '../../src/engine/jevons';
import { simulate } from '../../src/engine/simulate';
import { type SweepResult, sweep } from '../../src/engine/sweep';
import type { BreakEven, JevonsResult, Scenario, SimulationResult } from '../../src/model/types';
import { paramDef } from './catalogue';

/** Points on the Jevons panel's spend-against-elasticity curve. */
export const SWEEP_POINTS = 60;

/** Everything the charts and the verdict need for one state. */
export interface SimulationView {
  jevons: JevonsResult;
  sweep: SweepResult;
  /** The dashed overlay: the base run, or the chosen preset or saved scenario run as it stands. */
  baseline: SimulationResult;
}

/** Elasticities the sweep visits: the slider's whole range, spaced as the slider moves (log or linear). */
export function sweepElasticities(
  def: ParameterDef = paramDef('elasticity'),
  n = SWEEP_POINTS,
): Float64Array {
  const out = new Float64Array(n);
  const log = def.scale === 'log' && def.min > 0;
  for (let i = 0; i < n; i++) {
    const f = i / (n - 1);
    out[i] = log ? def.min * (def.max / def.min) ** f : def.min + (def.max - def.min) * f;
  }
  return out;
}

const elasticities = sweepElasticities();
let cachedBaseline: { scenario: Scenario; result: SimulationResult } | null = null;
let cachedCurve: { scenario: Scenario; sweep: SweepResult; breakEven: BreakEven } | null = null;

function runBaseline(scenario: Scenario): SimulationResult {
  // A preset or saved baseline does not move with the sliders: run it once per choice.
  if (cachedBaseline?.scenario !== scenario) cachedBaseline = { scenario, result: simulate(scenario) };
  return cachedBaseline.result;
}

/** True when two scenarios differ at most in the elasticity (values compared by identity). */
export function sameExceptElasticity(a: Scenario, b: Scenario): boolean {
  if (a.demandCurve !== b.demandCurve) return false;
  for (const id of PARAM_IDS) {
    if (id !== 'elasticity' && a.parameters[id] !== b.parameters[id]) return false;
  }
  return true;
}

/**
 * Runs the verdict (three runs + break-even), the elasticity sweep and the baseline for a scenario.
 * `baseline` null means the engine's base run (the shock switched off). The sweep and the
 * break-even elasticity do not depend on the current elasticity, so while only the elasticity
 * slider moves they are reused and each input costs three runs.
 */
export function computeView(scenario: Scenario, baseline: Scenario | null): SimulationView {
  const reuse = cachedCurve !== null && sameExceptElasticity(cachedCurve.scenario, scenario);
  const result = jevons(scenario, { breakEven: !reuse });
  if (!reuse || !cachedCurve) {
    cachedCurve = {
      scenario,
      sweep: sweep(scenario, 'elasticity', elasticities),
      breakEven: result.breakEvenElasticity,
    };
  }
  return {
    jevons: reuse ? { ...result, breakEvenElasticity: cachedCurve.breakEven } : result,
    sweep: cachedCurve.sweep,
    baseline: baseline ? runBaseline(baseline) : result.base,
  };
}
