import { signedPercent } from '../format/quantity';
import type { JevonsResult, Rebound, Verdict } from '../model/types';

export const VERDICT_WORDS: Record<Verdict, string> = {
  backfire: 'backfire — the Jevons paradox',
  'full-rebound': 'full rebound — efficiency gains fully taken back',
  'partial-rebound': 'partial rebound — efficiency saves compute on balance',
  'super-conservation': 'super-conservation — demand falls with the price cut',
  undefined: 'rebound undefined',
};

/** "2025–2030" from the run's first and last month labels. */
export function windowYears(months: string[]): string {
  const first = months[0]?.slice(0, 4) ?? '';
  const last = months[months.length - 1]?.slice(0, 4) ?? '';
  return first === last ? first : `${first}–${last}`;
}

/**
 * The verdict in one English sentence, e.g. "Under these assumptions DeepSeek's price cut raises
 * cumulative 2025–2030 GPU spend by 38.0% (rebound 1.52): backfire — the Jevons paradox."
 */
export function verdictSentence(result: JevonsResult, measure: 'gpuSpend' | 'gpuHours' = 'gpuSpend'): string {
  const r: Rebound = result.rebound[measure];
  const what = measure === 'gpuSpend' ? 'GPU spend' : 'GPU-hours';
  const years = windowYears(result.scenario.months);
  const change = r.changeVsBase;
  const direction = change > 0 ? 'raises' : change < 0 ? 'cuts' : 'leaves unchanged';
  const amount = change === 0 ? '' : ` by ${signedPercent(Math.abs(change)).slice(1)}`;
  if (r.value === null) {
    return `Under these assumptions DeepSeek's price cut ${direction} cumulative ${years} ${what}${amount}; rebound is undefined: ${r.reason}.`;
  }
  return `Under these assumptions DeepSeek's price cut ${direction} cumulative ${years} ${what}${amount} (rebound ${r.value.toFixed(2)}): ${VERDICT_WORDS[r.verdict]}.`;
}
