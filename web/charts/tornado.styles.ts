import { css } from 'lit';
import { chartBaseStyles } from './chart-base.styles';

/** The tornado's own look on top of the shared chart styles: the two ends in two series colours. */
export const tornadoStyles = [
  chartBaseStyles,
  css`
    .bar.low { fill: var(--_s2); }
    .bar.high { fill: var(--_s1); }
    .row:focus { outline: none; }
    /* The read-out row gets a light band; keyboard focus adds a ring. */
    .row .focus-ring { stroke: none; fill: none; }
    .row.active .focus-ring { fill: var(--_grid); fill-opacity: 0.55; }
    .row:focus-visible .focus-ring { stroke: var(--_s1); stroke-width: 2; }
    .row-label { text-anchor: end; dominant-baseline: middle; font-size: 11.5px; }
    .undefined-mark { font-size: 10.5px; dominant-baseline: middle; fill: var(--_axis); }
    .base-rule { stroke: var(--_text); stroke-width: 1.5; }
    .reference-rule { stroke: var(--_axis); stroke-dasharray: 4 3; }
    .reference-label { font-size: 10.5px; fill: var(--_axis); }
    .tick line { stroke: var(--_grid); }
    .tick text { fill: var(--_axis); text-anchor: middle; font-size: 11px; }
    .readout { min-height: 2.7em; margin: 4px 0 0; font-size: 12px; }
    .legend .swatch.block.low { background: var(--_s2); }
    .legend .swatch.block.high { background: var(--_s1); }
  `,
];
