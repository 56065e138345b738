import { BASES, type Basis, type Series } from '../model/types';
import { shockIndex } from './calendar';

/** The series each verdict basis sums. */
const BASIS_SERIES: Record<Basis, keyof Series> = {
  servedCompute: 'servedHours',
  computeValue: 'computeValue',
  capex: 'capex',
};

/** The verdict's horizons in months from the shock: 12, 24 and the run's end (no duplicates). */
export function verdictHorizons(totalMonths: number, shockMonth: number): number[] {
  const end = totalMonths - shockIndex(shockMonth);
  const out = [12, 24].filter((h) => h < end);
  if (end > 0) out.push(end);
  return out;
}

/** Σ series[basis] over `horizonMonths` months from the shock. */
export function windowTotal(series: Series, basis: Basis, shockMonth: number, horizonMonths: number): number {
  return sumFromShock(series[BASIS_SERIES[basis]], shockMonth, horizonMonths);
}

/** Σ values over `horizonMonths` months from the shock (to the end of the run at most). */
export function sumFromShock(values: Float64Array, shockMonth: number, horizonMonths: number): number {
  const from = shockIndex(shockMonth);
  const to = Math.min(values.length, from + horizonMonths);
  let sum = 0;
  for (let t = from; t < to; t++) sum += values[t];
  return sum;
}

/** Window totals for every basis at one horizon. */
export function basisTotals(
  series: Series,
  shockMonth: number,
  horizonMonths: number,
): Record<Basis, number> {
  const out = {} as Record<Basis, number>;
  for (const basis of BASES) out[basis] = windowTotal(series, basis, shockMonth, horizonMonths);
  return out;
}
