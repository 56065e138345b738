import type { RunTotals, Scenario } from '../model/types';
import { simulate } from './simulate';

export interface Comparison {
  a: RunTotals;
  b: RunTotals;
  /** b / a for each total; null where a is 0 (no ratio to speak of). */
  ratio: Record<keyof RunTotals, number | null>;
}

/** Totals of two scenarios side by side, with b/a ratios. */
export function compare(a: Scenario, b: Scenario): Comparison {
  const ta = simulate(a).totals;
  const tb = simulate(b).totals;
  const ratio = {} as Record<keyof RunTotals, number | null>;
  for (const key of Object.keys(ta) as (keyof RunTotals)[])
    ratio[key] = ta[key] !== 0 ? tb[key] / ta[key] : null;
  return { a: ta, b: tb, ratio };
}
