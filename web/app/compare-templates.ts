import { html } from 'lit';
import { type Lang, t } from '../i18n/i18n';
import type { CompareView } from './compare-model';

/** Both verdicts, the headline figures with B's difference from A, and the changed parameters. */
export function compareTables(view: CompareView, lang: Lang) {
  const [a, b] = view.sides;
  return html`<div class="sentences">
      ${view.sides.map(
        (s, i) => html`<p data-verdict=${s.verdict ?? 'undefined'} data-side=${i === 0 ? 'a' : 'b'}>
          <strong>${i === 0 ? t(lang, 'compare.sideA') : t(lang, 'compare.sideB')}: ${s.label}${s.label.includes(s.name) ? '' : ` · ${s.name}`}</strong>${s.sentence}
        </p>`,
      )}
    </div>
    <h3>${t(lang, 'compare.figuresTitle')}</h3>
    <div class="table-wrap">
      <table class="figures">
        <caption>${t(lang, 'compare.figuresCaption', { window: view.window })}</caption>
        <thead>
          <tr>
            <th scope="col">${t(lang, 'compare.figure')}</th>
            <th scope="col">A: ${a.label}</th>
            <th scope="col">B: ${b.label}</th>
            <th scope="col">${t(lang, 'compare.delta')}</th>
          </tr>
        </thead>
        <tbody>
          ${view.figures.map(
            (f) => html`<tr data-basis=${f.basis} data-figure="total">
                <th scope="row">${t(lang, 'compare.total', { basis: f.label })}</th>
                <td>${f.total.a}</td><td>${f.total.b}</td><td class="delta">${f.total.delta}</td>
              </tr>
              <tr data-basis=${f.basis} data-figure="change">
                <th scope="row">${t(lang, 'compare.change', { basis: f.label })}</th>
                <td>${f.change.a}</td><td>${f.change.b}</td><td class="delta">${f.change.delta}</td>
              </tr>
              <tr data-basis=${f.basis} data-figure="rebound">
                <th scope="row">${t(lang, 'compare.rebound', { basis: f.label })}</th>
                <td>${f.rebound.a} · ${f.verdict.a}</td><td>${f.rebound.b} · ${f.verdict.b}</td><td class="delta">${f.rebound.delta}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h3 id="changed-title">${t(lang, 'compare.changedTitle', { count: view.changed.length })}</h3>
    ${
      view.changed.length === 0
        ? html`<p class="muted">${t(lang, 'compare.noChanges')}</p>`
        : html`<div class="table-wrap">
          <table class="changed" aria-labelledby="changed-title">
            <thead>
              <tr>
                <th scope="col">${t(lang, 'help.parameter')}</th>
                <th scope="col">A: ${a.label}</th>
                <th scope="col">B: ${b.label}</th>
              </tr>
            </thead>
            <tbody>
              ${view.changed.map(
                (c) => html`<tr data-param=${c.id}>
                  <th scope="row">${c.label}</th>
                  <td>${c.a}</td>
                  <td>${c.b}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
    }`;
}
