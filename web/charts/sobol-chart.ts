import { html, LitElement, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type SobolBar, type SobolChartSpec, type SobolLayout, sobolLayout } from './sobol-chart-vm';
import { sobolChartStyles } from './sobol-chart.styles';
import { rowAfterKey } from './tornado-vm';
import { WidthObserver } from './width-observer';

/**
 * Sobol indices as a chart: per parameter, the share of the output's variance it explains alone
 * and the share it takes part in with interactions, each with its 95 % interval; the sentence on
 * what interacts is its caption. Rows are a keyboard list (Tab into it, ↑/↓/Home/End to move); the
 * focused or hovered row is read out below the plot. Set `spec` (a new object per change).
 */
@customElement('jv-sobol-chart')
export class JvSobolChart extends LitElement {
  static override styles = sobolChartStyles;

  @property({ attribute: false }) spec: SobolChartSpec | null = null;
  @state() private active = 0;
  @state() private width = 480;

  constructor() {
    super();
    new WidthObserver(this, (w) => {
      if (w !== this.width) this.width = w;
    });
  }

  private onKey(e: KeyboardEvent, count: number): void {
    const next = rowAfterKey(e.key, this.active, count);
    if (next === null) return;
    e.preventDefault();
    this.active = next;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<SVGGElement>(`g.row[data-index="${next}"]`)?.focus(),
    );
  }

  private rows(layout: SobolLayout) {
    const { barHeight: h, rowHeight } = layout;
    const drawBar = (kind: 'first' | 'total', bar: SobolBar) =>
      svg`<rect class="bar ${kind}" x=${bar.x0} y=${bar.y} width=${Math.max(1, bar.x1 - bar.x0)} height=${h}></rect>
        <line class="whisker" x1=${bar.w0} x2=${bar.w1} y1=${bar.y + h / 2} y2=${bar.y + h / 2}></line>`;
    return layout.rows.map(
      (row, i) => svg`<g class="row ${i === this.active ? 'active' : ''}" role="listitem" data-index=${i}
        tabindex=${i === this.active ? 0 : -1} aria-label=${row.readout}
        @focus=${() => {
          this.active = i;
        }}
        @pointerenter=${() => {
          this.active = i;
        }}>
        <rect class="focus-ring" x="2" y=${row.y + 1} width=${layout.width - 4} height=${rowHeight - 2} rx="3"></rect>
        <text class="row-label" x=${layout.plotLeft - 8} y=${row.y + rowHeight / 2}>${row.label}</text>
        ${drawBar('first', row.first)} ${drawBar('total', row.total)}
      </g>`,
    );
  }

  override render() {
    const spec = this.spec;
    if (!spec) return nothing;
    if (spec.rows.length === 0)
      return html`<p class="title">${spec.title}</p><p class="note">${spec.labels.noData}</p>`;
    const layout = sobolLayout(spec, this.width);
    const active = layout.rows[Math.min(this.active, layout.rows.length - 1)];
    return html`<figure>
      <p class="title" id="title">${spec.title}</p>
      <ul class="legend" aria-hidden="true">
        <li><span class="item"><span class="swatch block first"></span>${spec.labels.first}</span></li>
        <li><span class="item"><span class="swatch block total"></span>${spec.labels.total}</span></li>
      </ul>
      <svg width=${layout.width} height=${layout.height} role="group" aria-labelledby="title" aria-describedby="summary caption"
        @keydown=${(e: KeyboardEvent) => this.onKey(e, layout.rows.length)}>
        <g class="ticks">${layout.ticks.map(
          (t) => svg`<g class="tick"><line x1=${t.x} x2=${t.x} y1=${layout.top} y2=${layout.axisY}></line>
            <text x=${t.x} y=${layout.axisY + 14}>${t.text}</text></g>`,
        )}</g>
        <g role="list">${this.rows(layout)}</g>
        <text class="axis-title" x=${(layout.plotLeft + layout.plotRight) / 2} y=${layout.axisY + 32}>${spec.axisLabel}</text>
      </svg>
      <p class="readout" aria-live="polite">${active?.readout ?? ''}</p>
      <figcaption class="caption" id="caption">${spec.caption}</figcaption>
      <p class="sr-only" id="summary">${spec.labels.summary}</p>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-sobol-chart': JvSobolChart;
  }
}
