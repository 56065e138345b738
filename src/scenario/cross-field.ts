import { parameterById, parameters } from '../../models';
import type { ParamId } from '../../models/schema';
import { TIERS, tierParamId } from '../../models/tiers';
import { ARTICLES_MONTH_ZERO, historyMonths } from '../engine/calendar';
import type { DemandCurve, ParamValue } from '../model/types';
import { describeValue, formatNumber, makeError, type ScenarioError } from './errors';
import { monthIndexToLabel } from './month';
import { formatValue, rangeText } from './parameter-rules';

/** Relative prices at which a user's demand curve is tried: 1/10,000 of the start price up to 10×. */
const CURVE_PROBES = Array.from({ length: 41 }, (_, i) => 10 ** (-4 + i * 0.125));

/** A number the merged scenario can rely on, falling back to the catalogue default when the value is an expression. */
function numberOf(values: Record<ParamId, ParamValue>, id: ParamId): number {
  const value = values[id];
  return typeof value === 'number' ? value : parameterById[id].value;
}

/**
 * Samples every time expression at each month of the run — from the history start (2023-01, t = −24)
 * to the end of the horizon, as the engine samples it — and reports the first month whose value is
 * not finite or falls outside the parameter's [min, max], e.g. "elasticity = '1 + year' gives 3.08
 * at month 25 (2027-02); allowed 0–3".
 */
export function checkTimeExpressions(values: Record<ParamId, ParamValue>, errors: ScenarioError[]): void {
  const horizon = numberOf(values, 'horizonMonths');
  for (const def of parameters) {
    const value = values[def.id];
    if (typeof value === 'number') continue;
    for (let t = -historyMonths(); t < horizon; t++) {
      const sample = value.evaluate(t, t / 12);
      const broken = !Number.isFinite(sample) || sample < def.min || sample > def.max;
      if (!broken) continue;
      const when = `at month ${formatNumber(t)} (${monthIndexToLabel(ARTICLES_MONTH_ZERO + t)})`;
      const gives = Number.isFinite(sample)
        ? `gives ${formatValue(sample, def)}`
        : `is ${formatNumber(sample)}`;
      const message = `${def.id} = ${describeValue(value.expression)} ${gives} ${when}; allowed ${rangeText(def)} (t counts months from 2025-01)`;
      errors.push(
        makeError(
          `$.parameters.${def.id}`,
          Number.isFinite(sample) ? 'range' : 'finite',
          value.expression,
          message,
        ),
      );
      break;
    }
  }
}

/** A rule between two fields: the second must be above (or at least) the first. */
function ordered(
  values: Record<ParamId, ParamValue>,
  errors: ScenarioError[],
  low: ParamId,
  high: ParamId,
  strict: boolean,
  why: string,
): void {
  const a = values[low];
  const b = values[high];
  if (typeof a !== 'number' || typeof b !== 'number') return;
  if (strict ? a < b : a <= b) return;
  errors.push(
    makeError(
      `$.parameters.${low}`,
      'cross-field',
      a,
      `${low} must be ${strict ? 'below' : 'at most'} ${high} (${formatValue(b, parameterById[high])}); got ${formatValue(a, parameterById[low])}: ${why}`,
    ),
  );
}

/** Rules between fields: the shock inside the run, utilisations in order, some tokens in some tier. */
export function checkCrossFields(values: Record<ParamId, ParamValue>, errors: ScenarioError[]): void {
  ordered(values, errors, 'shockMonth', 'horizonMonths', true, 'the shock must arrive before the run ends');
  ordered(
    values,
    errors,
    'fleetUtilization',
    'maxUtilization',
    false,
    'the rental price equals the user cost at the normal utilisation, which cannot lie above the ceiling',
  );
  ordered(
    values,
    errors,
    'initialUtilization',
    'maxUtilization',
    false,
    'the fleet at 2023-01 cannot run above its ceiling',
  );
  const shares = TIERS.map((tier) => values[tierParamId(tier.id, 'TokenShare')]);
  if (shares.every((share) => typeof share === 'number' && share <= 0)) {
    const ids = TIERS.map((tier) => tierParamId(tier.id, 'TokenShare'));
    errors.push(
      makeError(
        `$.parameters.${ids[0]}`,
        'cross-field',
        0,
        `the token shares ${ids.join(', ')} are all 0: at least one tier must serve tokens (shares are normalised, so any positive values will do)`,
      ),
    );
  }
}

/**
 * Tries a user's demand curve across relative prices 1e-4…10 at the scenario's elasticity: every
 * value must be a finite number ≥ 0, and D(1) above 0. Adds a warning when D(1) ≠ 1: the engine
 * divides by it, so the curve's scale is ignored.
 */
export function checkDemandCurve(
  curve: DemandCurve,
  values: Record<ParamId, ParamValue>,
  errors: ScenarioError[],
  warnings: string[],
): void {
  if (curve.kind !== 'expression') return;
  const elasticity = values.elasticity;
  const eps = typeof elasticity === 'number' ? elasticity : elasticity.evaluate(0, 0);
  for (const x of CURVE_PROBES) {
    const demand = curve.evaluate(x, eps);
    if (Number.isFinite(demand) && demand >= 0) continue;
    const gives = Number.isFinite(demand)
      ? `gives ${formatNumber(demand)} (negative demand)`
      : `is ${formatNumber(demand)}`;
    const message = `demandCurve expression ${describeValue(curve.expression)} ${gives} at x = ${formatNumber(x)}, eps = ${formatNumber(eps)}; it must be a finite number ≥ 0 for every price`;
    errors.push(makeError('$.demandCurve.expression', 'expression', curve.expression, message));
    return;
  }
  const atStart = curve.evaluate(1, eps);
  if (!(atStart > 0)) {
    const message = `demandCurve expression ${describeValue(curve.expression)} gives ${formatNumber(atStart)} at the start price (x = 1); demand is measured relative to D(1), which must be above 0`;
    errors.push(makeError('$.demandCurve.expression', 'expression', curve.expression, message));
    return;
  }
  if (Math.abs(atStart - 1) > 1e-9) {
    warnings.push(
      `demandCurve expression gives D(1) = ${formatNumber(atStart)}, not 1: the model divides by D(1), so only the curve's shape matters`,
    );
  }
}
