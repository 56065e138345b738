import { BASIS_UNITS, type RunTotals, SERIES_IDS, SERIES_UNITS, TIER_SERIES_UNITS } from '../model/types';

/** Units of the run totals (from the shock month to the end of the run). */
export const TOTALS_UNITS: Record<keyof RunTotals, string> = {
  cumulativeServedHours: 'H100e-hours',
  cumulativeComputeValue: 'USD',
  cumulativeCapex: 'USD',
  cumulativeRevenue: 'USD',
  cumulativeTokensServed: 'tokens',
  peakShortageShare: 'share',
  finalFleetH100e: 'H100e',
  clearingEvaluations: 'count',
};

/** Units of the fields of a verdict, a break-even and a decomposition entry. */
const VERDICT_UNITS = {
  rebound:
    'ratio: (scenario − mechanical) / (base − mechanical); 1 = full rebound, above 1 backfire; null when undefined',
  changeVsBase: 'share of the base total: (scenario − base) / base',
  horizonMonths: 'months from the shock month',
  totals: 'unit of the basis (see basis.*)',
  breakEvenElasticity: 'market elasticity of task demand (magnitude); null when none in range',
  elasticity: 'market elasticity of task demand (magnitude); null when it varies in time',
  decomposition: 'unit of the basis (see basis.*): effects add up to total = scenario − base',
} as const;

/**
 * Every unit the JSON of `jevons run` uses, keyed by where the figure sits: `tokensServed` for the
 * series `series.tokensServed`, `summary.totals.cumulativeCapex` for a total, `basis.capex` for the
 * unit a verdict on that basis is counted in. A script never has to guess.
 */
export function reportUnits(): Record<string, string> {
  const units: Record<string, string> = { month: 'YYYY-MM (calendar month; runs start 2023-01)' };
  for (const id of SERIES_IDS) units[id] = SERIES_UNITS[id];
  units.tokensByTier = `${TIER_SERIES_UNITS.tokensByTier} (per tier)`;
  units.listPriceByTier = `${TIER_SERIES_UNITS.listPriceByTier} (per tier)`;
  for (const [basis, unit] of Object.entries(BASIS_UNITS)) units[`basis.${basis}`] = unit;
  for (const [key, unit] of Object.entries(TOTALS_UNITS)) units[`summary.totals.${key}`] = unit;
  units['summary.verdicts.rebound'] = VERDICT_UNITS.rebound;
  units['summary.verdicts.changeVsBase'] = VERDICT_UNITS.changeVsBase;
  units['summary.verdicts.horizonMonths'] = VERDICT_UNITS.horizonMonths;
  units['summary.verdicts.base|mechanical|scenario'] = VERDICT_UNITS.totals;
  units['summary.breakEvenElasticity'] = VERDICT_UNITS.breakEvenElasticity;
  units['summary.elasticity'] = VERDICT_UNITS.elasticity;
  units['summary.decomposition'] = VERDICT_UNITS.decomposition;
  units['summary.demandedDiagnostic'] =
    `${BASIS_UNITS.servedCompute} demanded at going prices (diagnostic only)`;
  units['summary.warnings.value'] = 'the unit named in each warning';
  return units;
}
