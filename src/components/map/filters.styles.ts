import { css } from 'lit';

/** The search field, "Nu open", "Bij mij in de buurt" and the filters behind "Filters". */
export default css`
  /* Filters */

  .filters {
    display: flex;
    flex-direction: column;
    gap: calc(0.5 * var(--_buurt-rem));
  }

  .filters__row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(0.5 * var(--_buurt-rem)) var(--_buurt-rem);
  }

  .filters__buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.5 * var(--_buurt-rem)) var(--_buurt-rem);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: calc(0.25 * var(--_buurt-rem));
    min-inline-size: 0;
  }

  .field--search {
    flex: 1 1 calc(14 * var(--_buurt-rem));
  }

  label {
    font-weight: 600;
  }

  input[type='search'],
  select {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-background);
    min-block-size: var(--_target-size);
    inline-size: 100%;
    padding: calc(0.375 * var(--_buurt-rem)) calc(0.5 * var(--_buurt-rem));
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .hint {
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: calc(0.5 * var(--_buurt-rem));
    min-block-size: var(--_target-size);
    cursor: pointer;
  }

  .check input {
    inline-size: calc(1.5 * var(--_buurt-rem));
    block-size: calc(1.5 * var(--_buurt-rem));
    margin: 0;
    accent-color: var(--_color-primary);
  }

  .geo-message:empty {
    display: none;
  }

  .more summary {
    display: flex;
    align-items: center;
    gap: calc(0.5 * var(--_buurt-rem));
    min-block-size: var(--_target-size);
    cursor: pointer;
    font-weight: 600;
    inline-size: fit-content;
    list-style: none;
  }

  .more summary::-webkit-details-marker {
    display: none;
  }

  /* A flex summary loses the browser's triangle; this one turns when the filters open. Turned,
     its corners reach past its box: the margin keeps them inside the element (in Firefox the
     right-to-left toolbar was 3px too wide at 200% text). */
  .more summary::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-start: 0.125em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }

  .more[open] summary::before {
    transform: rotate(45deg);
  }

  /* Right to left the border above is on the left: turned the other way, the closed chevron
     points left (the reading direction) and the open one down, as in left to right. */
  :host([dir='rtl']) .more summary::before {
    transform: rotate(45deg);
  }

  :host([dir='rtl']) .more[open] summary::before {
    transform: rotate(-45deg);
  }

  .more__grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, calc(12 * var(--_buurt-rem))), 1fr));
    gap: calc(0.5 * var(--_buurt-rem)) var(--_buurt-rem);
    margin-block: calc(0.25 * var(--_buurt-rem)) calc(0.5 * var(--_buurt-rem));
  }

  .badge {
    font-weight: normal;
  }
`;
