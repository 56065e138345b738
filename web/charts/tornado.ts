import { html, LitElement, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { rowAfterKey, type TornadoLayout, type TornadoSpec, tornadoLayout } from './tornado-vm';
import { tornadoStyles } from './tornado.styles';
import { WidthObserver } from './width-observer';

/**
 * A tornado chart: one bar per parameter, from the output with that parameter at the low end of its
 * range to the output at the high end, split at the scenario's output. Rows are a keyboard list
 * (Tab into it, ↑/↓/Home/End to move); the focused or hovered row is read out below the plot.
 * Set `spec` (a new object per change).
 */
@customElement('jv-tornado')
export class JvTornado extends LitElement {
  static override styles = tornadoStyles;

  @property({ attribute: false }) spec: TornadoSpec | null = null;
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

  private rows(layout: TornadoLayout) {
    const mid = layout.rowHeight / 2;
    const barH = layout.rowHeight - 10;
    return layout.bars.map(
      (bar, i) => svg`<g class="row ${i === this.active ? 'active' : ''}" role="listitem" data-index=${i}
        tabindex=${i === this.active ? 0 : -1} aria-label=${bar.readout}
        @focus=${() => {
          this.active = i;
        }}
        @pointerenter=${() => {
          this.active = i;
        }}>
        <rect class="focus-ring" x="2" y=${bar.y + 1} width=${layout.width - 4} height=${layout.rowHeight - 2} rx="3"></rect>
        <text class="row-label" x=${layout.plotLeft - 8} y=${bar.y + mid}>${bar.label}</text>
        ${bar.lowSegment ? svg`<rect class="bar low" x=${bar.lowSegment.x0} y=${bar.y + 5} width=${Math.max(1, bar.lowSegment.x1 - bar.lowSegment.x0)} height=${barH}></rect>` : nothing}
        ${bar.highSegment ? svg`<rect class="bar high" x=${bar.highSegment.x0} y=${bar.y + 5} width=${Math.max(1, bar.highSegment.x1 - bar.highSegment.x0)} height=${barH}></rect>` : nothing}
        ${
          (!bar.lowSegment || !bar.highSegment) && layout.baseX !== null
            ? svg`<text class="undefined-mark" x=${layout.baseX + 4} y=${bar.y + mid}>${this.spec?.labels.undefinedValue}</text>`
            : nothing
        }
      </g>`,
    );
  }

  override render() {
    const spec = this.spec;
    if (!spec) return nothing;
    if (spec.rows.length === 0)
      return html`<p class="title">${spec.title}</p><p class="note">${spec.labels.noData}</p>`;
    const layout = tornadoLayout(spec, this.width);
    const axisY = layout.top + spec.rows.length * layout.rowHeight;
    const active = layout.bars[Math.min(this.active, layout.bars.length - 1)];
    return html`<figure>
      <p class="title" id="title">${spec.title}</p>
      <ul class="legend" aria-hidden="true">
        <li><span class="item"><span class="swatch block low"></span>${spec.labels.lowEnd}</span></li>
        <li><span class="item"><span class="swatch block high"></span>${spec.labels.highEnd}</span></li>
      </ul>
      <svg width=${layout.width} height=${layout.height} role="group" aria-labelledby="title" aria-describedby="summary"
        @keydown=${(e: KeyboardEvent) => this.onKey(e, layout.bars.length)}>
        <g class="ticks">${layout.ticks.map(
          (t) => svg`<g class="tick"><line x1=${t.x} x2=${t.x} y1=${layout.top} y2=${axisY}></line>
            <text x=${t.x} y=${axisY + 14}>${t.text}</text></g>`,
        )}</g>
        ${
          layout.reference
            ? svg`<line class="reference-rule" x1=${layout.reference.x} x2=${layout.reference.x} y1=${layout.top} y2=${axisY}></line>`
            : nothing
        }
        <g role="list">${this.rows(layout)}</g>
        ${layout.baseX !== null ? svg`<line class="base-rule" x1=${layout.baseX} x2=${layout.baseX} y1=${layout.top} y2=${axisY}></line>` : nothing}
        <text class="axis-title" x=${(layout.plotLeft + layout.plotRight) / 2} y=${axisY + 32}>${spec.axisLabel}</text>
      </svg>
      ${layout.reference ? html`<p class="note">┆ ${layout.reference.label}</p>` : nothing}
      <p class="readout" aria-live="polite">${active?.readout ?? ''}</p>
      <p class="sr-only" id="summary">${spec.labels.summary}</p>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-tornado': JvTornado;
  }
}
