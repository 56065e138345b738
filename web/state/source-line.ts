import { VINTAGE } from '../../models/calendar';
import type { ParameterDef, ParamId, Source } from '../../models/schema';
import { supportingSources } from '../../models/vintage';
import { type Lang, t } from '../i18n/i18n';
import { describeArticle, paramDef } from './catalogue';

/** A source in one line: what kind, who or what, and when ("Article · 新华财经 · 2025-02-07"). */
export function sourceLine(source: Source, lang: Lang): string {
  const kind = t(lang, `sources.${source.kind}`);
  if (source.kind === 'article') {
    const a = describeArticle(source.ref, lang);
    return `${kind} · ${a ? `${a.publisher}, “${a.title}”` : source.ref} · ${source.date}`;
  }
  return `${kind} · ${source.ref} · ${source.date}`;
}

/** The first source that supports the default at the vintage (what a reader should check first). */
export function mainSource(def: ParameterDef): Source | undefined {
  return supportingSources(def.sources, VINTAGE)[0] ?? def.sources[0];
}

/**
 * The parameters the verdict turns on, in the order a reader meets them: the demand response, the
 * three levers of the shock and training, and the cost of compute. The help's table of defaults
 * and the printed page's key assumptions list these.
 */
export const KEY_PARAMETERS: readonly ParamId[] = [
  'elasticity',
  'substitutionElasticity',
  'challengerShareMax',
  'challengerFlopsRatio',
  'qualityShock',
  'incumbentResponse',
  'trainingEfficiencyRatio',
  'trainingEfficiencyAdoption',
  'gpuCapexPerGpu',
  'supplyCeilingStart',
  'leadTimeMonths',
  'horizonMonths',
];

/** The definitions of the key parameters. */
export function keyParameterDefs(): ParameterDef[] {
  return KEY_PARAMETERS.map((id) => paramDef(id));
}
