import { css } from 'lit';
import { chartBaseStyles } from './chart-base.styles';

/**
 * The look the row charts (tornado, waterfall, Sobol) share on top of the chart styles: the active
 * row's band and focus ring, the row labels, the tick axis and the read-out line. On paper none of
 * the interactive parts show — no active band, no ring, no read-out — and a chart is not split
 * across two pages.
 */
export const rowChartStyles = [
  chartBaseStyles,
  css`
    .row:focus { outline: none; }
    /* The read-out row gets a light band; keyboard focus adds a ring. */
    .row .focus-ring { stroke: none; fill: none; }
    .row.active .focus-ring { fill: var(--_grid); fill-opacity: 0.55; }
    .row:focus-visible .focus-ring { stroke: var(--_s1); stroke-width: 2; }
    .row-label { text-anchor: end; dominant-baseline: middle; font-size: 11.5px; }
    .tick line { stroke: var(--_grid); }
    .tick text { fill: var(--_axis); text-anchor: middle; font-size: 11px; }
    .readout { min-height: 2.7em; margin: 4px 0 0; font-size: 12px; }
    @media print {
      figure { break-inside: avoid; }
      .row.active .focus-ring, .row:focus-visible .focus-ring { fill: none; stroke: none; }
      .readout { display: none; }
    }
  `,
];
