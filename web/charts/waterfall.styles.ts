import { css } from 'lit';
import { chartBaseStyles } from './chart-base.styles';

/**
 * The waterfall's look on top of the shared chart styles. Rises and falls in two neutral series
 * colours — no red and green, which read as good and bad (and the other way round in China) — and
 * the total in a third; every value is also written beside its bar with its sign.
 */
export const waterfallStyles = [
  chartBaseStyles,
  css`
    .bar.increase { fill: var(--_s1); }
    .bar.decrease { fill: var(--_s6); }
    .bar.total { fill: var(--_s5); }
    .row:focus { outline: none; }
    .row .focus-ring { stroke: none; fill: none; }
    .row.active .focus-ring { fill: var(--_grid); fill-opacity: 0.55; }
    .row:focus-visible .focus-ring { stroke: var(--_s1); stroke-width: 2; }
    .row-label { text-anchor: end; dominant-baseline: middle; font-size: 11.5px; }
    .row.total .row-label { font-weight: 600; }
    .value { dominant-baseline: middle; font-size: 10.5px; font-variant-numeric: tabular-nums; }
    .row.total .value { font-weight: 600; }
    .zero-rule { stroke: var(--_text); stroke-width: 1.2; }
    .connector { stroke: var(--_axis); stroke-width: 1; stroke-dasharray: 2 2; }
    .tick line { stroke: var(--_grid); }
    .tick text { fill: var(--_axis); text-anchor: middle; font-size: 11px; }
    .readout { min-height: 1.4em; margin: 4px 0 0; font-size: 12px; }
    .legend .swatch.block.increase { background: var(--_s1); }
    .legend .swatch.block.decrease { background: var(--_s6); }
    .legend .swatch.block.total { background: var(--_s5); }
  `,
];
