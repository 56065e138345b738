import { css } from 'lit';

/** The plain button of panels and dialogs (guide, help), with the page's focus ring. */
export const plainButtonStyles = css`
  button {
    font: inherit;
    font-size: 0.85rem;
    color: var(--jv-text);
    background: var(--jv-surface-2);
    border: 1px solid var(--jv-border);
    border-radius: 4px;
    padding: 0.25rem 0.7rem;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--jv-focus);
    outline-offset: 2px;
  }
`;
