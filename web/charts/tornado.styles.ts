import { css } from 'lit';
import { rowChartStyles } from './row-chart.styles';

/** The tornado's own look on top of the row charts' styles: the two ends in two series colours. */
export const tornadoStyles = [
  rowChartStyles,
  css`
    .bar.low { fill: var(--_s2); }
    .bar.high { fill: var(--_s1); }
    .undefined-mark { font-size: 10.5px; dominant-baseline: middle; fill: var(--_axis); }
    .base-rule { stroke: var(--_text); stroke-width: 1.5; }
    .reference-rule { stroke: var(--_axis); stroke-dasharray: 4 3; }
    .reference-label { font-size: 10.5px; fill: var(--_axis); }
    .legend .swatch.block.low { background: var(--_s2); }
    .legend .swatch.block.high { background: var(--_s1); }
  `,
];
