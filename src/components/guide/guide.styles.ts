import { css } from 'lit';

export default css`
  :host {
    --_sticky-top: var(--buurt-guide-sticky-top, 0px);
    --_exit-background: var(--buurt-guide-exit-background, var(--_color-danger));
    max-inline-size: calc(48 * var(--_buurt-rem));
  }

  /* Space for the first question while the feed loads (and in cdn.ts before the code runs), so the page below moves little when it arrives. */
  .loading {
    min-block-size: calc(30 * var(--_buurt-rem));
  }

  /* Set synchronously by quick exit, before Lit has rendered: nothing of the guide stays on screen. */
  :host([data-exiting]) .guide {
    visibility: hidden;
  }

  .guide {
    background: var(--_color-background);
  }

  /* Shifted up by the line's sticky offset, so it leaves the top of the screen exactly when the
     line sticks (stuck-help-controller.ts), with no measuring in script. */
  .help-sentinel {
    position: relative;
    inset-block-start: calc(-1 * var(--_sticky-top));
  }

  /* The help line scrolls with the guide but never out of it: sticky inside the element, not fixed to the page. */
  .help {
    position: sticky;
    inset-block-start: var(--_sticky-top);
    z-index: 20;
    display: flex;
    /* With large text on a phone "Snel weg" goes under the numbers, instead of squeezing them
       to one letter a line (every word may break: overflow-wrap: anywhere). */
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(0.5 * var(--_buurt-rem)) var(--_buurt-rem);
    padding: calc(0.25 * var(--_buurt-rem)) calc(0.75 * var(--_buurt-rem));
    margin-block-end: var(--_space);
    background: var(--_color-surface);
    border-block-end: 3px solid var(--_color-danger);
    font-size: calc(0.9375 * var(--_buurt-rem));
    line-height: 1.3;
  }

  .help-lines {
    flex: 1 1 calc(6 * var(--_buurt-rem));
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(1.5 * var(--_buurt-rem));
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .help-line {
    display: flex;
    flex-direction: column;
    padding-block-end: calc(0.25 * var(--_buurt-rem));
  }

  .help-line__call {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
    font-weight: 700;
    color: var(--_color-danger);
  }

  .help-line__number {
    white-space: nowrap;
  }

  .help-line__description {
    color: var(--_color-muted);
    font-size: calc(0.8125 * var(--_buurt-rem));
  }

  /*
   * Once the line is stuck to the top while reading, only the numbers and "Snel weg" stay,
   * so a phone keeps room for the guide. Stuck is data-stuck (stuck-help-controller.ts), in
   * every browser: CSS scroll-state queries exist only in Chrome, and the rules below that
   * cap the line's height must agree with this one.
   */
  .help[data-stuck] :is(.help-line__description, .quick-exit__hint) {
    display: none;
  }

  /* Stuck, the line keeps at most a third of the screen: with 200% text on a 320 px phone it
     was 337 px, over half of an iPhone SE's. What does not fit scrolls inside the line, and
     "Snel weg" comes first when it wraps (reversed, so one row looks as before). */
  .help[data-stuck] {
    flex-direction: row-reverse;
    max-block-size: 33svh;
    overflow-y: auto;
  }

  .help[data-stuck] .quick-exit {
    order: -1;
  }

  .quick-exit {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: calc(0.125 * var(--_buurt-rem));
    padding-block: calc(0.25 * var(--_buurt-rem));
    margin-inline-start: auto;
  }

  /* Side padding of the text size, but half of it with large text on a phone (5vw): 'Швидк|о'
     broke at 200% on a 320px phone. Percentages would be of the line's own width here. */
  .quick-exit__button {
    min-inline-size: var(--_target-size);
    padding: calc(0.5 * var(--_buurt-rem)) min(var(--_buurt-rem), max(calc(0.25 * var(--_buurt-rem)), 5vw));
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_exit-background);
    color: #ffffff;
    font-weight: 700;
    cursor: pointer;
  }

  .quick-exit__hint {
    font-size: calc(0.8125 * var(--_buurt-rem));
    color: var(--_color-muted);
    text-align: end;
  }

  /* Phones have no Shift key to press three times. */
  @media (hover: none) and (pointer: coarse) {
    .quick-exit__hint {
      display: none;
    }
  }

  /* Not an anchor for the browser's scroll anchoring: the help line shrinking as it sticks moved
     the page up to keep the text below in place, which brought the line's top back into view, and
     it grew and shrank every frame after a jump into the guide. The stuck line anchors instead. */
  .content {
    overflow-anchor: none;
    padding-inline: calc(0.25 * var(--_buurt-rem));
  }

  /* Tabbing back up, the browser scrolls a link or button just into view, which is under the
     sticky help line: keep it clear, and the step heading, which takes focus on each step. The
     element measures the line as focus moves (--_help-size): about 7.5 times the text size
     on a 320px phone, over half the screen with large text. */
  .content :is(a, button, input, select, textarea, summary, .step-heading) {
    scroll-margin-block-start: calc(var(--_sticky-top) + var(--_help-size, calc(8 * var(--_buurt-rem))) + calc(0.5 * var(--_buurt-rem)));
  }

  .guide-title {
    margin: 0 0 calc(0.5 * var(--_buurt-rem));
    font-size: calc(1.5 * var(--_buurt-rem));
    line-height: 1.25;
  }

  .guide-intro {
    margin: 0 0 var(--_space);
  }

  .step-heading {
    margin: 0 0 calc(0.75 * var(--_buurt-rem));
    font-size: calc(1.25 * var(--_buurt-rem));
    line-height: 1.3;
  }

  .step-heading:focus {
    outline: none;
  }

  .step-heading:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 4px;
    box-shadow: none;
  }

  .step-progress {
    display: block;
    margin-block-end: calc(0.25 * var(--_buurt-rem));
    font-size: calc(0.875 * var(--_buurt-rem));
    font-weight: 600;
    color: var(--_color-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .step-help {
    margin: 0 0 var(--_space);
    color: var(--_color-muted);
  }

  .choices {
    display: grid;
    gap: calc(0.75 * var(--_buurt-rem));
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }

  /* Side padding that gives way to the words with large text on a phone: 13% of the box around
     less the text size, down to a quarter of it. At 200% on a 320px phone the guide is 8 times its
     text size wide, and padding of 1 a side broke 'geschre|euw' in an answer and 'Копіюват|и' in
     a tool; at normal text on a phone and wider it is the padding of before. */
  :host {
    --_pad: max(calc(0.25 * var(--_buurt-rem)), 13% - var(--_buurt-rem));
  }

  .choice {
    display: block;
    inline-size: 100%;
    min-block-size: calc(3.25 * var(--_buurt-rem));
    padding: calc(0.75 * var(--_buurt-rem)) min(var(--_buurt-rem), var(--_pad));
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-primary);
    font-size: calc(1.0625 * var(--_buurt-rem));
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }

  .choice:hover {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  .choice--previous {
    border-width: 4px;
  }

  .choice__previous {
    display: block;
    font-size: calc(0.875 * var(--_buurt-rem));
    font-weight: normal;
  }

  .dead-end,
  .shared-note {
    margin: 0 0 var(--_space);
    padding: calc(0.5 * var(--_buurt-rem)) var(--_buurt-rem);
    border-inline-start: 4px solid var(--_color-primary);
    background: var(--_color-surface);
  }

  .actions {
    margin: 0 0 var(--_space);
    padding-inline-start: calc(1.5 * var(--_buurt-rem));
  }

  .actions li + li {
    margin-block-start: calc(0.5 * var(--_buurt-rem));
  }

  h4 {
    margin: calc(1.5 * var(--_buurt-rem)) 0 calc(0.5 * var(--_buurt-rem));
    font-size: calc(1.125 * var(--_buurt-rem));
  }

  .contacts {
    display: grid;
    gap: calc(0.75 * var(--_buurt-rem));
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }

  .contact {
    padding: calc(0.75 * var(--_buurt-rem)) min(var(--_buurt-rem), var(--_pad));
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .contact p {
    margin: calc(0.25 * var(--_buurt-rem)) 0;
  }

  .contact__name {
    margin: 0;
    font-size: calc(1.0625 * var(--_buurt-rem));
  }

  .contact__kind {
    font-size: calc(0.875 * var(--_buurt-rem));
    color: var(--_color-muted);
  }

  .contact__open {
    font-weight: 600;
    color: var(--_color-success);
  }

  .contact__phone a,
  .contact__links a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
  }

  /* Space between the links, not after each: a margin after the only link took 1em of its line
     and broke 'Zadzwo|ń:' with large text on a phone. */
  .contact__links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_buurt-rem);
  }

  .contact__details summary {
    display: flex;
    align-items: center;
    min-block-size: var(--_target-size);
    color: var(--_color-link);
    cursor: pointer;
  }

  .hours {
    border-collapse: collapse;
    margin-block: calc(0.5 * var(--_buurt-rem));
  }

  .hours caption {
    text-align: start;
    font-weight: 600;
  }

  /* A day and its times are never broken inside the word (every word may break elsewhere:
     overflow-wrap: anywhere): beside two periods the table squeezed 'Maandag' to 'Maanda|g' on a
     320px phone. Where the two do not fit side by side (large text) the times go under the day;
     the roles keep it a table in WebKit (week-table.ts). */
  .contact__details-body {
    container-type: inline-size;
  }

  .hours th,
  .hours td {
    padding: calc(0.125 * var(--_buurt-rem)) var(--_buurt-rem) calc(0.125 * var(--_buurt-rem)) 0;
    text-align: start;
    font-weight: normal;
    overflow-wrap: normal;
  }

  @container (max-width: 15em) {
    .hours :is(th, td) {
      display: block;
      padding-block: 0;
    }

    .hours td {
      padding-inline-start: var(--_buurt-rem);
    }
  }

  /* The guide's secondary buttons (Toon op de kaart, Vorige, Opnieuw, print, link, languages): outlined in the primary colour. */
  .languages__button,
  .map-button,
  .nav-button,
  .tool {
    min-inline-size: var(--_target-size);
    padding: calc(0.5 * var(--_buurt-rem)) min(var(--_buurt-rem), var(--_pad));
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-primary);
    cursor: pointer;
  }

  /* The language choice: small, first, each name in its own script. */
  .languages__list {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(0.25 * var(--_buurt-rem)) calc(0.5 * var(--_buurt-rem));
    margin: 0 0 calc(0.5 * var(--_buurt-rem));
    padding: 0;
    list-style: none;
  }
  /* As "Snel weg": 'Nederland|s' broke at 200% on a 320px phone. */
  .languages__button {
    min-block-size: var(--_target-size);
    padding: calc(0.25 * var(--_buurt-rem)) min(calc(0.75 * var(--_buurt-rem)), max(calc(0.25 * var(--_buurt-rem)), 4vw));
    border-width: 1px;
    font: inherit;
  }
  .languages__button[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-background);
    font-weight: 700;
  }

  .summary {
    margin-block: var(--_space);
    padding: calc(0.75 * var(--_buurt-rem)) var(--_buurt-rem);
    background: var(--_color-surface);
    border-radius: var(--_radius);
  }

  .summary h4 {
    margin-block-start: 0;
  }

  .answers {
    margin: 0;
  }

  .answer + .answer {
    margin-block-start: calc(0.5 * var(--_buurt-rem));
  }

  .answers dt {
    color: var(--_color-muted);
  }

  .answers dd {
    margin: 0;
    font-weight: 600;
  }

  .private-note {
    margin: calc(0.75 * var(--_buurt-rem)) 0 0;
    font-size: calc(0.875 * var(--_buurt-rem));
    color: var(--_color-muted);
  }

  .tools,
  .step-nav {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.75 * var(--_buurt-rem));
    margin-block: var(--_space);
  }

  .share-link {
    display: grid;
    gap: calc(0.25 * var(--_buurt-rem));
    margin-block-end: var(--_space);
  }

  .share-link input {
    min-block-size: var(--_target-size);
    padding-inline: calc(0.5 * var(--_buurt-rem));
    font: inherit;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    .help {
      border-block-end-color: CanvasText;
    }
    .quick-exit__button,
    .choice {
      border-color: ButtonText;
    }
    /* Forced colours paint every button alike: the chosen language keeps more than bold. */
    .languages__button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    .help {
      position: static;
    }
    .quick-exit,
    .choices,
    .map-button,
    .step-nav,
    .tools,
    .share-link,
    .private-note {
      display: none !important;
    }
    /* Paper cannot be tapped: print where a link goes, and the number behind a call link. */
    a[href^='http']::after,
    a[href^='mailto:']::after {
      content: ' (' attr(href) ')';
      font-weight: normal;
    }
    .contact__details {
      display: block;
    }
    .contact__details > summary {
      display: none;
    }
    .contact__details::details-content {
      content-visibility: visible;
      display: block;
    }
    .contact {
      break-inside: avoid;
    }
  }
`;
