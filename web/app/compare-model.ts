import { PARAM_IDS, type ParamId } from '../../models/schema';
import type { JevonsResult, ParamValue, Scenario, Verdict } from '../../src/model/types';
import { NAMED_CURVES } from '../../src/scenario/demand-curves';
import { verdictSentence } from '../../src/report/verdict-text';
import { formatParam } from '../i18n/format-param';
import { formatPercent } from '../i18n/format';
import { type Lang, pick, t } from '../i18n/i18n';
import { paramDef } from '../state/catalogue';
import {
  endFigures,
  pointsDelta,
  reboundDelta,
  reboundText,
  relativeDelta,
  totalText,
} from './scenario-figures';
import { verdictWord } from './verdict-model';

/** One side of a comparison as the app hands it over: its name, scenario and deterministic verdict. */
export interface CompareSide {
  label: string;
  scenario: Scenario;
  result: JevonsResult | null;
  /** Why there is no result, in the reader's words. */
  error: string | null;
}

/** A parameter (or the demand curve) that differs between the two sides. */
export interface ChangedParameter {
  id: ParamId | 'demandCurve';
  label: string;
  a: string;
  b: string;
}

/** The headline figures on one basis, to the run's end, side by side with B against A. */
interface FigureRow {
  basis: string;
  label: string;
  total: { a: string; b: string; delta: string };
  change: { a: string; b: string; delta: string };
  rebound: { a: string; b: string; delta: string };
  verdict: { a: string; b: string };
}

export interface CompareView {
  sides: { label: string; sentence: string; verdict: Verdict | null; name: string }[];
  window: string;
  figures: FigureRow[];
  changed: ChangedParameter[];
}

function valueText(id: ParamId, value: ParamValue | undefined, lang: Lang): string {
  if (value === undefined) return '—';
  if (typeof value === 'number') return formatParam(paramDef(id), value, lang);
  return t(lang, 'compare.expression', { expression: value.expression });
}

function sameValue(a: ParamValue | undefined, b: ParamValue | undefined): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  return a?.expression === b?.expression;
}

function curveText(s: Scenario, lang: Lang): string {
  const curve = s.demandCurve;
  if (curve.kind === 'expression') return t(lang, 'compare.expression', { expression: curve.expression });
  const named = NAMED_CURVES.find((c) => c.id === curve.kind);
  return named ? pick(named.label, lang) : curve.kind;
}

/** Every parameter that differs, in catalogue order, with the demand curve first when it differs. */
export function changedParameters(a: Scenario, b: Scenario, lang: Lang): ChangedParameter[] {
  const out: ChangedParameter[] = [];
  const curveA = curveText(a, lang);
  const curveB = curveText(b, lang);
  if (curveA !== curveB)
    out.push({ id: 'demandCurve', label: t(lang, 'params.curve'), a: curveA, b: curveB });
  for (const id of PARAM_IDS) {
    const va = a.parameters[id];
    const vb = b.parameters[id];
    if (sameValue(va, vb)) continue;
    out.push({
      id,
      label: pick(paramDef(id).label, lang),
      a: valueText(id, va, lang),
      b: valueText(id, vb, lang),
    });
  }
  return out;
}

/**
 * Two scenarios side by side: both verdict sentences, the headline figures on every basis to the
 * run's end (the total with the shock, its change against no shock, the rebound, the class) with
 * B's difference from A, and every parameter that differs.
 */
export function compareView(a: CompareSide, b: CompareSide, lang: Lang): CompareView {
  const side = (s: CompareSide) => ({
    label: s.label,
    name: s.scenario.name,
    sentence: s.result
      ? verdictSentence(s.result, lang)
      : t(lang, 'verdict.cannotRun', { reason: s.error ?? '' }),
    verdict: s.result?.headline.verdict ?? null,
  });
  const fa = a.result ? endFigures(a.result, lang) : [];
  const fb = b.result ? endFigures(b.result, lang) : [];
  const figures: FigureRow[] = fa.flatMap((x) => {
    const y = fb.find((f) => f.basis === x.basis);
    if (!y) return [];
    return [
      {
        basis: x.basis,
        label: x.label,
        total: {
          a: totalText(x.total, x.unit, lang),
          b: totalText(y.total, y.unit, lang),
          delta: relativeDelta(x.total, y.total, lang),
        },
        change: {
          a: formatPercent(x.change, lang, true, 2),
          b: formatPercent(y.change, lang, true, 2),
          delta: pointsDelta(x.change, y.change, lang),
        },
        rebound: {
          a: reboundText(x.rebound),
          b: reboundText(y.rebound),
          delta: reboundDelta(x.rebound, y.rebound),
        },
        verdict: { a: verdictWord(x.verdict, lang), b: verdictWord(y.verdict, lang) },
      },
    ];
  });
  const windowOf = (f: typeof fa) => (f[0] ? `${f[0].window[0]} – ${f[0].window[1]}` : '');
  const wa = windowOf(fa);
  const wb = windowOf(fb);
  return {
    sides: [side(a), side(b)],
    window: wa === wb ? wa : `${wa} / ${wb}`,
    figures,
    changed: changedParameters(a.scenario, b.scenario, lang),
  };
}
