import { html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ExportInfo } from './chart-element';
import { RowChart } from './row-chart';
import { type WaterfallSpec, waterfallLayout } from './waterfall-vm';
import { waterfallStyles } from './waterfall.styles';

/**
 * A horizontal waterfall: one bar per step from the running total before it to the running total
 * after it, then the total from zero; the frame, the keyboard list and the read-out come from
 * RowChart. Set `spec` (a new object per change).
 */
@customElement('jv-waterfall')
export class JvWaterfall extends RowChart {
  static override styles = waterfallStyles;

  @property({ attribute: false }) spec: WaterfallSpec | null = null;

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

  override render() {
    const spec = this.spec;
    if (!spec) return nothing;
    if (spec.steps.length === 0) return this.empty(spec.title, spec.labels.noData);
    const layout = waterfallLayout(spec, this.width);
    const axisY = layout.top + layout.bars.length * layout.rowHeight;
    const mid = layout.rowHeight / 2;
    const barH = layout.rowHeight - 10;
    return this.frame({
      title: spec.title,
      legend: [
        { block: 'increase', label: spec.labels.increase },
        { block: 'decrease', label: spec.labels.decrease },
        { block: 'total', label: spec.labels.total },
      ],
      layout,
      rows: layout.bars.map((bar) => ({
        y: bar.y,
        label: bar.shortLabel,
        readout: bar.readout,
        kind: bar.kind,
        id: bar.id,
        marks: svg`<rect class="bar ${bar.kind}" x=${bar.x0} y=${bar.y + 5} width=${Math.max(1, bar.x1 - bar.x0)} height=${barH}></rect>
          <text class="value" x=${bar.textX} y=${bar.y + mid} text-anchor="end">${bar.valueText}</text>`,
      })),
      axisLabel: spec.axisLabel,
      describedBy: 'summary',
      under: svg`<line class="zero-rule" x1=${layout.zeroX} x2=${layout.zeroX} y1=${layout.top} y2=${axisY}></line>
        ${layout.connectors.map((c) => svg`<line class="connector" x1=${c.x} x2=${c.x} y1=${c.y0} y2=${c.y1}></line>`)}`,
      afterReadout: spec.caption ? html`<p class="caption">${spec.caption}</p>` : nothing,
      summary: spec.labels.summary,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-waterfall': JvWaterfall;
  }
}
