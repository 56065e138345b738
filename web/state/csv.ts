import { SERIES_IDS, SERIES_UNITS, type SimulationResult } from '../../src/model/types';

function cell(value: number): string {
  // An empty cell, not "NaN": spreadsheets read it as missing.
  return Number.isFinite(value) ? String(value) : '';
}

/**
 * The monthly series as CSV: `month`, then every series of the scenario, then the same series of
 * the baseline prefixed "baseline_", each header naming its unit in parentheses, e.g.
 * `gpuSpend (USD/month)`. Values in full precision, canonical units.
 */
export function seriesCsv(scenario: SimulationResult, baseline?: SimulationResult): string {
  const header = ['month'];
  for (const id of SERIES_IDS) header.push(`${id} (${SERIES_UNITS[id]})`);
  if (baseline) for (const id of SERIES_IDS) header.push(`baseline_${id} (${SERIES_UNITS[id]})`);
  const lines = [header.join(',')];
  for (let i = 0; i < scenario.months.length; i++) {
    const row = [scenario.months[i]];
    for (const id of SERIES_IDS) row.push(cell(scenario.series[id][i]));
    if (baseline) for (const id of SERIES_IDS) row.push(cell(baseline.series[id][i] ?? Number.NaN));
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Makes the browser save `content` as a file called `fileName`. */
export function downloadText(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
