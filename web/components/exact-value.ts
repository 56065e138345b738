import type { ParameterDef } from '../../models/schema';

/**
 * The exact-value field speaks the unit the reader sees: a share is shown and typed in percent
 * (typing 40 means 40 %), everything else in the catalogue unit. Returns the factor from the
 * catalogue value to the field's number.
 */
export function fieldScale(def: Pick<ParameterDef, 'unit'>): number {
  return def.unit === 'share' ? 100 : 1;
}

/** The field's text for a catalogue value: six significant digits, exponent form for large magnitudes. */
export function fieldText(value: number, def: Pick<ParameterDef, 'unit'>): string {
  const rounded = Number((value * fieldScale(def)).toPrecision(6));
  return Math.abs(rounded) >= 1e7 ? rounded.toExponential().replace('e+', 'e') : String(rounded);
}

/**
 * The catalogue value of what the reader typed, or NaN when it is not a number. A trailing "%"
 * is allowed in a percent field; the result is rounded so that 40 → 0.4 exactly, not 0.4000000001.
 */
export function fieldValue(text: string, def: Pick<ParameterDef, 'unit'>): number {
  const scale = fieldScale(def);
  const trimmed = scale === 100 ? text.trim().replace(/\s*%$/, '') : text.trim();
  if (trimmed === '') return Number.NaN;
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return Number.NaN;
  return scale === 1 ? n : Number((n / scale).toPrecision(12));
}
