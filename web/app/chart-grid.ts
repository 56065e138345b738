import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TimeChartSpec } from '../charts/chart-spec';
import '../charts/time-chart';
import { type Lang, t } from '../i18n/i18n';
import { chartUpdates } from './chart-updates';
import { chartToolsStyles } from '../styles/chart-tools.styles';

/** Detail of `jv-export-chart`: which chart, in which format. */
export interface ExportChartDetail {
  chart: HTMLElement;
  id: string;
  format: 'svg' | 'png';
}

/**
 * The time charts in cards, two per row on wide screens and one on a phone, each with SVG and
 * PNG export buttons. Export itself is the app's business (it fires `jv-export-chart`).
 */
@customElement('jv-chart-grid')
export class ChartGrid extends LitElement {
  static override styles = [
    chartToolsStyles,
    css`
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 30rem), 1fr));
      gap: 0.9rem;
    }
    figure {
      margin: 0;
      background: var(--jv-surface);
      border: 1px solid var(--jv-rule);
      border-radius: 10px;
      padding: 0.6rem 0.75rem 0.5rem;
      min-width: 0;
      /* A chart's redraw stays inside its card: nothing else is laid out or painted again. */
      contain: content;
    }
    jv-time-chart {
      display: block;
      min-height: 260px;
    }
    /* Yearly capex against a dozen announced figures needs the room of the whole row. */
    figure[data-chart='capex'] {
      grid-column: 1 / -1;
    }
    /* On paper: two charts a row, none split across pages, no export buttons. */
    @media print {
      :host {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: 6pt;
      }
      figure {
        break-inside: avoid;
        border-color: #bbb;
        padding: 4pt 6pt;
      }
      jv-time-chart {
        min-height: 0;
      }
    }
  `,
  ];

  @property({ attribute: false }) specs: readonly TimeChartSpec[] = [];
  @property({ attribute: false }) language: Lang = 'en';

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await chartUpdates(this.renderRoot);
    return done;
  }

  private exportChart(e: Event, id: string, format: 'svg' | 'png'): void {
    const figure = (e.target as HTMLElement).closest('figure');
    const chart = figure?.querySelector<HTMLElement>('jv-time-chart');
    if (!chart) return;
    const detail: ExportChartDetail = { chart, id, format };
    this.dispatchEvent(new CustomEvent('jv-export-chart', { detail, bubbles: true, composed: true }));
  }

  override render() {
    const lang = this.language;
    return repeat(
      this.specs,
      (spec) => spec.id,
      (spec) => html`<figure data-chart=${spec.id}>
        <jv-time-chart .spec=${spec}></jv-time-chart>
        <div class="tools">
          <button
            type="button"
            aria-label=${t(lang, 'chart.exportSvgLabel', { title: spec.title })}
            @click=${(e: Event) => this.exportChart(e, spec.id, 'svg')}
          >
            ${t(lang, 'chart.exportSvg')}
          </button>
          <button
            type="button"
            aria-label=${t(lang, 'chart.exportPngLabel', { title: spec.title })}
            @click=${(e: Event) => this.exportChart(e, spec.id, 'png')}
          >
            ${t(lang, 'chart.exportPng')}
          </button>
        </div>
      </figure>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-chart-grid': ChartGrid;
  }
  interface HTMLElementEventMap {
    'jv-export-chart': CustomEvent<ExportChartDetail>;
  }
}
