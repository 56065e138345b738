import { css } from 'lit';

export const paramSliderStyles = css`
  :host {
    display: block;
    padding: 0.45rem 0 0.55rem;
    border-bottom: 1px solid var(--jv-rule);
    /* A moving slider repaints itself, not the whole column around it. */
    contain: content;
  }
  .head {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  label {
    flex: 1 1 10rem;
    font-weight: 600;
    font-size: 0.9rem;
  }
  .value {
    font-variant-numeric: tabular-nums;
    font-size: 0.9rem;
    color: var(--jv-text);
  }
  .changed .value {
    color: var(--jv-accent-text);
    font-weight: 600;
  }
  .controls {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 6.5rem auto;
    gap: 0.4rem;
    align-items: center;
    margin-top: 0.25rem;
  }
  input[type='range'] {
    width: 100%;
    margin: 0;
    accent-color: var(--jv-accent);
    min-height: 1.75rem;
  }
  input[type='number'],
  input[type='text'] {
    width: 100%;
    box-sizing: border-box;
    font: inherit;
    font-size: 0.85rem;
    padding: 0.2rem 0.3rem;
    color: var(--jv-text);
    background: var(--jv-surface);
    border: 1px solid var(--jv-border);
    border-radius: 4px;
  }
  input[aria-invalid='true'] {
    border-color: var(--jv-danger);
  }
  button {
    font: inherit;
    font-size: 0.8rem;
    color: var(--jv-text);
    background: var(--jv-surface-2);
    border: 1px solid var(--jv-border);
    border-radius: 4px;
    padding: 0.2rem 0.45rem;
    cursor: pointer;
    min-height: 1.75rem;
  }
  button:disabled {
    cursor: default;
    opacity: 0.55;
  }
  .badge {
    font-size: 0.75rem;
    border-radius: 999px;
    color: var(--jv-accent-text);
    border-color: var(--jv-accent);
    background: transparent;
  }
  .about {
    font-size: 0.75rem;
    font-weight: 700;
    font-style: italic;
    font-family: Georgia, serif;
    width: 1.75rem;
    border-radius: 999px;
    color: var(--jv-accent-text);
    border-color: var(--jv-accent);
    background: transparent;
  }
  .about[aria-expanded='true'] {
    color: var(--jv-surface);
    background: var(--jv-accent-text);
  }
  .about-text {
    margin: 0.35rem 0 0;
    padding: 0.4rem 0.55rem;
    font-size: 0.82rem;
    line-height: 1.45;
    background: var(--jv-surface-2);
    border-radius: 4px;
  }
  .inactive {
    margin: 0.25rem 0 0;
    font-size: 0.78rem;
    color: var(--jv-muted);
    font-style: italic;
  }
  .dim label,
  .dim .value {
    color: var(--jv-muted);
  }
  :focus-visible {
    outline: 3px solid var(--jv-focus);
    outline-offset: 2px;
  }
  .error {
    color: var(--jv-danger-text);
    font-size: 0.8rem;
    margin: 0.2rem 0 0;
  }
  .expression {
    margin-top: 0.3rem;
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
    font-size: 0.85rem;
  }
  code {
    font-family: ui-monospace, monospace;
    background: var(--jv-surface-2);
    padding: 0.1rem 0.3rem;
    border-radius: 3px;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
