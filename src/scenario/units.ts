import type { Unit } from 'mathjs';
import type { ParameterDef } from '../../models/schema';
import { describeValue, shorten } from './errors';
import { getMath } from './math';
import { parsePercent, parsePlainNumber } from './number-text';
import { inUnit } from './parameter-rules';

export type Conversion =
  | { ok: true; value: number }
  /** `quantity` is true when the text was read as a quantity whose unit does not fit. */
  | { ok: false; message: string; quantity: boolean };

function fail(message: string, quantity = false): Conversion {
  return { ok: false, message, quantity };
}

/** " in FLOP/s": the unit a quantity is converted to, else the display unit, else nothing. */
function unitOf(def: ParameterDef): string {
  return def.mathUnit ? ` in ${def.mathUnit}` : inUnit(def);
}

/** Multiplicative factors ("×/yr") are not percentages: "30%" could mean 0.3, 0.7 or 1.3. */
function acceptsPercent(def: ParameterDef): boolean {
  return def.mathUnit === undefined && !def.unit.includes('×');
}

/** Unit conversion can leave 36.00000000000001 months; an integer parameter wants the 36 that was meant. */
function snapInteger(value: number, def: ParameterDef): number {
  if (!def.integer) return value;
  const rounded = Math.round(value);
  return Math.abs(value - rounded) <= 1e-9 * Math.max(1, Math.abs(value)) ? rounded : value;
}

function readQuantity(text: string, def: ParameterDef, mathUnit: string): Conversion {
  const math = getMath();
  let quantity: Unit;
  try {
    quantity = math.unit(text) as Unit;
  } catch (error) {
    return fail(
      `${def.id} expects a number in ${mathUnit}; could not read ${describeValue(text)} (${shorten((error as Error).message, 100)})`,
    );
  }
  if (quantity.value === null || quantity.value === undefined) {
    return fail(`${def.id} expects a number in ${mathUnit}; ${describeValue(text)} has a unit but no number`);
  }
  let target: Unit;
  try {
    target = math.unit(mathUnit) as Unit;
  } catch {
    return fail(`the catalogue unit '${mathUnit}' of ${def.id} is not a known unit`);
  }
  if (!quantity.equalBase(target)) {
    const given = quantity.formatUnits() || 'a plain number';
    return fail(`${def.id} expects ${mathUnit}; ${describeValue(text)} is ${given}`, true);
  }
  const value = quantity.toNumber(mathUnit);
  if (!Number.isFinite(value))
    return fail(`${def.id}: ${describeValue(text)} is not a finite amount of ${mathUnit}`, true);
  return { ok: true, value: snapInteger(value, def) };
}

/**
 * Reads `text` as a value of parameter `def` and returns it in the catalogue unit (`def.mathUnit`,
 * or the display unit for dimensionless parameters). Accepts a plain number ("1.5", already in the
 * catalogue unit), a percentage for shares and ratios ("30%" → 0.3) and "value unit" strings that mathjs converts ("989 TFLOP/s" →
 * 9.89e14 FLOP/s). Anything else is an error naming the expected unit.
 */
export function convertToCatalogueUnit(text: string, def: ParameterDef): Conversion {
  const trimmed = text.trim();
  if (trimmed === '') return fail(`${def.id} expects a number${unitOf(def)}; got an empty string`);
  const plain = parsePlainNumber(trimmed);
  if (plain !== undefined) return { ok: true, value: plain };
  const percent = parsePercent(trimmed);
  if (percent !== undefined) {
    if (acceptsPercent(def)) return { ok: true, value: percent };
    return fail(
      `${def.id} expects a number${unitOf(def)}, not a percentage; got ${describeValue(trimmed)}`,
      true,
    );
  }
  if (def.mathUnit === undefined) {
    const unit = inUnit(def) ? ` (${def.unit})` : '';
    return fail(`${def.id} is a plain number${unit}; ${describeValue(trimmed)} is not a number`);
  }
  return readQuantity(trimmed, def, def.mathUnit);
}
