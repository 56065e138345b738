import { html, LitElement, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ExportInfo } from './chart-element';
import { rowAfterKey } from './tornado-vm';
import { type WaterfallLayout, type WaterfallSpec, waterfallLayout } from './waterfall-vm';
import { waterfallStyles } from './waterfall.styles';
import { WidthObserver } from './width-observer';

/**
 * A horizontal waterfall: one bar per step from the running total before it to the running total
 * after it, then the total from zero. Rows are a keyboard list (Tab into it, ↑/↓/Home/End); the
 * focused or hovered row is read out below the plot. Set `spec` (a new object per change).
 */
@customElement('jv-waterfall')
export class JvWaterfall extends LitElement {
  static override styles = waterfallStyles;

  @property({ attribute: false }) spec: WaterfallSpec | null = null;
  @state() private active = 0;
  @state() private width = 480;

  constructor() {
    super();
    new WidthObserver(this, (w) => {
      if (w !== this.width) this.width = w;
    });
  }

  /** The drawn <svg>, for export. */
  get svgElement(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg');
  }

  /** The waterfall draws whenever its spec changes, on screen or not: nothing to catch up on. */
  async drawNow(): Promise<void> {
    await this.updateComplete;
  }

  /** Title, summary, legend and caption as shown, for export. */
  exportInfo(): ExportInfo {
    const spec = this.spec;
    const block = (key: string, label: string, color: string) => ({
      key,
      label,
      color,
      dash: false,
      kind: 'shade' as const,
      visible: true,
    });
    return {
      id: spec?.id ?? 'decomposition',
      title: spec?.title ?? '',
      summary: spec?.labels.summary ?? '',
      legend: spec
        ? [
            block('increase', spec.labels.increase, 'var(--_s1)'),
            block('decrease', spec.labels.decrease, 'var(--_s6)'),
            block('total', spec.labels.total, 'var(--_s5)'),
          ]
        : [],
      note: '',
      caption: spec?.caption ?? '',
      notes: [],
    };
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

  private rows(layout: WaterfallLayout) {
    const mid = layout.rowHeight / 2;
    const barH = layout.rowHeight - 10;
    return layout.bars.map(
      (bar, i) => svg`<g class="row ${bar.kind} ${i === this.active ? 'active' : ''}" role="listitem"
        data-index=${i} data-id=${bar.id} tabindex=${i === this.active ? 0 : -1} aria-label=${bar.readout}
        @focus=${() => {
          this.active = i;
        }}
        @pointerenter=${() => {
          this.active = i;
        }}>
        <rect class="focus-ring" x="2" y=${bar.y + 1} width=${layout.width - 4} height=${layout.rowHeight - 2} rx="3"></rect>
        <text class="row-label" x=${layout.plotLeft - 8} y=${bar.y + mid}>${bar.shortLabel}</text>
        <rect class="bar ${bar.kind}" x=${bar.x0} y=${bar.y + 5} width=${Math.max(1, bar.x1 - bar.x0)} height=${barH}></rect>
        <text class="value" x=${bar.textX} y=${bar.y + mid} text-anchor="end">${bar.valueText}</text>
      </g>`,
    );
  }

  override render() {
    const spec = this.spec;
    if (!spec) return nothing;
    if (spec.steps.length === 0)
      return html`<p class="title">${spec.title}</p><p class="note">${spec.labels.noData}</p>`;
    const layout = waterfallLayout(spec, this.width);
    const axisY = layout.top + layout.bars.length * layout.rowHeight;
    const active = layout.bars[Math.min(this.active, layout.bars.length - 1)];
    return html`<figure>
      <p class="title" id="title">${spec.title}</p>
      <ul class="legend" aria-hidden="true">
        <li><span class="item"><span class="swatch block increase"></span>${spec.labels.increase}</span></li>
        <li><span class="item"><span class="swatch block decrease"></span>${spec.labels.decrease}</span></li>
        <li><span class="item"><span class="swatch block total"></span>${spec.labels.total}</span></li>
      </ul>
      <svg width=${layout.width} height=${layout.height} role="group" aria-labelledby="title" aria-describedby="summary"
        @keydown=${(e: KeyboardEvent) => this.onKey(e, layout.bars.length)}>
        <g class="ticks">${layout.ticks.map(
          (t) => svg`<g class="tick"><line x1=${t.x} x2=${t.x} y1=${layout.top} y2=${axisY}></line>
            <text x=${t.x} y=${axisY + 14}>${t.text}</text></g>`,
        )}</g>
        <line class="zero-rule" x1=${layout.zeroX} x2=${layout.zeroX} y1=${layout.top} y2=${axisY}></line>
        ${layout.connectors.map((c) => svg`<line class="connector" x1=${c.x} x2=${c.x} y1=${c.y0} y2=${c.y1}></line>`)}
        <g role="list">${this.rows(layout)}</g>
        <text class="axis-title" x=${(layout.plotLeft + layout.plotRight) / 2} y=${axisY + 32}>${spec.axisLabel}</text>
      </svg>
      <p class="readout" aria-live="polite">${active?.readout ?? ''}</p>
      ${spec.caption ? html`<p class="caption">${spec.caption}</p>` : nothing}
      <p class="sr-only" id="summary">${spec.labels.summary}</p>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-waterfall': JvWaterfall;
  }
}
