import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { SeriesToggleDetail } from './chart-spec';
import { legendEntry, observationCard, tooltipBox } from './chart-templates';
import { type LegendItem, legendItems, observationAfterKey, readoutIndexAfterKey } from './legend-vm';
import { observationIndex } from './observation-vm';
import type { PlotModel } from './plot-model';
import { PlotView } from './plot-view';
import { type Readout, readoutAt } from './readout-vm';
import { VisibilityObserver } from './visibility-observer';
import { WidthObserver } from './width-observer';

export type { LegendItem } from './legend-vm';

/** A line of a card read out as a sentence: ended with a full stop (。 in Chinese) unless it has its own. */
function sentence(line: string): string {
  if (/[.!?。！？]$/.test(line)) return line;
  return /[\u3400-\u9fff]/.test(line) ? `${line}。` : `${line}.`;
}

/** The print media query (absent outside a browser). */
const PRINT = typeof matchMedia === 'function' ? matchMedia('print') : null;

/** What an exported file shows around the plot: title, legend, the chart's own note, caption and notes. */
export interface ExportInfo {
  id: string;
  title: string;
  summary: string;
  legend: LegendItem[];
  note: string;
  caption: string;
  notes: readonly string[];
}

/**
 * What the time and elasticity charts share: the legend with toggles, the hover/keyboard read-out,
 * resizing, and handing the model to PlotView. Subclasses only turn their `spec` into a PlotModel.
 * The SVG is drawn in `updated()` and only when the model or the size changed. A chart far off
 * screen puts off its redraws until it comes into view (the first drawing always happens), so a
 * slider step pays only for the charts the reader can see.
 */
export abstract class ChartElement extends LitElement {
  /** Plot height in CSS pixels (the width follows the element). */
  @property({ type: Number }) height = 280;
  @state() protected hiddenSeries: ReadonlySet<string> = new Set();
  @state() private readoutIndex: number | null = null;
  /** The published figure whose card is open (pointer on it, or reached with ↑/↓), or null. */
  @state() private observationAt: number | null = null;
  @state() private width = 0;
  @query('svg.chart') private svgEl!: SVGSVGElement;
  @query('.tooltip') private tooltipEl!: HTMLDivElement | null;
  private view: PlotView | null = null;
  private byKeyboard = false;
  protected model: PlotModel | null = null;
  /** Milliseconds the last SVG update took (for benchmarks; not reactive). */
  lastRenderMs = 0;
  private onScreen = true;
  /** A redraw was put off while the chart was off screen: draw when it comes into view. */
  private deferred = false;
  private forced = false;

  constructor() {
    super();
    new WidthObserver(this, (w) => {
      if (w !== this.width) this.width = w;
    });
    new VisibilityObserver(this, (visible) => {
      this.onScreen = visible;
      if (visible && this.deferred) this.requestUpdate();
    });
  }

  /** On screen, or on paper: while the page is laid out for print every chart is "in view". */
  private get visible(): boolean {
    return this.onScreen || (PRINT?.matches ?? false);
  }

  /** True while a spec waits to be drawn until the chart is on screen. */
  get pendingDraw(): boolean {
    return this.deferred;
  }

  /** Draws the current spec now, on screen or not (for export). */
  async drawNow(): Promise<void> {
    if (!this.deferred) return;
    this.forced = true;
    this.requestUpdate();
    await this.updateComplete;
    this.forced = false;
  }

  /** The PlotModel for the current spec, or null while there is no spec. */
  protected abstract buildModel(hidden: ReadonlySet<string>): PlotModel | null;
  /**
   * The words the spec puts on screen outside the SVG (title, legend, caption): while they stay the
   * same, an off-screen chart can skip its update altogether.
   */
  protected abstract specWords(): string;
  private shownWords = '';
  /** True when `changed` contains the subclass's spec property. */
  protected abstract specChanged(changed: PropertyValues): boolean;

  /** The drawn <svg>, for export. */
  get svgElement(): SVGSVGElement | null {
    return this.svgEl ?? null;
  }

  /** Chart title, summary, legend and note as shown, for export. */
  exportInfo(): ExportInfo {
    const m = this.model;
    return {
      id: m?.id ?? 'chart',
      title: m?.title ?? '',
      summary: m?.summary ?? '',
      legend: legendItems(this.model),
      note: m?.note ?? '',
      caption: m?.caption ?? '',
      notes: m?.notes ?? [],
    };
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    // Off screen, a new spec that says the same words waits whole: no model, no render, no SVG.
    const skip =
      !this.visible &&
      !this.forced &&
      this.model !== null &&
      changed.size === 1 &&
      this.specChanged(changed) &&
      this.specWords() === this.shownWords;
    if (skip) this.deferred = true;
    return !skip;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.specChanged(changed) || changed.has('hiddenSeries') || this.deferred) {
      this.shownWords = this.specWords();
      this.model = this.buildModel(this.hiddenSeries);
      if (this.readoutIndex !== null && this.model && this.readoutIndex >= this.model.xs.length)
        this.readoutIndex = null;
      if (this.observationAt !== null && this.observationAt >= (this.model?.observations?.length ?? 0))
        this.observationAt = null;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.model || this.width <= 0) return;
    const redraw =
      this.specChanged(changed) ||
      this.deferred ||
      changed.has('hiddenSeries') ||
      changed.has('width') ||
      changed.has('height');
    if (!this.view) this.view = new PlotView(this.svgEl);
    // Off screen, the SVG waits (the title, legend and caption above are already up to date).
    if (redraw && !this.visible && !this.forced && this.svgEl.hasChildNodes()) {
      this.deferred = true;
      return;
    }
    this.deferred = false;
    if (redraw || !this.svgEl.hasChildNodes()) {
      const t0 = performance.now();
      this.view.update(this.model, this.width, this.height);
      this.lastRenderMs = performance.now() - t0;
    }
    if (redraw || changed.has('readoutIndex') || changed.has('observationAt')) {
      const rule = this.view.setHover(this.readoutIndex);
      // An open card sits beside its figure; the month's read-out beside the rule.
      this.placeTooltip(this.observationAt === null ? rule : this.view.observationX(this.observationAt));
    }
  }

  /** Positions the tooltip beside the rule at `x` (px) directly: no second Lit render per hover. */
  private placeTooltip(x: number | null): void {
    // With nothing hovered or opened the template renders no tooltip: skip the look-up (a redraw
    // per slider step would otherwise search the shadow root for it).
    if (x === null && this.readoutIndex === null && this.observationAt === null) return;
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
    const o = this.view.observationAtPixel(e.clientX - rect.left, e.clientY - rect.top);
    this.byKeyboard = false;
    this.readoutIndex = i >= 0 ? i : null;
    this.observationAt = o >= 0 ? o : null;
  }

  private onKey(e: KeyboardEvent): void {
    const observations = this.model?.observations ?? [];
    const count = this.model?.xs.length ?? 0;
    const figure = observationAfterKey(e.key, this.observationAt, observations.length);
    if (figure !== null) {
      e.preventDefault();
      this.byKeyboard = true;
      this.observationAt = figure;
      this.readoutIndex = observationIndex(observations[figure], count);
      return;
    }
    const next = readoutIndexAfterKey(e.key, this.readoutIndex, count);
    if (next === null) return;
    e.preventDefault();
    this.byKeyboard = next !== 'clear';
    this.readoutIndex = next === 'clear' ? null : next;
    this.observationAt = null;
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
    const figure = this.observationAt === null ? null : (m?.observations?.[this.observationAt] ?? null);
    // The model's value for a figure is worked out only while its card is open.
    const compare = figure?.compare ? figure.compare() : null;
    const spoken = figure
      ? [figure.label, ...figure.details, ...(compare ? [compare] : [])].map(sentence).join(' ')
      : (readout?.spoken ?? '');
    return html`<figure>
      <figcaption class="title">${m?.title ?? ''}</figcaption>
      <ul class="legend">
        ${legendItems(m).map(
          (item) => html`<li class=${item.visible ? '' : 'off'}>${this.legendEntryFor(item)}</li>`,
        )}
      </ul>
      <div
        class="plot-wrap"
        role="img"
        tabindex="0"
        aria-label=${m?.summary ?? ''}
        @pointermove=${this.onPointer}
        @pointerdown=${this.onPointer}
        @pointerleave=${() => {
          if (this.byKeyboard) return;
          this.readoutIndex = null;
          this.observationAt = null;
        }}
        @keydown=${this.onKey}
        @focus=${this.onFocus}
        @blur=${() => {
          this.readoutIndex = null;
          this.observationAt = null;
        }}
      >
        <svg class="chart" aria-hidden="true"></svg>
        ${figure ? observationCard(figure, compare) : readout ? tooltipBox(readout) : nothing}
      </div>
      ${m?.note ? html`<p class="note">${m.note}</p>` : nothing}
      ${m?.caption ? html`<p class="caption">${m.caption}</p>` : nothing}
      ${m?.notes?.length ? html`<ol class="notes">${m.notes.map((n) => html`<li>${n}</li>`)}</ol>` : nothing}
      <div class="sr-only" aria-live="polite">${this.byKeyboard ? spoken : ''}</div>
    </figure>`;
  }

  private legendEntryFor(item: LegendItem) {
    const hint = this.model?.labels.toggleSeries(item.label, item.visible) ?? item.label;
    return legendEntry(item, hint, (key) => this.toggle(key));
  }
}
