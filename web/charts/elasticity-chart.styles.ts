import { css } from 'lit';
import { chartBaseStyles } from './chart-base.styles';

/** <jv-elasticity-chart>: the shared chart look; the current-setting label stands out. */
export const elasticityChartStyles = [
  chartBaseStyles,
  css`
    .point text { font-weight: 600; }
  `,
];
