import {
  BASES,
  type Basis,
  BASIS_UNITS,
  type HorizonVerdict,
  type JevonsResult,
} from '../../src/model/types';
import { BASIS_WORDS, windowOf } from '../../src/report/verdict-text';
import { formatPercent, formatValue, MISSING } from '../i18n/format';
import type { Lang } from '../i18n/i18n';

/** One basis of a scenario at the run's end: the total with the shock and how the shock moved it. */
export interface BasisFigures {
  basis: Basis;
  /** "compute served", in the reader's language. */
  label: string;
  unit: string;
  /** First and last month of the window. */
  window: [string, string];
  /** Cumulative total with the shock, in `unit`. */
  total: number;
  /** Same window without the shock. */
  withoutShock: number;
  /** (with − without) / without. */
  change: number;
  /** Rebound R, or null when undefined. */
  rebound: number | null;
  verdict: HorizonVerdict['verdict'];
}

/** The verdicts of the longest window (the run's end), one per basis, in BASES order. */
export function endFigures(result: JevonsResult, lang: Lang): BasisFigures[] {
  const longest = result.verdicts.reduce((m, v) => Math.max(m, v.horizonMonths), 0);
  return BASES.flatMap((basis) => {
    const v = result.verdicts.find((x) => x.basis === basis && x.horizonMonths === longest);
    if (!v) return [];
    return [
      {
        basis,
        label: BASIS_WORDS[lang][basis],
        unit: BASIS_UNITS[basis],
        window: windowOf(result, v),
        total: v.scenario,
        withoutShock: v.base,
        change: v.changeVsBase,
        rebound: v.value !== null && Number.isFinite(v.value) ? v.value : null,
        verdict: v.verdict,
      },
    ];
  });
}

/** A total with its unit ("1.2T H100e-hours", "$3.4T"). */
export function totalText(value: number, unit: string, lang: Lang): string {
  return formatValue(value, unit, lang);
}

/** The relative difference b / a − 1, signed ("+12%"), or "—" when a is 0 or either is not finite. */
export function relativeDelta(a: number, b: number, lang: Lang): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0) return MISSING;
  return formatPercent(b / a - 1, lang, true, 2);
}

/** A difference of two shares in percentage points, signed ("+1.4 pp" / "+1.4 个百分点"). */
export function pointsDelta(a: number, b: number, lang: Lang): string {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return MISSING;
  const d = (b - a) * 100;
  const body = Math.abs(d) < 0.005 ? '0' : Math.abs(d).toFixed(Math.abs(d) < 10 ? 2 : 1);
  const sign = d > 0.005 ? '+' : d < -0.005 ? '−' : '';
  return lang === 'zh' ? `${sign}${body} 个百分点` : `${sign}${body} pp`;
}

/** A difference of two rebounds ("+0.12"), or "—" when either is undefined. */
export function reboundDelta(a: number | null, b: number | null): string {
  if (a === null || b === null) return MISSING;
  const d = b - a;
  if (Math.abs(d) < 0.005) return '0.00';
  return `${d > 0 ? '+' : '−'}${Math.abs(d).toFixed(2)}`;
}

/** R with two decimals, or "—". */
export function reboundText(r: number | null): string {
  return r === null ? MISSING : r.toFixed(2);
}
