import { html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { type RowFrameLayout, rowAfterKey } from './tornado-vm';
import { WidthObserver } from './width-observer';

/** One row as the frame draws it: the band, the label, and the row's own marks. */
export interface RowItem {
  y: number;
  label: string;
  /** What the row reads out (its accessible name and the line under the plot while it is active). */
  readout: string;
  /** Classes beside `row` (the waterfall's step kind). */
  kind?: string;
  /** `data-id`, when the row has one. */
  id?: string;
  marks: TemplateResult;
}

/** What a row chart puts in the frame. */
export interface RowFrame {
  title: string;
  /** Legend entries: a colour block (its class on `.swatch.block`) and a label. */
  legend: readonly { block: string; label: string }[];
  layout: RowFrameLayout;
  rows: readonly RowItem[];
  axisLabel: string;
  /** Ids the plot is described by (the summary, and the caption when there is one). */
  describedBy: string;
  /** Drawn under the rows (rules behind the bars) and over them. */
  under?: unknown;
  over?: unknown;
  /** HTML between the plot and the read-out line, and after it (notes, caption). */
  beforeReadout?: unknown;
  afterReadout?: unknown;
  summary: string;
}

/**
 * What the tornado, the waterfall and the Sobol chart share: a title, a legend of colour blocks,
 * an SVG of labelled rows over a tick axis, and a read-out line. The rows are a keyboard list (Tab
 * into it, ↑/↓/Home/End to move); the focused or hovered row is read out under the plot. The SVG
 * carries a viewBox, so on paper it shrinks to the page's width instead of running off it.
 * Subclasses lay out their spec and hand the rows to `frame`.
 */
export abstract class RowChart extends LitElement {
  @state() protected active = 0;
  @state() protected width = 480;

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

  private onKey(e: KeyboardEvent, count: number): void {
    const next = rowAfterKey(e.key, this.active, count);
    if (next === null) return;
    e.preventDefault();
    this.active = next;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<SVGGElement>(`g.row[data-index="${next}"]`)?.focus(),
    );
  }

  /** The chart's title and why it has no rows. */
  protected empty(title: string, noData: string) {
    return html`<p class="title">${title}</p><p class="note">${noData}</p>`;
  }

  private row(item: RowItem, i: number, layout: RowFrameLayout) {
    const active = i === this.active;
    return svg`<g class=${['row', item.kind, active ? 'active' : ''].filter(Boolean).join(' ')} role="listitem"
        data-index=${i} data-id=${item.id ?? nothing} tabindex=${active ? 0 : -1} aria-label=${item.readout}
        @focus=${() => {
          this.active = i;
        }}
        @pointerenter=${() => {
          this.active = i;
        }}>
        <rect class="focus-ring" x="2" y=${item.y + 1} width=${layout.width - 4} height=${layout.rowHeight - 2} rx="3"></rect>
        <text class="row-label" x=${layout.plotLeft - 8} y=${item.y + layout.rowHeight / 2}>${item.label}</text>
        ${item.marks}
      </g>`;
  }

  protected frame(f: RowFrame) {
    const { layout, rows } = f;
    const axisY = layout.top + rows.length * layout.rowHeight;
    const active = rows[Math.min(this.active, rows.length - 1)];
    return html`<figure>
      <p class="title" id="title">${f.title}</p>
      <ul class="legend" aria-hidden="true">
        ${f.legend.map((e) => html`<li><span class="item"><span class="swatch block ${e.block}"></span>${e.label}</span></li>`)}
      </ul>
      <svg width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}"
        role="group" aria-labelledby="title" aria-describedby=${f.describedBy}
        @keydown=${(e: KeyboardEvent) => this.onKey(e, rows.length)}>
        <g class="ticks">${layout.ticks.map(
          (t) => svg`<g class="tick"><line x1=${t.x} x2=${t.x} y1=${layout.top} y2=${axisY}></line>
            <text x=${t.x} y=${axisY + 14}>${t.text}</text></g>`,
        )}</g>
        ${f.under ?? nothing}
        <g role="list">${rows.map((item, i) => this.row(item, i, layout))}</g>
        ${f.over ?? nothing}
        <text class="axis-title" x=${(layout.plotLeft + layout.plotRight) / 2} y=${axisY + 32}>${f.axisLabel}</text>
      </svg>
      ${f.beforeReadout ?? nothing}
      <p class="readout" aria-live="polite">${active?.readout ?? ''}</p>
      ${f.afterReadout ?? nothing}
      <p class="sr-only" id="summary">${f.summary}</p>
    </figure>`;
  }
}
