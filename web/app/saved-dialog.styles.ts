import { css } from 'lit';
import { plainButtonStyles } from '../styles/buttons.styles';

/** The saved-scenarios dialog: the save form, the list with its actions, the confirmation. */
export const savedDialogStyles = [
  plainButtonStyles,
  css`
    dialog {
      width: min(34rem, calc(100vw - 2rem));
      color: var(--jv-text);
      background: var(--jv-surface);
      border: 1px solid var(--jv-border);
      border-radius: 8px;
      padding: 1rem 1.25rem;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 45%);
    }
    h2 {
      font-size: 1.05rem;
      margin: 0 0 0.6rem;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: center;
    }
    form.save {
      margin-bottom: 0.8rem;
    }
    .confirm {
      margin: 0 0 0.8rem;
      padding: 0.5rem 0.7rem;
      border: 1px solid var(--jv-notice-border);
      border-left-width: 4px;
      border-radius: 6px;
      background: var(--jv-notice-bg);
    }
    .confirm p {
      margin: 0 0 0.4rem;
    }
    form.save label {
      flex-basis: 100%;
      font-size: 0.85rem;
      font-weight: 600;
    }
    input {
      flex: 1 1 10rem;
      font: inherit;
      color: var(--jv-text);
      background: var(--jv-surface);
      border: 1px solid var(--jv-border);
      border-radius: 4px;
      padding: 0.3rem 0.45rem;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0 0 0.8rem;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 0.6rem;
      align-items: center;
      padding: 0.45rem 0;
      border-top: 1px solid var(--jv-rule);
    }
    .name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .meta {
      color: var(--jv-muted);
      font-size: 0.8rem;
      flex: 1 1 8rem;
    }
    .damaged .meta {
      color: var(--jv-danger-text);
    }
    .actions {
      display: flex;
      gap: 0.3rem;
    }
    /* The shared plain button, a little narrower: four of them sit in a row per saved scenario. */
    button {
      padding: 0.25rem 0.6rem;
    }
  `,
];
