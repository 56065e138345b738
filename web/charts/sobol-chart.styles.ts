import { css } from 'lit';
import { chartBaseStyles } from './chart-base.styles';

/** The Sobol chart's look on top of the shared chart styles: first order and total order in two series colours. */
export const sobolChartStyles = [
  chartBaseStyles,
  css`
    .bar.first { fill: var(--_s3); }
    .bar.total { fill: var(--_s4); }
    .whisker { stroke: var(--_text); stroke-width: 1.2; }
    .row:focus { outline: none; }
    .row .focus-ring { stroke: none; fill: none; }
    .row.active .focus-ring { fill: var(--_grid); fill-opacity: 0.55; }
    .row:focus-visible .focus-ring { stroke: var(--_s1); stroke-width: 2; }
    .row-label { text-anchor: end; dominant-baseline: middle; font-size: 11.5px; }
    .tick line { stroke: var(--_grid); }
    .tick text { fill: var(--_axis); text-anchor: middle; font-size: 11px; }
    .readout { min-height: 2.7em; margin: 4px 0 0; font-size: 12px; }
    .caption { margin: 6px 0 0; font-size: 12px; }
    .legend .swatch.block.first { background: var(--_s3); }
    .legend .swatch.block.total { background: var(--_s4); }
  `,
];
