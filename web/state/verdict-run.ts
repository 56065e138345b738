import type { ParameterDef } from '../../models/schema';
// The engine modules directly, not src/index: the index re-exports the parser, which pulls in mathjs.
import { jevons } from '../../src/engine/jevons';
import { simulate } from '../../src/engine/simulate';
import type { JevonsResult, Scenario, SimulationResult } from '../../src/model/types';
import { PARAM_IDS } from '../../models/schema';
import { checkCrossFields } from '../../src/scenario/cross-field';
import { runProblem } from '../../src/scenario/run-check';
import type { ScenarioError } from '../../src/scenario/errors';
import { paramDef } from './catalogue';

/** The deterministic verdict of one scenario, or why there is none. */
export interface VerdictRun {
  scenario: Scenario;
  /**
   * The three runs and the verdict at every horizon and basis, without the break-even elasticity
   * and the decomposition: those take ~100 runs and arrive later from the analysis worker.
   */
  result: JevonsResult | null;
  /** The reader's sentence when the sliders make a scenario the engine cannot run (the shock after the end). */
  error: string | null;
}

/**
 * The slider path's work: three engine runs (base, mechanical, scenario), after the reader's own
 * cross-field rule and followed by its check that every number stayed finite, so the page says
 * what the CLI would instead of failing or drawing NaN. `withBreakEven` adds the break-even search
 * (~40 runs, tens of milliseconds): for a scenario run once, such as the other side of a comparison.
 */
export function runVerdict(scenario: Scenario, withBreakEven = false): VerdictRun {
  const errors: ScenarioError[] = [];
  checkCrossFields(scenario.parameters, errors);
  if (errors.length > 0) return { scenario, result: null, error: errors.map((e) => e.message).join('; ') };
  try {
    const result = jevons(scenario, { breakEven: withBreakEven, decomposition: false });
    // A run that leaves the finite numbers (a demand curve that overflows) states no answer: say
    // where, as the CLI does, instead of drawing NaN or a verdict computed from it.
    const broken = runProblem(scenario, [result.base, result.mechanical, result.scenario]);
    if (broken) return { scenario, result: null, error: broken.message };
    return { scenario, result, error: null };
  } catch (error) {
    return { scenario, result: null, error: error instanceof Error ? error.message : String(error) };
  }
}

let cachedBaseline: { scenario: Scenario; result: SimulationResult | null } | null = null;

/** A preset or saved scenario behind the dashed overlay, run once per choice (it does not move with the sliders). */
export function runBaseline(scenario: Scenario): SimulationResult | null {
  if (cachedBaseline?.scenario !== scenario) {
    let result: SimulationResult | null = null;
    try {
      result = simulate(scenario);
    } catch {
      result = null;
    }
    cachedBaseline = { scenario, result };
  }
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

/** Points on the Jevons curve (each costs three engine runs, in the worker). */
const SWEEP_POINTS = 40;

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
