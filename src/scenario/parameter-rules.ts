import type { ParameterDef } from '../../models/schema';
import { describeValue, formatNumber, makeError, type ScenarioError } from './errors';

/** Display units that say "no unit"; a range in such a unit is shown bare. */
const NO_UNIT = new Set(['', '–', '-', 'ratio']);

/** The parameter's display unit, or '' for one that says "no unit" ('–', 'ratio'). */
export function unitOf(def: Pick<ParameterDef, 'unit'>): string {
  return NO_UNIT.has(def.unit) ? '' : def.unit;
}

/** A value in the parameter's display unit: "0.5 USD/H100e-hour". */
export function formatValue(value: number, def: ParameterDef): string {
  return NO_UNIT.has(def.unit) ? formatNumber(value) : `${formatNumber(value)} ${def.unit}`;
}

/** " in USD/Mtok", or nothing for a parameter without a unit (never " in –"). */
export function inUnit(def: ParameterDef): string {
  return NO_UNIT.has(def.unit) ? '' : ` in ${def.unit}`;
}

/** The allowed range in words: "0–5 USD/H100e-hour". */
export function rangeText(def: ParameterDef): string {
  const range = `${formatNumber(def.min)}–${formatNumber(def.max)}`;
  return NO_UNIT.has(def.unit) ? range : `${range} ${def.unit}`;
}

/**
 * The first rule a number breaks for parameter `def` (finite, whole for integer parameters, within
 * [min, max]), or undefined when it is acceptable. `written` is what the user wrote, kept in the error.
 */
export function checkNumber(
  value: number,
  def: ParameterDef,
  path: string,
  written: unknown,
): ScenarioError | undefined {
  const shown =
    typeof written === 'string' && written.trim() !== String(value) ? ` (${describeValue(written)})` : '';
  if (!Number.isFinite(value)) {
    return makeError(
      path,
      'finite',
      written,
      `${def.id} must be a finite number${inUnit(def)}; got ${formatNumber(value)}${shown}`,
    );
  }
  if (def.integer && !Number.isInteger(value)) {
    return makeError(
      path,
      'integer',
      written,
      `${def.id} must be a whole number${NO_UNIT.has(def.unit) ? '' : ` of ${def.unit}`}; got ${formatNumber(value)}${shown}`,
    );
  }
  if (value < def.min || value > def.max) {
    return makeError(
      path,
      'range',
      written,
      `${def.id} must be within ${rangeText(def)}; got ${formatValue(value, def)}${shown}`,
    );
  }
  return undefined;
}
