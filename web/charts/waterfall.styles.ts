import { css } from 'lit';
import { rowChartStyles } from './row-chart.styles';

/**
 * The waterfall's look on top of the row charts' styles. Rises and falls in two neutral series
 * colours — no red and green, which read as good and bad (and the other way round in China) — and
 * the total in a third; every value is also written beside its bar with its sign.
 */
export const waterfallStyles = [
  rowChartStyles,
  css`
    .bar.increase { fill: var(--_s1); }
    .bar.decrease { fill: var(--_s6); }
    .bar.total { fill: var(--_s5); }
    .row.total .row-label { font-weight: 600; }
    .value { dominant-baseline: middle; font-size: 10.5px; font-variant-numeric: tabular-nums; }
    .row.total .value { font-weight: 600; }
    .zero-rule { stroke: var(--_text); stroke-width: 1.2; }
    .connector { stroke: var(--_axis); stroke-width: 1; stroke-dasharray: 2 2; }
    .readout { min-height: 1.4em; }
    .legend .swatch.block.increase { background: var(--_s1); }
    .legend .swatch.block.decrease { background: var(--_s6); }
    .legend .swatch.block.total { background: var(--_s5); }
  `,
];
