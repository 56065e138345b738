import { html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { RowChart } from './row-chart';
import { type SobolBar, type SobolChartSpec, sobolLayout } from './sobol-chart-vm';
import { sobolChartStyles } from './sobol-chart.styles';

/**
 * Sobol indices as a chart: per parameter, the share of the output's variance it explains alone
 * and the share it takes part in with interactions, each with its 95 % interval; the sentence on
 * what interacts is its caption. The frame, the keyboard list and the read-out come from RowChart.
 * Set `spec` (a new object per change).
 */
@customElement('jv-sobol-chart')
export class JvSobolChart extends RowChart {
  static override styles = sobolChartStyles;

  @property({ attribute: false }) spec: SobolChartSpec | null = null;

  override render() {
    const spec = this.spec;
    if (!spec) return nothing;
    if (spec.rows.length === 0) return this.empty(spec.title, spec.labels.noData);
    const layout = sobolLayout(spec, this.width);
    const h = layout.barHeight;
    const bar = (kind: 'first' | 'total', b: SobolBar) =>
      svg`<rect class="bar ${kind}" x=${b.x0} y=${b.y} width=${Math.max(1, b.x1 - b.x0)} height=${h}></rect>
        <line class="whisker" x1=${b.w0} x2=${b.w1} y1=${b.y + h / 2} y2=${b.y + h / 2}></line>`;
    return this.frame({
      title: spec.title,
      legend: [
        { block: 'first', label: spec.labels.first },
        { block: 'total', label: spec.labels.total },
      ],
      layout,
      rows: layout.rows.map((row) => ({
        y: row.y,
        label: row.label,
        readout: row.readout,
        marks: svg`${bar('first', row.first)} ${bar('total', row.total)}`,
      })),
      axisLabel: spec.axisLabel,
      describedBy: 'summary caption',
      afterReadout: html`<figcaption class="caption" id="caption">${spec.caption}</figcaption>`,
      summary: spec.labels.summary,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-sobol-chart': JvSobolChart;
  }
}
