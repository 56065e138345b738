import { html, nothing, svg } from 'lit';
import type { LegendItem, ObservedShape } from './legend-vm';
import type { PlotObservation } from './plot-model';
import { observedGlyph, type Readout } from './readout-vm';

/** The small drawing of a published figure's kind in the legend (the plot's shapes, in the text colour). */
function observedSwatch(shape: ObservedShape) {
  const mark =
    shape === 'square'
      ? svg`<rect x="-4" y="-4" width="8" height="8"></rect>`
      : shape === 'floor'
        ? svg`<path d="M0,-4.5L4.5,3.5H-4.5Z"></path>`
        : shape === 'ceiling'
          ? svg`<path d="M0,4.5L4.5,-3.5H-4.5Z"></path>`
          : svg`<circle r="4"></circle>`;
  return html`<svg class=${`obs-swatch ${shape}`} viewBox="-7 -7 14 14" aria-hidden="true">${mark}</svg>`;
}

/**
 * A legend entry: a toggle button (aria-pressed) for a series, plain text for a shaded span or a
 * rule. A series also gets the plain text, shown only on paper, where a key needs no buttons (the
 * styles hide one or the other; a series switched off is left out of the printed key, as of the plot).
 */
export function legendEntry(item: LegendItem, hint: string, onToggle: (key: string) => void) {
  const swatch = html`<span
    class=${item.kind === 'shade' ? 'swatch block' : item.dash ? 'swatch dash' : item.kind === 'rule' ? 'swatch rule' : 'swatch'}
    style=${item.kind === 'shade' ? `background:${item.color}` : `color:${item.color}`}
  ></span>`;
  if (item.kind === 'observed')
    return html`<span class="item">${observedSwatch(item.shape ?? 'circle')}${item.label}</span>`;
  if (item.kind !== 'series') return html`<span class="item">${swatch}${item.label}</span>`;
  return html`<button
      type="button"
      class="toggle"
      aria-pressed=${item.visible ? 'true' : 'false'}
      title=${hint}
      @click=${() => onToggle(item.key)}
    >${swatch}${item.label}</button><span class="item key">${swatch}${item.label}</span>`;
}

/**
 * The read-out box (hidden from assistive tech: the live region speaks it instead). It starts
 * hidden; the element positions and shows it once the rule's pixel is known.
 */
export function tooltipBox(readout: Readout) {
  return html`<div class="tooltip" aria-hidden="true" style="display:none">
    <div class="heading">${readout.heading}</div>
    ${readout.rows.map(
      (r) => html`<div class="row">
        ${
          r.kind === 'band'
            ? html`<span class="swatch block band" style=${`background:${r.color}`}></span>`
            : r.kind === 'line'
              ? html`<span class=${r.dash ? 'swatch dash' : 'swatch'} style=${`color:${r.color}`}></span>`
              : r.glyph
                ? html`<span class="glyph" style=${`color:${r.color}`}>${r.glyph}</span>`
                : nothing
        }
        <span class="label">${r.label}</span><span class="value">${r.text}</span>
      </div>`,
    )}
  </div>`;
}

/** A line with its ISO dates and months ("2025-02-26", "2024-02") kept on one line each. */
function keepDatesWhole(line: string) {
  const parts = line.split(/(\d{4}-\d{2}(?:-\d{2})?)/);
  return parts.map((part, i) => (i % 2 === 1 ? html`<span class="date">${part}</span>` : part));
}

/**
 * The card of one published figure, on hover or from the keyboard (hidden from assistive tech like
 * the read-out: the live region speaks it): its name, what it measures, the value, the months,
 * each source with its date, and the model's value for it with the ratio.
 */
export function observationCard(o: PlotObservation, compare: string | null) {
  return html`<div class="tooltip obs-card" aria-hidden="true" style="display:none" data-key=${o.key}>
    <div class="heading"><span class="glyph" style=${`color:${o.color}`}>${observedGlyph(o)}</span> ${o.label}</div>
    ${o.details.map((line) => html`<div class="line">${keepDatesWhole(line)}</div>`)}
    ${compare ? html`<div class="line compare">${compare}</div>` : nothing}
  </div>`;
}
