import { css } from 'lit';

export const comparePanelStyles = css`
  :host {
    display: block;
    background: var(--jv-surface);
    border: 1px solid var(--jv-rule);
    border-radius: 10px;
    padding: 0.6rem 1rem;
    min-width: 0;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    font-size: 1rem;
  }
  summary:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--jv-focus);
    outline-offset: 2px;
  }
  .pickers {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: 0.5rem 1.2rem;
    margin: 0.6rem 0;
  }
  label {
    display: grid;
    gap: 0.2rem;
    font-size: 0.8rem;
    color: var(--jv-muted);
  }
  select,
  input {
    font: inherit;
    font-size: 0.88rem;
    color: var(--jv-text);
    background: var(--jv-surface);
    border: 1px solid var(--jv-border);
    border-radius: 4px;
    padding: 0.25rem;
  }
  .sentences {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: 0.5rem 1.2rem;
  }
  .sentences p {
    margin: 0;
    padding-left: 0.6rem;
    border-left: 4px solid var(--jv-verdict-undefined);
    font-size: 0.88rem;
  }
  .sentences strong {
    display: block;
    font-size: 0.8rem;
    color: var(--jv-muted);
  }
  [data-verdict='backfire'] { border-left-color: var(--jv-verdict-backfire) !important; }
  [data-verdict='full-rebound'] { border-left-color: var(--jv-verdict-full) !important; }
  [data-verdict='partial-rebound'] { border-left-color: var(--jv-verdict-partial) !important; }
  [data-verdict='super-conservation'] { border-left-color: var(--jv-verdict-super) !important; }
  h3 {
    font-size: 0.92rem;
    margin: 0.9rem 0 0.2rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.84rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    font-size: 0.78rem;
    color: var(--jv-muted);
    padding-bottom: 0.2rem;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.3rem 0.45rem;
    border-top: 1px solid var(--jv-rule);
  }
  thead th {
    font-size: 0.78rem;
    color: var(--jv-muted);
    border-top: 0;
  }
  td.delta {
    font-weight: 600;
  }
  .problems {
    color: var(--jv-danger-text);
    font-size: 0.82rem;
  }
  .muted {
    color: var(--jv-muted);
    font-size: 0.85rem;
  }
`;
