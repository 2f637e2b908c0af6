import { css } from 'lit';

export default css`
  /* Space for the form while the feed loads (and in cdn.ts before the code runs), so the page below moves little when it arrives. */
  .loading {
    min-block-size: calc(40 * var(--_buurt-rem));
  }

  .form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    max-width: calc(44 * var(--_buurt-rem));
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }

  legend,
  .label {
    display: block;
    font-weight: 700;
    margin-bottom: calc(0.25 * var(--_buurt-rem));
    padding: 0;
  }

  .hint {
    display: block;
    color: var(--_color-muted);
    margin: 0 0 calc(0.25 * var(--_buurt-rem));
  }

  .field {
    display: grid;
    gap: calc(0.25 * var(--_buurt-rem));
  }

  .field--error {
    border-inline-start: 4px solid var(--_color-danger);
    padding-inline-start: min(calc(0.75 * var(--_buurt-rem)), var(--_pad));
  }

  .error-message {
    color: var(--_color-danger);
    font-weight: 700;
    margin: 0;
  }

  input[type='text'],
  input[type='email'],
  input[type='tel'],
  select,
  textarea {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-background);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    min-height: var(--_target-size);
    padding: calc(0.5 * var(--_buurt-rem));
    width: 100%;
    max-width: calc(30 * var(--_buurt-rem));
  }

  textarea {
    min-height: calc(6 * var(--_buurt-rem));
    max-width: 100%;
  }

  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }

  /* A checkbox of 1.5 times the text size and its gap took 64px of a label's line at 200% on a
     320px phone ('Voorleze|n', 'Nederlands|e'): with large text on a phone they shrink to the
     text size and a quarter of it (the box never under 24px), on wider screens and at normal text not. */
  :host {
    --_box: min(calc(1.5 * var(--_buurt-rem)), max(var(--_buurt-rem), 24px, 7.5vw));
    --_box-gap: min(calc(0.5 * var(--_buurt-rem)), max(calc(0.25 * var(--_buurt-rem)), 2.5vw));
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_box-gap);
    min-height: var(--_target-size);
    padding: calc(0.25 * var(--_buurt-rem)) 0;
  }

  .choice input {
    flex: none;
    width: var(--_box);
    height: var(--_box);
    /* Its middle level with the middle of the label's first line. */
    margin: calc(1.35 * var(--_buurt-rem) - var(--_box) / 2) 0 0;
    accent-color: var(--_color-primary);
  }

  .choice label {
    padding-top: calc(0.5 * var(--_buurt-rem));
    cursor: pointer;
  }

  .choices {
    display: grid;
    gap: 0 var(--_buurt-rem);
    grid-template-columns: repeat(auto-fill, minmax(min(calc(14 * var(--_buurt-rem)), 100%), 1fr));
  }

  .task {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(0.5 * var(--_buurt-rem)) min(calc(0.75 * var(--_buurt-rem)), var(--_pad));
    margin-bottom: calc(0.5 * var(--_buurt-rem));
  }

  .task__title {
    font-weight: 700;
  }

  .task__info {
    /* Under the title, past the checkbox: on the right in Arabic. */
    margin: 0;
    padding-inline-start: calc(var(--_box) + var(--_box-gap));
    list-style: none;
    color: var(--_color-muted);
  }

  /* Positioned, so the hidden cell labels stay inside the scroller instead of widening the page. */
  .grid-scroll {
    overflow-x: auto;
    position: relative;
    container-type: inline-size;
  }

  /* Short day names longer than 'ma' need wider columns: for them the groups below come at a
     wider form. A container query measures in the container's own em, so a larger font here
     moves its threshold; the table gets its text size back. */
  .days--wide {
    font-size: 1.25em;
  }

  .days--wide table {
    font-size: 0.8em;
  }

  /* Full width up to 44px columns; on a 320px phone the columns narrow (still 26px wide and
     44px high targets) so all seven days fit without scrolling, also beside Polish 'Wieczorem'. */
  table {
    border-collapse: collapse;
    inline-size: 100%;
    max-inline-size: calc(7 * var(--_target-size) + calc(7 * var(--_buurt-rem)));
  }

  th,
  td {
    text-align: center;
    padding: 0;
  }

  th[scope='row'] {
    text-align: start;
    padding-inline-end: calc(0.5 * var(--_buurt-rem));
    font-weight: 400;
    /* "Och-ten-d": a day part is never broken inside the word. */
    overflow-wrap: normal;
  }

  th[scope='col'] {
    font-weight: 400;
    min-width: calc(1.625 * var(--_buurt-rem));
  }

  /* A dotted underline reads as the dots of Arabic letters (س would look like ش). */
  abbr:dir(rtl) {
    text-decoration: none;
  }

  .slot {
    display: flex;
    align-items: center;
    justify-content: center;
    min-width: calc(1.625 * var(--_buurt-rem));
    min-height: var(--_target-size);
    cursor: pointer;
  }

  .slot input {
    width: calc(1.5 * var(--_buurt-rem));
    height: calc(1.5 * var(--_buurt-rem));
    margin: 0;
    accent-color: var(--_color-primary);
  }

  /* The day beside each box, for the narrow layout below; the table has it above. */
  .slot__day {
    display: none;
  }

  /* At 200% text on a phone the seven columns need twice the width there is, and the table
     scrolled sideways (WCAG 1.4.10). Narrower than it needs (em here is the form's text
     size, 1.25 times that for long day names: .days--wide), each day part becomes a group: its name, then the days, each box with its day
     beside it, as many on a line as fit. The boxes keep their names ("maandag ochtend"). */
  @container (max-width: 17.5em) {
    table,
    tbody,
    td {
      display: block;
    }

    thead {
      display: none;
    }

    tr {
      display: flex;
      flex-wrap: wrap;
      margin-block-end: calc(0.5 * var(--_buurt-rem));
    }

    /* Two days a line, in two columns; one, where the days are written out (Arabic). A day
       too long for half the line (Polish 'niedz.') takes its own. */
    td {
      flex: 0 0 50%;
    }

    .days--long td {
      flex-basis: 100%;
    }

    th[scope='row'] {
      flex-basis: 100%;
      font-weight: 700;
    }

    .slot {
      justify-content: start;
      gap: calc(0.25 * var(--_buurt-rem));
    }

    /* Neither the box nor the day's name gives way ('Mo' over 'n' beside a squeezed box). */
    .slot input {
      flex-shrink: 0;
      width: calc(1.25 * var(--_buurt-rem));
      height: calc(1.25 * var(--_buurt-rem));
    }

    .slot__day {
      display: inline;
      white-space: nowrap;
    }
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.75 * var(--_buurt-rem));
    align-items: center;
  }

  /* Side padding that gives way to the words with large text on a phone: 13% of the box around
     less the text size, down to a quarter of it. At 200% on a 320px phone the form is 8 times its
     text size wide, and padding of 1.25 a side broke 'Aanmeld|en', 'Verwijd|eren'; at normal text
     on a phone and wider it is the padding of before. */
  :host {
    --_pad: max(calc(0.25 * var(--_buurt-rem)), 13% - var(--_buurt-rem));
  }

  .button {
    font: inherit;
    min-height: var(--_target-size);
    padding: calc(0.5 * var(--_buurt-rem)) min(calc(1.25 * var(--_buurt-rem)), var(--_pad));
    border-radius: var(--_radius);
    border: 2px solid var(--_color-primary);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
  }

  .button--primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 700;
  }

  .button--secondary {
    background: var(--_color-background);
    color: var(--_color-primary);
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  .error-summary {
    border: 4px solid var(--_color-danger);
    padding: var(--_space) min(var(--_space), var(--_pad));
  }

  .error-summary h2,
  .panel h2 {
    font-size: 1.25em;
    margin: 0 0 calc(0.5 * var(--_buurt-rem));
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: calc(1.25 * var(--_buurt-rem));
  }

  .error-summary a {
    color: var(--_color-danger);
    font-weight: 700;
  }

  .panel {
    border: 4px solid var(--_color-primary);
    border-radius: var(--_radius);
    padding: var(--_space) min(var(--_space), var(--_pad));
    margin-bottom: var(--_space);
  }

  .panel--success {
    border-color: var(--_color-success);
  }

  .panel--warning,
  .panel--failed {
    border-color: var(--_color-danger);
  }

  .panel:focus {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .outbox {
    margin-bottom: var(--_space);
  }

  .outbox ul {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: calc(0.5 * var(--_buurt-rem));
  }

  .outbox li {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(0.5 * var(--_buurt-rem)) min(calc(0.75 * var(--_buurt-rem)), var(--_pad));
  }

  .outbox h2,
  .outbox h3 {
    font-size: 1em;
    margin: 0 0 calc(0.25 * var(--_buurt-rem));
  }

  .mail-text {
    white-space: pre-wrap;
    background: var(--_color-surface);
    padding: calc(0.75 * var(--_buurt-rem));
    border-radius: var(--_radius);
    font-family: inherit;
    user-select: all;
  }

  /* Clipped in place, not pushed 10000px to one side: in a right-to-left form on a
     left-to-right page (or the other way round) that side scrolls, and the page got 10000px wide. */
  .honeypot {
    position: absolute !important;
    clip-path: inset(50%);
    white-space: nowrap;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  .storage-note {
    color: var(--_color-muted);
    font-size: 0.9375em;
    margin: 0;
  }
`;
