import type { ParamId } from '../../src/model/types';
import type { SobolResult } from '../../src/uncertainty/sobol';
import { OTHERS } from '../../src/uncertainty/sobol-job';
import { interactionSummary } from '../../src/uncertainty/sobol-summary';
import type { SobolChartSpec, SobolRowSpec } from '../charts/sobol-chart-vm';
import { formatNumber, formatPercent } from '../i18n/format';
import { type Lang, pick } from '../i18n/i18n';
import { paramDef } from '../state/catalogue';
import { sensitivityText } from './sensitivity-text';

/** The factor's name: the parameter's label, or "the other n together". */
function factorLabel(id: string, parameters: readonly ParamId[], lang: Lang): string {
  return id === OTHERS
    ? sensitivityText(lang, 'sobolOthers', { count: parameters.length })
    : pick(paramDef(id as ParamId).label, lang);
}

/** "A, B and C" / "A、B和C". */
function list(names: string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(sensitivityText(lang, 'listComma'))}${sensitivityText(lang, 'and')}${names.at(-1)}`;
}

/**
 * The Sobol chart of the headline rebound (on compute served, from the shock to the run's end):
 * each factor's first- and total-order index with its bootstrap interval, largest total first, and
 * the sentence on what interacts — the part of the variance no parameter explains alone, and which
 * parameters take part in it.
 */
export function sobolSpec(sobol: SobolResult, lang: Lang): SobolChartSpec {
  const output = sobol.outputs.reboundServedCompute;
  const format = (v: number) => formatPercent(v, lang, false, 0);
  const rows: SobolRowSpec[] = output.factors.map((f) => ({
    id: f.id,
    label: factorLabel(f.id, f.parameters, lang),
    first: f.first,
    total: f.total,
  }));
  const summary = interactionSummary(output);
  const rowsText = formatNumber(sobol.samples, lang);
  const share = sensitivityText(lang, summary.clear ? 'sobolShare' : 'sobolShareUnclear', {
    share: format(summary.share),
    low: format(summary.low),
    high: format(summary.high),
    rows: rowsText,
  });
  const names = list(
    summary.interacting.map((f) => factorLabel(f.id, f.parameters, lang)),
    lang,
  );
  const who =
    summary.interacting.length === 0
      ? sensitivityText(lang, 'sobolNoInteract')
      : sensitivityText(lang, 'sobolInteract', {
          // A sentence starts with the first name ("The other 16 together …").
          names: names.charAt(0).toUpperCase() + names.slice(1),
          verb: sensitivityText(lang, summary.interacting.length === 1 ? 'actOne' : 'actMany'),
        }).replace(/\s+:/, ':');
  const interact = lang === 'zh' ? `${share}${who}` : `${share} ${who}`;
  // Shares are drawn and read between 0 and 100 %: say so when an estimate or an interval had to be
  // cut (beyond a twentieth), or an interval is too wide to read.
  const outside = (e: { low: number; high: number }) => e.low < -0.05 || e.high > 1.05;
  const noisy = output.factors.some(
    (f) => outside(f.first) || outside(f.total) || f.first.high - f.first.low > 0.5,
  );
  const caption = noisy ? `${interact} ${sensitivityText(lang, 'sobolNoise', { rows: rowsText })}` : interact;
  return {
    id: 'sobol',
    title: sensitivityText(lang, 'sobolTitle'),
    axisLabel: sensitivityText(lang, 'sobolAxis'),
    rows,
    format,
    caption,
    labels: {
      noData: sensitivityText(lang, 'sobolNoData'),
      first: sensitivityText(lang, 'sobolFirst'),
      total: sensitivityText(lang, 'sobolTotal'),
      readout: (row, first, total) =>
        sensitivityText(lang, 'sobolReadout', { label: row.label, first, total }),
      summary: sensitivityText(lang, 'sobolSummary', {
        rows: formatNumber(sobol.samples, lang),
        evaluations: formatNumber(sobol.evaluations, lang),
      }),
    },
  };
}
