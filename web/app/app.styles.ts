import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    color: var(--jv-text);
    min-height: 100vh;
  }
  .skip {
    position: absolute;
    left: -999px;
    top: 0;
    background: var(--jv-surface);
    color: var(--jv-accent-text);
    padding: 0.4rem 0.8rem;
    z-index: 20;
  }
  .skip:focus {
    left: 0.5rem;
    top: 0.5rem;
    outline: 3px solid var(--jv-focus);
  }
  .status {
    margin: 0.4rem 1.25rem 0;
    min-height: 1.2em;
    font-size: 0.85rem;
    color: var(--jv-muted);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(19rem, 25rem) minmax(0, 1fr);
    gap: 1rem;
    padding: 0.5rem 1.25rem 2rem;
    align-items: start;
  }
  .params {
    position: sticky;
    top: 0.5rem;
    max-height: calc(100vh - 1rem);
    overflow-y: auto;
    padding-right: 0.25rem;
  }
  .results {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  /* Grid items may shrink below their content (the verdict table scrolls inside its own box). */
  .results > * {
    min-width: 0;
  }
  /* Parts below the fold are neither laid out nor painted while a slider moves the verdict above. */
  .results > jv-chart-grid,
  .results > jv-observations-panel,
  .results > jv-why-panel {
    content-visibility: auto;
    contain-intrinsic-size: auto 900px;
  }
  .results:focus {
    outline: none;
  }
  /* Targets of "move to" (compare, the verdict) clear the one-line verdict fixed at the top. */
  .results > * {
    scroll-margin-top: 3.5rem;
  }
  /* The verdict in one line, fixed at the top while the panel is scrolled away (no layout shift). */
  jv-verdict-summary {
    position: fixed;
    top: 0;
    left: 0;
    right: 0;
    z-index: 15;
    visibility: hidden;
    transform: translateY(-110%);
    transition: transform 0.15s ease-out, visibility 0.15s;
  }
  jv-verdict-summary.shown {
    visibility: visible;
    transform: none;
  }
  @media (prefers-reduced-motion: reduce) {
    jv-verdict-summary {
      transition: none;
    }
  }
  /* In the verdict panel's probability slot when the shock is off: why there is no probability. */
  .no-probability {
    min-width: 12rem;
    max-width: 18rem;
  }
  .no-probability p {
    margin: 0;
  }
  .no-probability .label,
  .no-probability .detail {
    font-size: 0.8rem;
    color: var(--jv-muted);
  }
  .no-probability .value {
    font-size: 1.1rem;
    font-weight: 700;
  }
  @media print {
    .skip,
    .status,
    .params,
    jv-verdict-summary,
    jv-state-notice,
    jv-first-visit-guide,
    jv-compare-panel,
    jv-saved-dialog,
    jv-help-dialog {
      display: none !important;
    }
    .layout {
      display: block;
      padding: 0;
    }
    .results {
      display: block;
    }
    .results > * {
      margin-bottom: 8pt;
    }
  }
  @media (max-width: 900px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      padding: 0.5rem 0.75rem 2rem;
    }
    .params {
      position: static;
      max-height: none;
      overflow: visible;
      order: 2;
    }
    .results {
      order: 1;
    }
  }
`;
