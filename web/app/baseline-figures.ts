import type { JevonsResult } from '../../src/model/types';
import { MISSING } from '../i18n/format';
import { type Lang, pick, t } from '../i18n/i18n';
import type { BaselineChoice } from '../state/app-state';
import { findPreset } from '../state/catalogue';
import { endFigures, relativeDelta, totalText } from './scenario-figures';
import { verdictWord } from './verdict-model';

/** The dashed baseline in numbers, for the verdict panel: what the charts' dashed lines add up to. */
export interface BaselineView {
  /** "Dashed baseline: no DeepSeek shock". */
  title: string;
  /** "2025-01 – 2030-12". */
  window: string;
  rows: { basis: string; label: string; current: string; baseline: string; delta: string }[];
  /** The baseline scenario's own headline verdict in a word; '' for the world without the shock. */
  verdict: string;
  /** Why no difference is given (the baseline covers another window), or ''. */
  note: string;
}

/** The words for a baseline choice ("no DeepSeek shock", "preset: Jevons bull", "saved: mine"). */
function baselineName(choice: BaselineChoice, lang: Lang): string {
  if (choice.kind === 'base') return t(lang, 'baseline.base');
  if (choice.kind === 'saved') return t(lang, 'baseline.saved', { name: choice.name });
  const preset = findPreset(choice.id);
  return t(lang, 'baseline.preset', { name: preset ? pick(preset.label, lang) : choice.id });
}

/**
 * The current scenario's totals to the run's end beside the dashed baseline's, with the relative
 * difference, on every basis. For the world without the shock the baseline totals are the engine's
 * base run over the same window; for a preset or saved scenario they are its own run with the shock.
 */
export function baselineView(
  current: JevonsResult,
  choice: BaselineChoice,
  baseline: JevonsResult | null,
  lang: Lang,
): BaselineView {
  const now = endFigures(current, lang);
  const other = baseline ? endFigures(baseline, lang) : null;
  const span = (w: [string, string] | undefined) => (w ? `${w[0]} – ${w[1]}` : '');
  const window = span(now[0]?.window);
  const otherWindow = other ? span(other[0]?.window) : window;
  // Totals over different windows are not comparable: show both, difference none.
  const comparable = otherWindow === window;
  const rows = now.map((f) => {
    const b = other ? other.find((o) => o.basis === f.basis) : undefined;
    const value = other ? (b?.total ?? Number.NaN) : f.withoutShock;
    return {
      basis: f.basis,
      label: f.label,
      current: totalText(f.total, f.unit, lang),
      baseline: totalText(value, f.unit, lang),
      delta: comparable ? relativeDelta(value, f.total, lang) : MISSING,
    };
  });
  return {
    title: t(lang, 'baselineView.title', { name: baselineName(choice, lang) }),
    window,
    rows,
    verdict: baseline && choice.kind !== 'base' ? verdictWord(baseline.headline.verdict, lang) : '',
    note: comparable ? '' : t(lang, 'baselineView.otherWindow', { window: otherWindow }),
  };
}
