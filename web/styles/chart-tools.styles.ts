import { css } from 'lit';

/** The SVG/PNG export buttons under every chart (chart grid and the Jevons panel). */
export const chartToolsStyles = css`
  .tools {
    display: flex;
    justify-content: flex-end;
    gap: 0.4rem;
  }
  button {
    font: inherit;
    font-size: 0.78rem;
    color: var(--jv-text);
    background: var(--jv-surface-2);
    border: 1px solid var(--jv-border);
    border-radius: 4px;
    padding: 0.15rem 0.5rem;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--jv-focus);
    outline-offset: 2px;
  }
  @media print {
    .tools {
      display: none;
    }
  }
`;
