import { html, nothing } from 'lit';
import { type Lang, t } from '../i18n/i18n';
import { unitLabel } from '../i18n/units';
import type { BaselineView } from './baseline-figures';
import type { VerdictCell, VerdictView } from './verdict-model';

/** Warnings first and plainly: outputs no one should quote without them. */
export function warningsBox(view: VerdictView, lang: Lang) {
  if (view.warnings.length === 0) return nothing;
  return html`<section class="warnings" role="alert" aria-labelledby="warnings-title">
    <h3 id="warnings-title">${t(lang, 'warning.title')}</h3>
    <ul>
      ${view.warnings.map((w) => html`<li data-warning=${w.id}>${w.text}</li>`)}
    </ul>
  </section>`;
}

function cell(c: VerdictCell, lang: Lang) {
  return html`<td>
    <span class="pill" data-verdict=${c.verdict}>${c.word}</span>
    <span class="figures">
      <abbr title=${t(lang, 'verdict.reboundTitle')}>R</abbr> ${c.rebound} · ${c.change}${
        c.note ? html`<sup class="note-ref">${c.note}</sup>` : nothing
      }
    </span>
  </td>`;
}

/**
 * The verdict at 12 and 24 months after the shock and at the run's end, on each basis: the class,
 * the rebound R and the change against the run without the shock.
 */
export function verdictTable(view: VerdictView, lang: Lang) {
  return html`<div class="table-wrap">
      <table class="verdicts">
        <caption>${t(lang, 'verdict.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t(lang, 'verdict.horizon')}</th>
            ${view.bases.map((b) => html`<th scope="col">${b.label}<span class="unit">${unitLabel(b.unit, lang)}</span></th>`)}
          </tr>
        </thead>
        <tbody>
          ${view.rows.map(
            (row) => html`<tr data-horizon=${row.horizonMonths}>
              <th scope="row">${row.label}<span class="unit">${row.window}</span></th>
              ${view.bases.map((b) => cell(row.cells[b.basis], lang))}
            </tr>`,
          )}
        </tbody>
      </table>
      ${
        view.notes.length > 0
          ? html`<ol class="notes">
              ${view.notes.map((n) => html`<li value=${n.n} title=${n.original ?? nothing}>${n.basis}: ${n.text}</li>`)}
            </ol>`
          : nothing
      }
    </div>`;
}

/** The break-even market elasticity on each basis that has one, with how the reader's compares. */
export function breakEvenList(view: VerdictView, lang: Lang) {
  return html`<dl class="break-even">
      ${view.breakEven.map(
        (b) => html`<div data-basis=${b.basis} aria-busy=${b.pending ? 'true' : 'false'}>
          <dt>${t(lang, 'verdict.breakEven', { basis: b.label })}</dt>
          <dd>${b.text}<span class="reason" title=${b.detailOriginal ?? nothing}>${b.detail}</span></dd>
        </div>`,
      )}
    </dl>`;
}

/**
 * The dashed baseline's totals to the run's end, one compact cell per basis: the baseline's total
 * and how this scenario differs from it — what the dashed lines on the charts add up to.
 */
export function baselineTable(view: BaselineView, lang: Lang) {
  return html`<div class="baseline">
    <h3>${view.title} <span class="unit">${t(lang, 'baselineView.caption', { window: view.window })}</span></h3>
    <dl class="baseline-figures">
      ${view.rows.map(
        (r) => html`<div data-basis=${r.basis}>
          <dt>${r.label}</dt>
          <dd>
            <span class="baseline-value" title=${t(lang, 'baselineView.baseline')}>${r.baseline}</span>
            <span class="baseline-delta">${t(lang, 'baselineView.thisScenario', { current: r.current, delta: r.delta })}</span>
          </dd>
        </div>`,
      )}
    </dl>
    ${view.verdict ? html`<p class="baseline-verdict">${t(lang, 'baselineView.verdict', { verdict: view.verdict })}</p>` : nothing}
    ${view.note ? html`<p class="baseline-verdict">${view.note}</p>` : nothing}
  </div>`;
}
