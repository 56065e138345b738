/**
 * The report layer's exports (CSV of the series and bands, the run report as JSON), in their own
 * chunk: the CSV writer and the run report are not needed until the reader asks for a file. The
 * chunk is loaded after the first render (deferred-chunks.ts), so exporting works offline.
 */
import type { JevonsResult, Scenario, SimulationResult } from '../../src/model/types';
import { type BandInput, publishCsv } from '../../src/report/publish-csv';
import { runReport } from '../../src/report/run-report';
import { downloadText } from '../state/download';
import { fileStem } from './app-actions';

/**
 * Downloads the report layer's CSV: the scenario and its vintage, every parameter with its unit
 * and the preset's value, then the monthly series, the baseline's, and the Monte Carlo bands.
 */
export function exportCsv(
  scenario: Scenario,
  run: SimulationResult,
  baseline: SimulationResult,
  bands: BandInput | null,
): void {
  const text = publishCsv({ scenario, run, baseline, bands });
  downloadText(`${fileStem(scenario.name)}-series.csv`, text, 'text/csv');
}

/**
 * Downloads the report `jevons run --format json` prints — the same object from the same report
 * layer: scenario, units, monthly series and the summary (verdicts, break-even, decomposition,
 * warnings, the labelled diagnostic), with whatever the analysis has delivered so far.
 */
export function exportReport(scenario: Scenario, result: JevonsResult, lang: 'en' | 'zh'): void {
  const text = `${JSON.stringify(runReport(scenario, result, lang), null, 2)}\n`;
  downloadText(`${fileStem(scenario.name)}-report.json`, text, 'application/json');
}
