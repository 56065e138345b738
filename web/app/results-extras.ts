import { html, nothing } from 'lit';
import type { JevonsResult, Scenario } from '../../src/model/types';
import { t } from '../i18n/i18n';
import { shockOff } from '../state/relevance';
import { runVerdict } from '../state/verdict-run';
import type { AppView } from './app-model';
import { type BaselineView, baselineView } from './baseline-figures';
import { memo } from './memo';

/** The verdict of the preset or saved scenario behind the dashed lines: three runs, once per choice. */
const baselineRun = memo((scenario: Scenario | null): JevonsResult | null =>
  scenario ? runVerdict(scenario).result : null,
);

const baselineFigures = memo(baselineView);

/**
 * The parts of the verdict panel the app puts together from the view: the dashed baseline's totals
 * beside the current ones, and what goes in the probability slot — the Monte Carlo's probability
 * of backfire, or, when every lever of the shock is 0, why there is none.
 */
export function resultsExtras(view: AppView): { baseline: BaselineView | null; probability: unknown } {
  const s = view.state;
  const lang = s.lang;
  const other = s.baseline.kind === 'base' ? null : baselineRun(view.baselineScenario);
  const baseline = view.result ? baselineFigures(view.result, s.baseline, other, lang) : null;
  const mc = view.mc;
  const probability = shockOff(s.scenario)
    ? html`<div slot="backfire-probability" class="no-probability" data-probability="not-applicable">
        <p class="label">${t(lang, 'jevons.backfireProbability')}</p>
        <p class="value">${t(lang, 'probability.notApplicable')}</p>
        <p class="detail">${t(lang, 'probability.shockOff')}</p>
      </div>`
    : view.result
      ? html`<jv-backfire-probability
          slot="backfire-probability"
          .probability=${mc.result?.probabilityBackfire ?? null}
          .status=${mc.status}
          .language=${lang}
        ></jv-backfire-probability>`
      : nothing;
  return { baseline, probability };
}
