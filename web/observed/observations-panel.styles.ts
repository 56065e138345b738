import { css } from 'lit';
import { plainButtonStyles } from '../styles/buttons.styles';

export const observationsPanelStyles = [
  plainButtonStyles,
  css`
    :host {
      display: block;
      background: var(--jv-surface);
      border: 1px solid var(--jv-rule);
      border-radius: 10px;
      padding: 0.6rem 1rem 0.8rem;
      min-width: 0;
      font-size: 0.88rem;
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.3rem;
    }
    h3 {
      font-size: 0.92rem;
      margin: 0.8rem 0 0.3rem;
    }
    p {
      margin: 0.3rem 0;
    }
    .intro,
    .help {
      color: var(--jv-muted);
      max-width: 62rem;
    }
    .help {
      font-size: 0.8rem;
    }
    .import {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.3rem 0.8rem;
    }
    .refused,
    .storage {
      margin: 0.5rem 0;
      padding: 0.5rem 0.8rem;
      border: 1px solid var(--jv-notice-border);
      border-left-width: 5px;
      border-radius: 6px;
      background: var(--jv-notice-bg);
    }
    .refused ul {
      margin: 0.3rem 0 0.4rem;
      padding-left: 1.2rem;
      overflow-wrap: anywhere;
    }
    .file-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.3rem 0.8rem;
      margin: 0.5rem 0 0.2rem;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.82rem;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.25rem 0.5rem 0.25rem 0;
      border-bottom: 1px solid var(--jv-rule);
    }
    th {
      color: var(--jv-muted);
      font-weight: 600;
    }
    td.value,
    td.months,
    td.published {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .id {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .definition {
      color: var(--jv-muted);
      font-size: 0.78rem;
      max-width: 36rem;
    }
    .not-drawn {
      color: var(--jv-muted);
      font-style: italic;
    }
    .tag {
      display: inline-block;
      margin: 0 0.3rem 0 0;
      padding: 0 0.35rem;
      border: 1px solid var(--jv-border);
      border-radius: 999px;
      font-size: 0.72rem;
      white-space: nowrap;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      margin-top: 0.6rem;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    /* Paper gets the charts and their legends, not the import controls. */
    @media print {
      :host {
        display: none;
      }
    }
    button.remove {
      padding: 0.05rem 0.5rem;
      font-size: 0.78rem;
    }
  `,
];
