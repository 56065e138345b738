import type { JevonsResult, Rebound, RunTotals, Scenario, SeriesId } from '../model/types';
import { SERIES_IDS, SERIES_UNITS } from '../model/types';
import { scenarioToJSON } from '../scenario/serialize';

/** Units of the summary figures, stated in the JSON so a script never has to guess. */
export const SUMMARY_UNITS = {
  cumulativeGpuHoursDemanded: 'GPU-hours',
  cumulativeGpuSpendDemanded: 'USD',
  cumulativeGpuHours: 'GPU-hours',
  cumulativeGpuSpend: 'USD',
  cumulativeCapex: 'USD',
  cumulativeRevenue: 'USD',
  cumulativeTokens: 'tokens',
  cumulativeTokensServed: 'tokens',
  peakShortageShare: 'share',
  finalFleetGpus: 'GPUs',
  rebound: 'ratio (1 = full rebound)',
  breakEvenElasticity: 'elasticity (magnitude)',
  changeVsBase: 'share',
} as const;

export interface RunReport {
  scenario: Record<string, unknown>;
  units: Record<string, string>;
  series: { month: string[] } & Record<SeriesId, number[]>;
  summary: RunTotals & {
    rebound: number | null;
    verdict: Rebound['verdict'];
    breakEvenElasticity: number | null;
    breakEvenReason?: string;
    reboundGpuHours: Rebound;
    reboundGpuSpend: Rebound;
  };
}

/**
 * The JSON a `jevons run` prints (DESIGN.md's contract): the scenario as a file would hold it, the
 * monthly series of the scenario run, and the summary with the verdict. `summary.rebound` and
 * `summary.verdict` are on GPU spend — the money question the articles ask.
 */
export function runReport(scenario: Scenario, result: JevonsResult): RunReport {
  const series = { month: result.scenario.months } as RunReport['series'];
  const units: Record<string, string> = { month: 'YYYY-MM' };
  for (const id of SERIES_IDS) {
    series[id] = Array.from(result.scenario.series[id]);
    units[id] = SERIES_UNITS[id];
  }
  for (const [key, unit] of Object.entries(SUMMARY_UNITS)) units[`summary.${key}`] = unit;
  const spend = result.rebound.gpuSpend;
  return {
    scenario: scenarioToJSON(scenario) as Record<string, unknown>,
    units,
    series,
    summary: {
      ...result.scenario.totals,
      rebound: spend.value,
      verdict: spend.verdict,
      breakEvenElasticity: result.breakEvenElasticity.value,
      ...(result.breakEvenElasticity.reason ? { breakEvenReason: result.breakEvenElasticity.reason } : {}),
      reboundGpuHours: { ...result.rebound.gpuHours },
      reboundGpuSpend: { ...spend },
    },
  };
}
