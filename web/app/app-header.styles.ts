import { css } from 'lit';

export const appHeaderStyles = css`
  :host {
    display: block;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: flex-end;
    justify-content: space-between;
    padding: 0.8rem 1.25rem;
    background: var(--jv-surface);
    border-bottom: 1px solid var(--jv-rule);
  }
  h1 {
    margin: 0;
    font-size: 1.35rem;
  }
  .brand p {
    margin: 0.1rem 0 0;
    color: var(--jv-muted);
    font-size: 0.9rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
    align-items: flex-end;
  }
  .field {
    display: grid;
    gap: 0.15rem;
  }
  label {
    font-size: 0.75rem;
    color: var(--jv-muted);
  }
  select,
  button,
  summary {
    font: inherit;
    font-size: 0.88rem;
    color: var(--jv-text);
    background: var(--jv-surface);
    border: 1px solid var(--jv-border);
    border-radius: 6px;
    padding: 0.3rem 0.55rem;
    min-height: 2rem;
    box-sizing: border-box;
    cursor: pointer;
  }
  select {
    max-width: 15rem;
  }
  .lang {
    font-weight: 600;
  }
  .menu {
    position: relative;
  }
  summary {
    list-style: none;
    display: inline-flex;
    align-items: center;
    font-weight: 600;
  }
  summary::after {
    content: '▾';
    margin-left: 0.35rem;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  ul {
    position: absolute;
    right: 0;
    z-index: 10;
    margin: 0.3rem 0 0;
    padding: 0.3rem;
    list-style: none;
    min-width: 15rem;
    background: var(--jv-surface);
    border: 1px solid var(--jv-border);
    border-radius: 8px;
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
  }
  ul button {
    width: 100%;
    text-align: left;
    border: none;
    background: transparent;
  }
  ul button:hover {
    background: var(--jv-surface-2);
  }
  :focus-visible {
    outline: 3px solid var(--jv-focus);
    outline-offset: 2px;
  }
  @media (max-width: 640px) {
    header {
      padding: 0.7rem 0.8rem;
    }
    select {
      max-width: 11rem;
    }
    ul {
      right: auto;
      left: 0;
    }
  }
  @media print {
    header {
      padding: 0 0 6pt;
      border-bottom: 1pt solid #999;
    }
    .controls {
      display: none;
    }
  }
`;
