import { css } from 'lit';
import { chartToolsStyles } from '../styles/chart-tools.styles';
import { verdictExtrasStyles } from './verdict-extras.styles';

/** What the verdict panel and the "why" panel share: a card with a title. */
const panelBase = css`
  :host {
    display: block;
    background: var(--jv-surface);
    border: 1px solid var(--jv-rule);
    border-radius: 10px;
    padding: 0.9rem 1rem;
    min-width: 0;
    contain: content;
  }
  h2 {
    font-size: 1rem;
    margin: 0 0 0.4rem;
  }
  h3 {
    font-size: 0.92rem;
    margin: 0;
  }
`;

/**
 * The Jevons panel. Verdict classes are told apart by neutral hues (theme.css, --jv-verdict-*):
 * no red or green, which read as bad and good — and the other way round in Chinese markets.
 */
export const jevonsPanelStyles = [
  panelBase,
  verdictExtrasStyles,
  css`
    .verdict-row {
      display: flex;
      gap: 1rem;
      align-items: flex-start;
      flex-wrap: wrap;
    }
    .verdict {
      flex: 1 1 22rem;
      font-size: 1.02rem;
      line-height: 1.45;
      margin: 0;
      font-weight: 600;
      border-left: 5px solid var(--jv-verdict-undefined);
      padding-left: 0.6rem;
    }
    [data-verdict='backfire'] {
      --verdict: var(--jv-verdict-backfire);
    }
    [data-verdict='full-rebound'] {
      --verdict: var(--jv-verdict-full);
    }
    [data-verdict='partial-rebound'] {
      --verdict: var(--jv-verdict-partial);
    }
    [data-verdict='super-conservation'] {
      --verdict: var(--jv-verdict-super);
    }
    [data-verdict='undefined'] {
      --verdict: var(--jv-verdict-undefined);
    }
    .verdict[data-verdict] {
      border-left-color: var(--verdict);
    }
    .verdict.error {
      font-weight: 500;
      border-left-color: var(--jv-notice-border);
    }
    .warnings {
      margin: 0.8rem 0 0;
      padding: 0.55rem 0.8rem;
      border: 1px solid var(--jv-notice-border);
      border-left-width: 5px;
      border-radius: 6px;
      background: var(--jv-notice-bg);
    }
    .warnings ul {
      margin: 0.3rem 0 0;
      padding-left: 1.1rem;
      font-size: 0.88rem;
    }
    /* The table and, beside it where there is room for the whole table (its three bases need about
       40rem), the break-even elasticities and the diagnostic; with less room they go under it, so
       the capex column is not cut off at a laptop's width. */
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.4rem;
      align-items: flex-start;
    }
    .table-wrap {
      overflow-x: auto;
      margin: 0.8rem 0 0;
      flex: 3 1 41rem;
      min-width: 0;
    }
    .aside {
      flex: 1 1 14rem;
      min-width: 0;
    }
    .aside dl {
      grid-template-columns: 1fr;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.85rem;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: left;
      font-size: 0.8rem;
      color: var(--jv-muted);
      padding-bottom: 0.3rem;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.35rem 0.45rem;
      border-top: 1px solid var(--jv-rule);
    }
    th[scope='row'] {
      white-space: nowrap;
    }
    thead th {
      font-size: 0.8rem;
      color: var(--jv-muted);
      font-weight: 600;
      border-top: 0;
    }
    .unit,
    .reason {
      display: block;
      font-size: 0.75rem;
      font-weight: 400;
      color: var(--jv-muted);
    }
    .pill {
      display: inline-block;
      padding: 0 0.45rem;
      border-radius: 999px;
      color: var(--jv-on-verdict);
      background: var(--verdict);
      font-weight: 600;
      font-size: 0.8rem;
      white-space: nowrap;
    }
    .note-ref {
      font-size: 0.7rem;
      color: var(--jv-muted);
      margin-left: 0.15rem;
    }
    .notes {
      margin: 0.3rem 0 0;
      padding-left: 1.3rem;
      font-size: 0.75rem;
      color: var(--jv-muted);
    }
    .figures {
      display: block;
      white-space: nowrap;
    }
    abbr {
      text-decoration: none;
      font-style: italic;
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0.5rem 1rem;
      margin: 0.8rem 0 0;
    }
    dt {
      font-size: 0.8rem;
      color: var(--jv-muted);
    }
    dd {
      margin: 0;
      font-size: 1.25rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .diagnostic {
      margin: 0.7rem 0 0;
      font-size: 0.8rem;
      color: var(--jv-muted);
    }
    /* On a phone the table is tighter; what still does not fit scrolls inside its own box. */
    @media (max-width: 40rem) {
      table {
        font-size: 0.78rem;
      }
      th[scope='row'] {
        white-space: normal;
      }
      th,
      td {
        padding: 0.3rem 0.3rem;
      }
      .pill {
        font-size: 0.72rem;
        white-space: normal;
        border-radius: 0.6rem;
      }
      .figures {
        white-space: normal;
      }
    }
  `,
];

/** The "why" panel: the basis picker, the decomposition waterfall, the elasticity curve. */
export const whyPanelStyles = [
  chartToolsStyles,
  panelBase,
  css`
    .why-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem 1rem;
      align-items: baseline;
      justify-content: space-between;
    }
    label {
      font-size: 0.85rem;
      display: inline-flex;
      gap: 0.4rem;
      align-items: baseline;
    }
    select {
      font: inherit;
      color: var(--jv-text);
      background: var(--jv-surface);
      border: 1px solid var(--jv-border);
      border-radius: 4px;
      padding: 0.2rem;
    }
    select:focus-visible {
      outline: 3px solid var(--jv-focus);
      outline-offset: 2px;
    }
    .waiting {
      margin: 0;
      font-size: 0.85rem;
      color: var(--jv-muted);
    }
    jv-elasticity-chart {
      display: block;
      min-height: 240px;
    }
    .stale {
      opacity: 0.5;
    }
    .updating {
      margin: 0;
      min-height: 1.2em;
      font-size: 0.8rem;
      color: var(--jv-muted);
    }
    .left-out {
      font-size: 0.85rem;
      border-left: 4px solid var(--jv-notice-border);
      padding: 0.2rem 0.6rem;
      margin: 0.3rem 0 0.6rem;
    }
    .left-out p,
    .left-out ul {
      margin: 0.2rem 0;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 27rem), 1fr));
      gap: 0.4rem 1.4rem;
      align-items: start;
    }
    .columns > * {
      min-width: 0;
    }
    @media print {
      label,
      .updating {
        display: none;
      }
      :host {
        break-inside: auto;
      }
      .columns > * {
        break-inside: avoid;
      }
    }
  `,
];
