import type { ParamId } from '../../models/schema';
import type { Scenario } from '../../src/model/types';

/** Why a control does nothing under the current choices (a message key of the i18n catalogue). */
export type InactiveReason =
  | 'inactive.reservationOnly'
  | 'inactive.efficiencyOff'
  | 'inactive.trainingOff'
  | 'inactive.trainingRatioOne'
  | 'inactive.shockOff';

/** A number now, or undefined for an expression of time (which may be non-zero somewhere). */
function numberOf(scenario: Scenario, id: ParamId): number | undefined {
  const v = scenario.parameters[id];
  return typeof v === 'number' ? v : undefined;
}

/**
 * True when every lever of the DeepSeek shock is switched off: no efficient-model share, no
 * quality shock, no markup cut, no cheaper training. The engine's three runs are then the same
 * world and the rebound is undefined on every basis.
 */
export function shockOff(scenario: Scenario): boolean {
  const levers: ParamId[] = [
    'challengerShareMax',
    'qualityShock',
    'incumbentResponse',
    'trainingEfficiencyAdoption',
  ];
  return levers.every((id) => numberOf(scenario, id) === 0);
}

/**
 * The parameters that cannot change any number under the scenario's other choices, each with
 * why. Mirrors the engine's formulas (src/engine/run-model.ts, demand.ts, training.ts): a factor
 * multiplied by a lever set to 0 drops out. A parameter set by an expression counts as on.
 */
export function inactiveParameters(scenario: Scenario): Map<ParamId, InactiveReason> {
  const out = new Map<ParamId, InactiveReason>();
  const is = (id: ParamId, value: number) => numberOf(scenario, id) === value;
  // The spread of reservation values shapes only the reservation-price curve.
  if (scenario.demandCurve.kind !== 'reservation') out.set('reservationSigma', 'inactive.reservationOnly');
  // Efficiency factor 1 − share × (1 − ratio) × ramp: with no share, the ratio drops out.
  if (is('challengerShareMax', 0)) out.set('challengerFlopsRatio', 'inactive.efficiencyOff');
  // Training efficiency 1 − adoption × (1 − ratio) × ramp, and hours × E^(1−ρ) with E = 1.
  if (is('trainingEfficiencyAdoption', 0)) {
    out.set('trainingEfficiencyRatio', 'inactive.trainingOff');
    out.set('trainingRebound', 'inactive.trainingOff');
  } else if (is('trainingEfficiencyRatio', 1)) {
    out.set('trainingEfficiencyAdoption', 'inactive.trainingRatioOne');
    out.set('trainingRebound', 'inactive.trainingRatioOne');
  }
  // With every lever at 0 the ramp scales nothing (the shock month still starts the verdict's windows).
  if (shockOff(scenario)) out.set('challengerShareMonths', 'inactive.shockOff');
  return out;
}
