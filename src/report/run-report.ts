import type {
  Basis,
  BreakEven,
  Decomposition,
  HorizonVerdict,
  JevonsResult,
  Rebound,
  RunTotals,
  Scenario,
  SeriesId,
  Verdict,
  Warning,
} from '../model/types';
import { BASIS_UNITS, SERIES_IDS } from '../model/types';
import { type ScenarioJSON, scenarioToJSON } from '../scenario/serialize';
import { reportUnits } from './units';
import { type Lang, verdictSentence, windowOf } from './verdict-text';

/** One verdict as the JSON carries it: the rebound, its class and the totals behind it. */
export interface VerdictEntry {
  horizonMonths: number;
  basis: Basis;
  /** First and last month of the window ("2025-01", "2025-12"). */
  from: string;
  to: string;
  /** null when undefined; `reason` then says why in words. */
  rebound: number | null;
  verdict: Verdict;
  changeVsBase: number;
  reason?: string;
  base: number;
  mechanical: number;
  scenario: number;
  /** Unit of base, mechanical and scenario. */
  unit: string;
}

/** Rebound on compute demanded at going prices, including what went unserved: a diagnostic, not the verdict. */
interface DemandedDiagnostic {
  label: string;
  rebound: number | null;
  verdict: Verdict;
  reason?: string;
  changeVsBase: number;
  base: number;
  mechanical: number;
  scenario: number;
  unit: string;
}

type ReportSeries = { month: string[] } & Record<SeriesId, number[]> & {
    tokensByTier: Record<string, number[]>;
    listPriceByTier: Record<string, number[]>;
  };

export interface RunReport {
  /** The scenario as a file would hold it: run it again with `jevons run`. */
  scenario: ScenarioJSON;
  /** The unit of every series and summary figure. */
  units: Record<string, string>;
  /** Monthly series of the scenario run, from 2023-01. */
  series: ReportSeries;
  summary: {
    headline: VerdictEntry & { sentence: string };
    verdicts: VerdictEntry[];
    breakEvenElasticity: { servedCompute: BreakEven; capex: BreakEven };
    /** The market elasticity the run used; null when it varies in time. */
    elasticity: number | null;
    decomposition: Decomposition[];
    warnings: Warning[];
    demandedDiagnostic: DemandedDiagnostic;
    /** Totals from the shock month to the end of the run, for the three runs behind the verdict. */
    totals: { scenario: RunTotals; base: RunTotals; mechanical: RunTotals };
  };
}

export const DEMANDED_DIAGNOSTIC_LABEL =
  'diagnostic only: rebound on compute demanded at going prices, including demand the fleet could not serve; the verdict is on what is served and bought';

function reboundFields(r: Rebound) {
  return {
    rebound: r.value,
    verdict: r.verdict,
    changeVsBase: r.changeVsBase,
    ...(r.reason !== undefined ? { reason: r.reason } : {}),
    base: r.base,
    mechanical: r.mechanical,
    scenario: r.scenario,
  };
}

/** A verdict with its window and unit, as the JSON and the tables show it. */
export function verdictEntry(result: JevonsResult, v: HorizonVerdict): VerdictEntry {
  const [from, to] = windowOf(result, v);
  return {
    horizonMonths: v.horizonMonths,
    basis: v.basis,
    from,
    to,
    ...reboundFields(v),
    unit: BASIS_UNITS[v.basis],
  };
}

/**
 * The JSON a `jevons run` prints (issue 7, point 5): the scenario as a file would hold it, the units,
 * the monthly series of the scenario run (tier series as `{ tierId: number[] }`), and the summary —
 * the headline verdict with its sentence, every verdict (horizon × basis), the break-even market
 * elasticity, the decomposition, the warnings, the demanded-compute diagnostic (labelled) and the
 * totals. Pure and DOM-free: the app exports the same object.
 */
export function runReport(scenario: Scenario, result: JevonsResult, lang: Lang = 'en'): RunReport {
  const run = result.scenario;
  const series = { month: [...run.months] } as ReportSeries;
  for (const id of SERIES_IDS) series[id] = Array.from(run.series[id]);
  series.tokensByTier = {};
  series.listPriceByTier = {};
  for (const tier of run.tiers) {
    series.tokensByTier[tier] = Array.from(run.tokensByTier[tier]);
    series.listPriceByTier[tier] = Array.from(run.listPriceByTier[tier]);
  }
  const diagnostic = result.demandedDiagnostic;
  return {
    scenario: scenarioToJSON(scenario),
    units: reportUnits(),
    series,
    summary: {
      headline: { ...verdictEntry(result, result.headline), sentence: verdictSentence(result, lang) },
      verdicts: result.verdicts.map((v) => verdictEntry(result, v)),
      breakEvenElasticity: {
        servedCompute: { ...result.breakEvenElasticity.servedCompute },
        capex: { ...result.breakEvenElasticity.capex },
      },
      elasticity: result.elasticity,
      decomposition: result.decomposition.map((d) => ({ ...d, effects: { ...d.effects } })),
      warnings: result.warnings.map((w) => ({ ...w })),
      demandedDiagnostic: {
        label: DEMANDED_DIAGNOSTIC_LABEL,
        ...reboundFields(diagnostic),
        unit: BASIS_UNITS.servedCompute,
      },
      totals: {
        scenario: { ...run.totals },
        base: { ...result.base.totals },
        mechanical: { ...result.mechanical.totals },
      },
    },
  };
}
