import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { SeriesToggleDetail } from './chart-spec';
import type { PlotModel } from './plot-model';
import { PlotView } from './plot-view';
import { type Readout, readoutAt } from './readout-vm';

/** A legend entry as drawn, also used by the SVG/PNG export. */
export interface LegendItem {
  key: string;
  label: string;
  color: string;
  dash: boolean;
  /** 'series' entries toggle; 'shade' entries only explain a shaded span. */
  kind: 'series' | 'shade';
  visible: boolean;
}

/**
 * What the time and elasticity charts share: the legend with toggles, the hover/keyboard read-out,
 * resizing, and handing the model to PlotView. Subclasses only turn their `spec` into a PlotModel.
 * The SVG is drawn in `updated()` and only when the model or the size changed.
 */
export abstract class ChartElement extends LitElement {
  /** Plot height in CSS pixels (the width follows the element). */
  @property({ type: Number }) height = 280;
  @state() protected hiddenSeries: ReadonlySet<string> = new Set();
  @state() private readoutIndex: number | null = null;
  @state() private width = 0;
  @query('svg.chart') private svgEl!: SVGSVGElement;
  @query('.tooltip') private tooltipEl!: HTMLDivElement | null;
  private view: PlotView | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private byKeyboard = false;
  protected model: PlotModel | null = null;
  /** Milliseconds the last SVG update took (for benchmarks; not reactive). */
  lastRenderMs = 0;

  /** The PlotModel for the current spec, or null while there is no spec. */
  protected abstract buildModel(hidden: ReadonlySet<string>): PlotModel | null;
  /** True when `changed` contains the subclass's spec property. */
  protected abstract specChanged(changed: PropertyValues): boolean;

  /** The drawn <svg>, for export. */
  get svgElement(): SVGSVGElement | null {
    return this.svgEl ?? null;
  }

  /** Chart title, summary, legend and note as shown, for export. */
  exportInfo(): { id: string; title: string; summary: string; legend: LegendItem[]; note: string } {
    const m = this.model;
    return {
      id: m?.id ?? 'chart',
      title: m?.title ?? '',
      summary: m?.summary ?? '',
      legend: this.legendItems(),
      note: m?.note ?? '',
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const w = Math.floor(entries[entries.length - 1].contentRect.width);
      if (w > 0 && w !== this.width) this.width = w;
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.specChanged(changed) || changed.has('hiddenSeries')) {
      this.model = this.buildModel(this.hiddenSeries);
      if (this.readoutIndex !== null && this.model && this.readoutIndex >= this.model.xs.length)
        this.readoutIndex = null;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.model || this.width <= 0) return;
    const redraw =
      this.specChanged(changed) ||
      changed.has('hiddenSeries') ||
      changed.has('width') ||
      changed.has('height');
    if (!this.view) this.view = new PlotView(this.svgEl);
    if (redraw || !this.svgEl.hasChildNodes()) {
      const t0 = performance.now();
      this.view.update(this.model, this.width, this.height);
      this.lastRenderMs = performance.now() - t0;
    }
    if (redraw || changed.has('readoutIndex')) this.placeTooltip(this.view.setHover(this.readoutIndex));
  }

  /** Positions the tooltip beside the rule at `x` (px) directly: no second Lit render per hover. */
  private placeTooltip(x: number | null): void {
    const tip = this.tooltipEl;
    if (!tip) return;
    if (x === null) {
      tip.style.display = 'none';
      return;
    }
    const right = x > this.width / 2;
    // The tooltip sits on the roomier side of the rule and may use all the room there.
    tip.style.display = '';
    tip.style.maxWidth = `${Math.max(120, (right ? x : this.width - x) - 20)}px`;
    tip.style.left = right ? '' : `${x + 12}px`;
    tip.style.right = right ? `${Math.max(0, this.width - x + 12)}px` : '';
  }

  protected legendItems(): LegendItem[] {
    const m = this.model;
    if (!m) return [];
    const items: LegendItem[] = m.series
      .filter((s) => !s.quiet)
      .map((s) => ({
        key: s.id,
        label: s.label,
        color: s.color,
        dash: s.dash,
        kind: 'series',
        visible: s.visible,
      }));
    const shades = new Set(m.shading.map((s) => s.label));
    for (const label of shades) {
      items.push({
        key: `shade:${label}`,
        label,
        color: 'var(--_shading)',
        dash: false,
        kind: 'shade',
        visible: true,
      });
    }
    return items;
  }

  private toggle(id: string): void {
    const next = new Set(this.hiddenSeries);
    const visible = next.has(id);
    if (visible) next.delete(id);
    else next.add(id);
    this.hiddenSeries = next;
    const detail: SeriesToggleDetail = { id, visible };
    this.dispatchEvent(new CustomEvent('jv-series-toggle', { detail, bubbles: true, composed: true }));
  }

  private onPointer(e: PointerEvent): void {
    if (!this.view) return;
    const rect = this.svgEl.getBoundingClientRect();
    const i = this.view.indexAtPixel(e.clientX - rect.left);
    this.byKeyboard = false;
    this.readoutIndex = i >= 0 ? i : null;
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.model?.xs.length ?? 0;
    if (n === 0) return;
    const at = this.readoutIndex ?? n - 1;
    const big = Math.max(1, Math.round(n / 10));
    const moves: Record<string, number> = {
      ArrowLeft: at - 1,
      ArrowRight: at + 1,
      PageUp: at - big,
      PageDown: at + big,
      Home: 0,
      End: n - 1,
    };
    if (e.key === 'Escape') {
      this.readoutIndex = null;
      return;
    }
    if (!(e.key in moves)) return;
    e.preventDefault();
    this.byKeyboard = true;
    this.readoutIndex = Math.min(n - 1, Math.max(0, moves[e.key]));
  }

  private onFocus(): void {
    const n = this.model?.xs.length ?? 0;
    if (n > 0 && this.readoutIndex === null) {
      this.byKeyboard = true;
      this.readoutIndex = n - 1;
    }
  }

  protected override render() {
    const m = this.model;
    const readout: Readout | null = m && this.readoutIndex !== null ? readoutAt(m, this.readoutIndex) : null;
    return html`<figure>
      <figcaption class="title">${m?.title ?? ''}</figcaption>
      <ul class="legend">
        ${this.legendItems().map((item) => html`<li>${this.legendEntry(item)}</li>`)}
      </ul>
      <div
        class="plot-wrap"
        role="img"
        tabindex="0"
        aria-label=${m?.summary ?? ''}
        @pointermove=${this.onPointer}
        @pointerdown=${this.onPointer}
        @pointerleave=${() => {
          if (!this.byKeyboard) this.readoutIndex = null;
        }}
        @keydown=${this.onKey}
        @focus=${this.onFocus}
        @blur=${() => {
          this.readoutIndex = null;
        }}
      >
        <svg class="chart" aria-hidden="true"></svg>
        ${readout ? this.tooltip(readout) : nothing}
      </div>
      ${m?.note ? html`<p class="note">${m.note}</p>` : nothing}
      <div class="sr-only" aria-live="polite">${readout && this.byKeyboard ? readout.spoken : ''}</div>
    </figure>`;
  }

  private legendEntry(item: LegendItem) {
    const swatch = html`<span
      class=${item.kind === 'shade' ? 'swatch block' : item.dash ? 'swatch dash' : 'swatch'}
      style=${item.kind === 'shade' ? `background:${item.color}` : `color:${item.color}`}
    ></span>`;
    if (item.kind === 'shade') return html`<span class="item">${swatch}${item.label}</span>`;
    return html`<button
      type="button"
      aria-pressed=${item.visible ? 'true' : 'false'}
      title=${this.model?.labels.toggleSeries(item.label, item.visible) ?? item.label}
      @click=${() => this.toggle(item.key)}
    >${swatch}${item.label}</button>`;
  }

  /** Tooltip content; its position is set in `placeTooltip` once the rule's pixel is known. */
  private tooltip(readout: Readout) {
    return html`<div class="tooltip" aria-hidden="true" style="display:none">
      <div class="heading">${readout.heading}</div>
      ${readout.rows.map(
        (r) => html`<div class="row">
          ${
            r.kind === 'band'
              ? html`<span class="swatch block band" style=${`background:${r.color}`}></span>`
              : r.kind === 'line'
                ? html`<span class=${r.dash ? 'swatch dash' : 'swatch'} style=${`color:${r.color}`}></span>`
                : nothing
          }
          <span class="label">${r.label}</span><span class="value">${r.text}</span>
        </div>`,
      )}
    </div>`;
  }
}
