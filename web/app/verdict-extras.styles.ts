import { css } from 'lit';

/** The verdict panel's title row with the data vintage, and the dashed baseline's totals. */
export const verdictExtrasStyles = css`
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.2rem 1rem;
  }
  .vintage {
    margin: 0;
    font-size: 0.78rem;
    color: var(--jv-muted);
  }
  .baseline {
    margin: 0.8rem 0 0;
    padding-top: 0.6rem;
    border-top: 1px dashed var(--jv-border);
  }
  .baseline h3 {
    font-size: 0.85rem;
  }
  .baseline h3 .unit {
    display: inline;
    margin-left: 0.3rem;
  }
  .baseline-figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.3rem 1rem;
    margin: 0.3rem 0 0;
  }
  .baseline-figures dd {
    font-size: 0.95rem;
    font-weight: 600;
  }
  .baseline-delta {
    display: block;
    font-size: 0.78rem;
    font-weight: 400;
    color: var(--jv-muted);
  }
  @media print {
    :host {
      break-inside: avoid;
      border-color: #bbb;
    }
    .table-wrap {
      overflow: visible;
    }
    /* The table takes the page's width; the break-even and the diagnostic go under it. */
    .facts {
      display: block;
    }
    .pill {
      white-space: normal;
    }
  }
  .baseline-verdict {
    margin: 0.3rem 0 0;
    font-size: 0.8rem;
    color: var(--jv-muted);
  }
`;
