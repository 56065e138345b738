import {
  BASES,
  type Basis,
  BASIS_UNITS,
  type HorizonVerdict,
  type JevonsResult,
  type Verdict,
  type Warning,
} from '../../src/model/types';
import {
  BASIS_WORDS,
  noBreakEvenText,
  undefinedReboundText,
  VERDICT_WORDS,
  verdictSentence,
  windowOf,
} from '../../src/report/verdict-text';
import { warningText as reportWarningText } from '../../src/report/warning-text';
import { formatNumber, formatPercent, MISSING } from '../i18n/format';
import { type Lang, type MessageKey, t } from '../i18n/i18n';

/** One cell of the verdict table: one basis at one horizon. */
export interface VerdictCell {
  verdict: Verdict;
  /** The class in a word or two ("backfire"), from the report layer's words. */
  word: string;
  /** R with two decimals, as in the sentence, or "—". */
  rebound: string;
  /** Change of the total against the run without the shock, signed ("+3.1%"). */
  change: string;
  /** Why the rebound is undefined, in words. */
  reason?: string;
  /** The engine's own sentence (English) when `reason` is a translation of it. */
  reasonOriginal?: string;
  /** 1-based number of the note under the table that says why (the same reason, the same note). */
  note?: number;
}

/** A reason under the table, numbered as the cells refer to it. */
interface VerdictNote {
  n: number;
  basis: string;
  text: string;
  original?: string;
}

interface VerdictRow {
  horizonMonths: number;
  /** "12 months" with the window it covers ("2025-01 – 2025-12"). */
  label: string;
  window: string;
  cells: Record<Basis, VerdictCell>;
}

/** The break-even market elasticity on one basis: the figure, or why there is none, or that it is coming. */
interface BreakEvenView {
  basis: 'servedCompute' | 'capex';
  label: string;
  text: string;
  detail: string;
  /** The engine's own sentence (English) when `detail` is a translation of it. */
  detailOriginal?: string;
  pending: boolean;
}

/** Everything the verdict panel shows, as text: built without the DOM, rendered by jevons-panel.ts. */
export interface VerdictView {
  sentence: string;
  headline: Verdict;
  bases: { basis: Basis; label: string; unit: string }[];
  rows: VerdictRow[];
  /** Why some rebounds are undefined, once per distinct reason. */
  notes: VerdictNote[];
  breakEven: BreakEvenView[];
  /** The demanded-compute rebound, labelled as a diagnostic. */
  diagnostic: string;
  warnings: { id: Warning['id']; text: string }[];
}

/** The class of a verdict in a word or two: the report layer's wording up to its dash. */
export function verdictWord(verdict: Verdict, lang: Lang): string {
  return VERDICT_WORDS[lang][verdict].split(/ — |——/)[0];
}

/**
 * The engine says why in English; in Chinese the page gives the report layer's sentence for the
 * engine's reason code (src/report/verdict-text.ts), or the catalogue's general one for a reason
 * without a code, and keeps the engine's for the tooltip.
 */
function because(
  why: { reason?: string; reasonCode?: string },
  say: () => string,
  key: MessageKey,
  lang: Lang,
): Pick<VerdictCell, 'reason' | 'reasonOriginal'> {
  if (!why.reason) return {};
  if (lang === 'en') return { reason: why.reason };
  return { reason: why.reasonCode ? say() : t(lang, key), reasonOriginal: why.reason };
}

function cell(r: HorizonVerdict, lang: Lang): VerdictCell {
  const defined = r.value !== null && Number.isFinite(r.value);
  return {
    verdict: r.verdict,
    word: verdictWord(r.verdict, lang),
    rebound: defined ? (r.value as number).toFixed(2) : MISSING,
    change: formatPercent(r.changeVsBase, lang, true, 2),
    ...because(r, () => undefinedReboundText(r, r.basis, lang), 'verdict.reasonUndefined', lang),
  };
}

/** A warning in the reader's language (src/report/warning-text.ts), numbers written the app's way. */
export function warningText(w: Warning, lang: Lang): string {
  return reportWarningText(w, lang, {
    share: (v) => formatPercent(v, lang, false, 3),
    // Four digits: a value just over its bound (100,390 against 100,000) must not read as the same "10万".
    tokens: (v) => `${formatNumber(v, lang, 4)} token`,
  });
}

function breakEvenView(
  result: JevonsResult,
  basis: 'servedCompute' | 'capex',
  pending: boolean,
  lang: Lang,
): BreakEvenView {
  const label = BASIS_WORDS[lang][basis];
  const b = result.breakEvenElasticity[basis];
  if (pending) return { basis, label, text: '…', detail: t(lang, 'verdict.computing'), pending };
  if (b.value === null || !Number.isFinite(b.value)) {
    const { reason, reasonOriginal } = because(
      b,
      () => noBreakEvenText(b, basis, lang),
      'verdict.reasonNoBreakEven',
      lang,
    );
    return {
      basis,
      label,
      text: MISSING,
      detail: reason ?? '',
      ...(reasonOriginal ? { detailOriginal: reasonOriginal } : {}),
      pending,
    };
  }
  const eta = result.elasticity;
  // Equal to the two decimals shown is "at" it, as the headline sentence says.
  const where: MessageKey =
    eta === null
      ? 'verdict.breakEvenVarying'
      : eta.toFixed(2) === b.value.toFixed(2)
        ? 'verdict.breakEvenAt'
        : eta > b.value
          ? 'verdict.breakEvenAbove'
          : 'verdict.breakEvenBelow';
  const detail = t(lang, where, { eta: eta?.toFixed(2) ?? '' });
  return { basis, label, text: b.value.toFixed(2), detail, pending };
}

/**
 * The verdict panel's content: the headline sentence from the report layer (with its reason once
 * the break-even elasticity has arrived), the verdict at every horizon and basis, the break-even
 * elasticity per basis, the demanded-compute diagnostic and the warnings.
 */
export function verdictView(result: JevonsResult, breakEvenPending: boolean, lang: Lang): VerdictView {
  const horizons = [...new Set(result.verdicts.map((v) => v.horizonMonths))];
  const end = horizons.at(-1);
  // Reasons go under the table as numbered notes, each distinct one once, so the cells stay short.
  const notes: VerdictNote[] = [];
  const rows = horizons.map((horizonMonths): VerdictRow => {
    const cells = {} as Record<Basis, VerdictCell>;
    let window = '';
    for (const v of result.verdicts) {
      if (v.horizonMonths !== horizonMonths) continue;
      const c = cell(v, lang);
      if (c.reason !== undefined) {
        const whole = c.reasonOriginal ?? c.reason;
        let note = notes.find(
          (x) => (x.original ?? x.text) === whole && x.basis === BASIS_WORDS[lang][v.basis],
        );
        if (!note) {
          note = {
            n: notes.length + 1,
            basis: BASIS_WORDS[lang][v.basis],
            text: c.reason,
            ...(c.reasonOriginal ? { original: c.reasonOriginal } : {}),
          };
          notes.push(note);
        }
        c.note = note.n;
      }
      cells[v.basis] = c;
      const [from, to] = windowOf(result, v);
      window = `${from} – ${to}`;
    }
    const key: MessageKey = horizonMonths === end ? 'verdict.horizonEnd' : 'verdict.horizonMonths';
    return { horizonMonths, label: t(lang, key, { months: horizonMonths }), window, cells };
  });
  const d = result.demandedDiagnostic;
  const diagnostic = t(lang, 'verdict.diagnostic', {
    rebound: d.value !== null && Number.isFinite(d.value) ? d.value.toFixed(2) : MISSING,
    verdict: verdictWord(d.verdict, lang),
  });
  return {
    sentence: verdictSentence(result, lang),
    headline: result.headline.verdict,
    bases: BASES.map((basis) => ({ basis, label: BASIS_WORDS[lang][basis], unit: BASIS_UNITS[basis] })),
    rows,
    notes,
    breakEven: (['servedCompute', 'capex'] as const).map((b) =>
      breakEvenView(result, b, breakEvenPending, lang),
    ),
    diagnostic,
    warnings: result.warnings.map((w) => ({ id: w.id, text: warningText(w, lang) })),
  };
}
