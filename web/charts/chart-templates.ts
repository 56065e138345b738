import { html, nothing } from 'lit';
import type { LegendItem } from './legend-vm';
import type { Readout } from './readout-vm';

/** A legend entry: a toggle button (aria-pressed) for a series, plain text for a shaded span or a rule. */
export function legendEntry(item: LegendItem, hint: string, onToggle: (key: string) => void) {
  const swatch = html`<span
    class=${item.kind === 'shade' ? 'swatch block' : item.dash ? 'swatch dash' : item.kind === 'rule' ? 'swatch rule' : 'swatch'}
    style=${item.kind === 'shade' ? `background:${item.color}` : `color:${item.color}`}
  ></span>`;
  if (item.kind !== 'series') return html`<span class="item">${swatch}${item.label}</span>`;
  return html`<button
    type="button"
    aria-pressed=${item.visible ? 'true' : 'false'}
    title=${hint}
    @click=${() => onToggle(item.key)}
  >${swatch}${item.label}</button>`;
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
              : nothing
        }
        <span class="label">${r.label}</span><span class="value">${r.text}</span>
      </div>`,
    )}
  </div>`;
}
