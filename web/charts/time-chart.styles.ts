import { css } from 'lit';
import { chartBaseStyles } from './chart-base.styles';

/** <jv-time-chart>: the shared chart look; bars get a slightly lighter fill so outlines read. */
export const timeChartStyles = [
  chartBaseStyles,
  css`
    .bars:not(.dash) rect { fill-opacity: 0.85; }
  `,
];
