import type { JevonsResult, Rebound, Verdict } from '../../src/model/types';
import { type Display, formatNumber, formatPercent, MISSING } from '../i18n/format';
import { type Lang, t } from '../i18n/i18n';

/** The years a run covers, "2025–2030" (or one year), from its month labels. */
export function windowYears(months: readonly string[]): string {
  if (months.length === 0) return MISSING;
  const first = months[0].slice(0, 4);
  const last = months[months.length - 1].slice(0, 4);
  return first === last ? first : `${first}–${last}`;
}

function undefinedReason(r: Rebound, lang: Lang): string {
  const finite = Number.isFinite(r.base) && Number.isFinite(r.mechanical) && Number.isFinite(r.scenario);
  return t(lang, finite ? 'verdict.noSaving' : 'verdict.noData');
}

/**
 * The headline in words: how the DeepSeek price cut changes cumulative GPU spend over the window,
 * and what that makes it (backfire, full or partial rebound, super-conservation); for an undefined
 * rebound, why. Never contains NaN: a non-finite change reads as undefined.
 */
export function verdictSentence(result: JevonsResult, lang: Lang): { text: string; verdict: Verdict } {
  const r = result.rebound.gpuSpend;
  if (r.verdict === 'undefined' || !Number.isFinite(r.changeVsBase)) {
    return { text: t(lang, 'verdict.undefined', { reason: undefinedReason(r, lang) }), verdict: 'undefined' };
  }
  const text = t(lang, 'verdict.sentence', {
    direction: t(lang, r.changeVsBase >= 0 ? 'verdict.raises' : 'verdict.cuts'),
    years: windowYears(result.scenario.months),
    change: formatPercent(Math.abs(r.changeVsBase), lang),
    verdict: t(lang, `verdict.${r.verdict}`),
  });
  return { text, verdict: r.verdict };
}

/** The rebound as a percentage of the mechanical saving (R = 1.38 → "138%"), or "—" with the reason. */
export function reboundDisplay(r: Rebound, lang: Lang): Display {
  if (r.value === null || !Number.isFinite(r.value))
    return { text: MISSING, reason: undefinedReason(r, lang) };
  return { text: formatPercent(r.value, lang, false, 3) };
}

/** The break-even elasticity, or "—" with the reason (no crossing in the slider's range). */
export function breakEvenDisplay(
  value: number | null,
  range: { min: number; max: number },
  lang: Lang,
): Display {
  if (value === null || !Number.isFinite(value)) {
    return {
      text: MISSING,
      reason: t(lang, 'reason.none', {
        min: formatNumber(range.min, lang),
        max: formatNumber(range.max, lang),
      }),
    };
  }
  return { text: formatNumber(value, lang, 3) };
}
