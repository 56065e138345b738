import type { ParameterDef } from '../../models/schema';
// The engine modules directly, not src/index: the index re-exports the parser, which pulls in mathjs.
import { jevons } from '../../src/engine/jevons';
import { simulate } from '../../src/engine/simulate';
import { type SweepResult, sweep } from '../../src/engine/sweep';
import type { JevonsResult, Scenario, SimulationResult } from '../../src/model/types';
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

function runBaseline(scenario: Scenario): SimulationResult {
  // A preset or saved baseline does not move with the sliders: run it once per choice.
  if (cachedBaseline?.scenario !== scenario) cachedBaseline = { scenario, result: simulate(scenario) };
  return cachedBaseline.result;
}

/**
 * Runs the verdict (three runs + break-even), the elasticity sweep and the baseline for a scenario.
 * `baseline` null means the engine's base run (the shock switched off).
 */
export function computeView(scenario: Scenario, baseline: Scenario | null): SimulationView {
  const result = jevons(scenario, { breakEven: true });
  return {
    jevons: result,
    sweep: sweep(scenario, 'elasticity', elasticities),
    baseline: baseline ? runBaseline(baseline) : result.base,
  };
}
