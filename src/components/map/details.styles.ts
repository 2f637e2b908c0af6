import { css } from 'lit';

/** The details of one place: contacts, hours, activities. */
export default css`
  /* Details */

  /* Its width is the hours table's container (below). */
  .details {
    display: flex;
    flex-direction: column;
    gap: calc(0.75 * var(--_buurt-rem));
    container-type: inline-size;
  }

  .details__bar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_buurt-rem));
  }

  /* Back is to the right in Arabic: the arrow turns with the reading direction. */
  :host([dir='rtl']) .details__back-arrow {
    display: inline-block;
    transform: scaleX(-1);
  }

  .details__title {
    font-size: 1.375em;
  }

  .details__title:focus {
    outline: none;
  }

  .details__title:focus-visible {
    outline: 3px solid var(--_color-focus);
  }

  .details__section {
    display: flex;
    flex-direction: column;
    gap: calc(0.25 * var(--_buurt-rem));
  }

  .details__section h3 {
    font-size: 1.0625em;
  }

  .details__subhead {
    font-weight: 600;
  }

  .details__footer {
    color: var(--_color-muted);
    font-size: 0.9375em;
  }

  .week {
    border-collapse: collapse;
  }

  /* A day and its times are never broken inside the word (every word may break elsewhere:
     overflow-wrap: anywhere): beside two periods the table squeezed 'Woensdag' to 'Woensda|g' on
     a 320px phone. Where the two do not fit side by side (large text) the times go under the
     day, as in the guide; the roles keep it a table in WebKit (week-table.ts). */
  .week th,
  .week td {
    padding: calc(0.125 * var(--_buurt-rem)) var(--_buurt-rem) calc(0.125 * var(--_buurt-rem)) 0;
    text-align: start;
    vertical-align: top;
    overflow-wrap: normal;
  }

  @container (max-width: 15em) {
    /* No space after the cells there: 'Poniedziałek' of an activity (indented) ran 3px out at 200% text. */
    .week :is(th, td) {
      display: block;
      padding: 0;
    }

    .week td {
      padding-inline-start: var(--_buurt-rem);
    }
  }

  .week th {
    font-weight: normal;
  }

  .activities,
  .exceptions,
  .contact {
    margin: 0;
    padding-inline-start: calc(1.25 * var(--_buurt-rem));
  }

  .activities {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(0.75 * var(--_buurt-rem));
  }

  .activity {
    padding-inline-start: calc(0.75 * var(--_buurt-rem));
    border-inline-start: 3px solid var(--_color-surface);
  }

  .activity h4 {
    font-size: 1em;
  }

  .contact li {
    min-block-size: var(--_target-size);
    display: flex;
    align-items: center;
  }

  /* Calling or mailing is what a resident came for: the whole row is the target, not one line of text. */
  .contact a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
  }
`;
