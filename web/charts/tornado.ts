import { html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { RowChart } from './row-chart';
import { type TornadoSpec, tornadoLayout } from './tornado-vm';
import { tornadoStyles } from './tornado.styles';

/**
 * A tornado chart: one bar per parameter, from the output with that parameter at the low end of its
 * range to the output at the high end, split at the scenario's output; the frame, the keyboard list
 * and the read-out come from RowChart. Set `spec` (a new object per change).
 */
@customElement('jv-tornado')
export class JvTornado extends RowChart {
  static override styles = tornadoStyles;

  @property({ attribute: false }) spec: TornadoSpec | null = null;

  override render() {
    const spec = this.spec;
    if (!spec) return nothing;
    if (spec.rows.length === 0) return this.empty(spec.title, spec.labels.noData);
    const layout = tornadoLayout(spec, this.width);
    const axisY = layout.top + spec.rows.length * layout.rowHeight;
    const mid = layout.rowHeight / 2;
    const barH = layout.rowHeight - 10;
    const segment = (kind: 'low' | 'high', s: { x0: number; x1: number } | null, y: number) =>
      s
        ? svg`<rect class="bar ${kind}" x=${s.x0} y=${y + 5} width=${Math.max(1, s.x1 - s.x0)} height=${barH}></rect>`
        : nothing;
    return this.frame({
      title: spec.title,
      legend: [
        { block: 'low', label: spec.labels.lowEnd },
        { block: 'high', label: spec.labels.highEnd },
      ],
      layout,
      rows: layout.bars.map((bar) => ({
        y: bar.y,
        label: bar.label,
        readout: bar.readout,
        marks: svg`${segment('low', bar.lowSegment, bar.y)}${segment('high', bar.highSegment, bar.y)}${
          (!bar.lowSegment || !bar.highSegment) && layout.baseX !== null
            ? svg`<text class="undefined-mark" x=${layout.baseX + 4} y=${bar.y + mid}>${spec.labels.undefinedValue}</text>`
            : nothing
        }`,
      })),
      axisLabel: spec.axisLabel,
      describedBy: 'summary',
      under: layout.reference
        ? svg`<line class="reference-rule" x1=${layout.reference.x} x2=${layout.reference.x} y1=${layout.top} y2=${axisY}></line>`
        : nothing,
      over:
        layout.baseX !== null
          ? svg`<line class="base-rule" x1=${layout.baseX} x2=${layout.baseX} y1=${layout.top} y2=${axisY}></line>`
          : nothing,
      beforeReadout: layout.reference ? html`<p class="note">┆ ${layout.reference.label}</p>` : nothing,
      summary: spec.labels.summary,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-tornado': JvTornado;
  }
}
