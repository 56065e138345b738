import { parameterById, parameters } from '../../models';
import type { ParamId } from '../../models/schema';
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
 * Samples every time expression at each month of the horizon and reports the first month whose
 * value is not finite or falls outside the parameter's [min, max], e.g.
 * "gpuHourCost = '2 - year' gives −1 USD/GPU-hour at month 36 (2028-01); allowed 0.1–20 USD/GPU-hour".
 */
export function checkTimeExpressions(values: Record<ParamId, ParamValue>, errors: ScenarioError[]): void {
  const horizon = numberOf(values, 'horizonMonths');
  const start = numberOf(values, 'startMonth');
  for (const def of parameters) {
    const value = values[def.id];
    if (typeof value === 'number') continue;
    for (let t = 0; t < horizon; t++) {
      const sample = value.evaluate(t, t / 12);
      const broken = !Number.isFinite(sample) || sample < def.min || sample > def.max;
      if (!broken) continue;
      const when = `at month ${t} (${monthIndexToLabel(start + t)})`;
      const gives = Number.isFinite(sample)
        ? `gives ${formatValue(sample, def)}`
        : `is ${formatNumber(sample)}`;
      const message = `${def.id} = ${describeValue(value.expression)} ${gives} ${when}; allowed ${rangeText(def)}`;
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

/** Rules between fields: the shock must happen inside the simulated window. */
export function checkCrossFields(values: Record<ParamId, ParamValue>, errors: ScenarioError[]): void {
  const shock = values.shockMonth;
  const horizon = values.horizonMonths;
  if (typeof shock === 'number' && typeof horizon === 'number' && shock >= horizon) {
    errors.push(
      makeError(
        '$.parameters.shockMonth',
        'cross-field',
        shock,
        `shockMonth must be before the end of the horizon (horizonMonths = ${horizon}); got ${shock}`,
      ),
    );
  }
}

/**
 * Tries a user's demand curve across relative prices 1e-4…10 at the scenario's elasticity: every
 * value must be a finite number ≥ 0. Adds a warning when D(1) ≠ 1, since demand at the start price
 * then differs from tokensPerMonth.
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
  if (Math.abs(atStart - 1) > 1e-9) {
    warnings.push(
      `demandCurve expression gives D(1) = ${formatNumber(atStart)}, not 1: demand at the start price is ${formatNumber(atStart)} × tokensPerMonth`,
    );
  }
}
