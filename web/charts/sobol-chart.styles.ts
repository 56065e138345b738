import { css } from 'lit';
import { rowChartStyles } from './row-chart.styles';

/** The Sobol chart's look on top of the row charts' styles: first order and total order in two series colours. */
export const sobolChartStyles = [
  rowChartStyles,
  css`
    .bar.first { fill: var(--_s3); }
    .bar.total { fill: var(--_s4); }
    .whisker { stroke: var(--_text); stroke-width: 1.2; }
    .caption { margin: 6px 0 0; font-size: 12px; }
    .legend .swatch.block.first { background: var(--_s3); }
    .legend .swatch.block.total { background: var(--_s4); }
  `,
];
