import { css } from 'lit';
import { plainButtonStyles } from '../styles/buttons.styles';

export const helpDialogStyles = [
  plainButtonStyles,
  css`
  dialog {
    width: min(46rem, calc(100vw - 2rem));
    max-height: calc(100vh - 3rem);
    color: var(--jv-text);
    background: var(--jv-surface);
    border: 1px solid var(--jv-border);
    border-radius: 8px;
    padding: 0;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .top {
    position: sticky;
    top: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    padding: 0.8rem 1.2rem 0.6rem;
    background: var(--jv-surface);
    border-bottom: 1px solid var(--jv-rule);
  }
  .body {
    padding: 0.4rem 1.2rem 1.2rem;
    line-height: 1.55;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0;
  }
  h3 {
    font-size: 0.98rem;
    margin: 1.1rem 0 0.3rem;
  }
  p {
    margin: 0.35rem 0;
    font-size: 0.92rem;
  }
  .tabs {
    display: flex;
    gap: 0.4rem;
  }
  button[aria-pressed='true'] {
    background: var(--jv-accent-text);
    border-color: var(--jv-accent-text);
    color: var(--jv-surface);
  }
  dl {
    margin: 0.5rem 0 0;
  }
  dt {
    font-weight: 700;
    margin-top: 0.7rem;
    font-size: 0.92rem;
  }
  dd {
    margin: 0.15rem 0 0;
    font-size: 0.9rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.82rem;
    margin-top: 0.4rem;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.3rem 0.4rem;
    border-top: 1px solid var(--jv-rule);
  }
  td.value {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
`,
];
