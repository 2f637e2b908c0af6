import { css } from 'lit';
import detailsStyles from './details.styles.js';
import filterStyles from './filters.styles.js';
import listStyles from './list.styles.js';
import mapAreaStyles from './map-area.styles.js';

/** The frame, buttons and layout of `<buurt-map>`; the parts have their own sheets (see `styles` below). */
const base = css`
  :host {
    /* The whole element's height, filters and list included: the same before the feed arrives
       and after, so the page around never moves (layout shift). The list scrolls inside.
       A screen narrower than 20 of its em (large text on a phone) wraps the toolbar and legend
       to many lines: at 200% text on a 320px phone they left the map 128 to 226px of the 40em.
       There the element grows by three quarters of the width the screen lacks (240px), which
       src/cdn.css reserves as well, as the screen's width is known before the code runs. */
    --_map-height: var(--buurt-map-height, calc(40 * var(--_buurt-rem) + max(0px, 15 * var(--_buurt-rem) - 75vw)));
    --_map-background: var(--buurt-map-background, #eef1ee);
    --_color-informal: var(--buurt-color-informal, #8a3a00);
    --_color-volunteer: var(--buurt-color-volunteer, #1f5f8b);
    --_color-professional: var(--buurt-color-professional, #2d5a27);
    /* The layout follows the space the page gives us, not the window. */
    container: buurt-map / inline-size;
    /* Our layout work stays inside; the page around us never reflows for it. */
    contain: layout style;
    block-size: var(--_map-height);
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: calc(0.5 * var(--_buurt-rem));
    block-size: 100%;
  }

  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0;
  }

  p {
    margin: 0;
  }

  /* Buttons */

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(0.375 * var(--_buurt-rem));
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    padding: calc(0.5 * var(--_buurt-rem)) var(--_buurt-rem);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    cursor: pointer;
    text-align: center;
  }

  .button--secondary {
    background: var(--_color-background);
    color: var(--_color-primary);
  }

  .button--secondary[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  .button--link {
    border-color: transparent;
    background: transparent;
    color: var(--_color-link);
    text-decoration: underline;
    padding-inline: calc(0.25 * var(--_buurt-rem));
  }
  /* Count and Kaart | Lijst switch */

  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(0.5 * var(--_buurt-rem));
    min-block-size: 1.5em;
  }

  .count {
    font-weight: 600;
  }

  .switch {
    display: none;
    /* Large text on a phone: "Lijst" goes under "Kaart" instead of being cut off. */
    flex-wrap: wrap;
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .switch button {
    flex: 1 1 auto;
    min-inline-size: calc(5 * var(--_buurt-rem));
    padding: calc(0.25 * var(--_buurt-rem)) var(--_buurt-rem);
    border: 0;
    background: var(--_color-background);
    color: var(--_color-primary);
    cursor: pointer;
  }

  .switch button[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }

  /* Forced colours paint every button alike: what is on (Lijst, Bij mij in de buurt) keeps more than bold. */
  @media (forced-colors: active) {
    .switch button[aria-pressed='true'],
    .button--secondary[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }

  /* Layout: list and map side by side when there is room, one of them (by choice) when not. */

  .body {
    display: grid;
    gap: var(--_space);
    /* What is left of the element's height, for the list and the map; never more. */
    flex: 1 1 0;
    min-block-size: 0;
    grid-auto-rows: minmax(0, 1fr);
  }

  /* var() cannot stand in a query; em here is the container's (the element's) text size, which is
     --_buurt-rem. */
  @container buurt-map (min-width: 48em) {
    .body {
      grid-template-columns: minmax(calc(16 * var(--_buurt-rem)), 2fr) 3fr;
    }
  }

  @container buurt-map (max-width: 47.99em) {
    .switch {
      display: inline-flex;
    }

    .body[data-view='list'] .map-panel {
      display: none;
    }

    .body[data-view='map']:not([data-details]) .side {
      display: none;
    }

    /* Open filters do not fit in the element's height on a phone: they ran over the page below.
       The frame scrolls instead, with room kept for the list or map under them, and padding
       for the focus rings that its scrolling box would cut off. */
    .frame[data-filters] {
      overflow-y: auto;
      padding-inline: 6px;
    }

    /* Nothing shrinks under its content there (the count and Kaart | Lijst ran into the list). */
    .frame[data-filters] > * {
      flex-shrink: 0;
    }

    .frame[data-filters] .body {
      min-block-size: calc(16 * var(--_buurt-rem));
    }
  }

  .side {
    min-inline-size: 0;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  /* Until the feed is there only "Laden…" shows: a notice above the filters (sample data, a
     cached copy) may come with the feed, and what was already on screen would then move. */
  .frame[data-loading] {
    visibility: hidden;
  }

  .frame[data-loading] .placeholder {
    visibility: visible;
  }

  .placeholder {
    color: var(--_color-muted);
  }

  .list-title {
    font-size: 1.125em;
    margin-block-end: calc(0.5 * var(--_buurt-rem));
  }
`;

/** After the part sheets, whose rules these change. */
const narrow = css`
  /* A narrow element (a phone, or a page's narrow column) has the height of a wide one, and
     the search and buttons took half of it at 320px, leaving the map 131px. Here they pack
     into two rows: "Zoeken" beside its field (the hint under it), then "Nu open", "Bij mij
     in de buurt" (on two lines) and "Filters" side by side. Targets stay 44px; em in the query
     is the element's text size, so at 200% text a phone gets this layout too. */
  @container buurt-map (max-width: 30em) {
    .filters,
    .field--search {
      flex-flow: row wrap;
      align-items: center;
      gap: calc(0.25 * var(--_buurt-rem)) calc(0.375 * var(--_buurt-rem));
    }

    .filters__row,
    .filters__buttons {
      display: contents;
    }

    .field--search {
      flex-basis: 100%;
    }

    /* A field's own width (about 20 characters) would push it out of a narrow element. */
    .field--search input {
      flex: 1 1 calc(9 * var(--_buurt-rem));
      min-inline-size: 0;
    }

    .field--search .hint {
      flex-basis: 100%;
    }

    /* Wider than that for a longer word: Turkish 'Yakınımda' broke to 'Yakınımd|a'. */
    .filters__buttons .button {
      max-inline-size: calc(5.75 * var(--_buurt-rem));
      min-inline-size: min-content;
      overflow-wrap: break-word;
      padding: 0 calc(0.375 * var(--_buurt-rem));
      line-height: 1.15;
    }

    .check {
      gap: calc(0.375 * var(--_buurt-rem));
    }

    /* The location message and the open filters take a row of their own, after the buttons. */
    .geo-message,
    .more[open] {
      flex-basis: 100%;
      order: 1;
    }

    /* The count takes two lines beside the switch rather than a row above it. */
    .count {
      flex: 1 1 calc(8 * var(--_buurt-rem));
    }

    .switch button {
      min-inline-size: 0;
      padding-inline: calc(0.5 * var(--_buurt-rem));
    }

    /* The three kinds and the attribution, one a line, without space between the lines. */
    .legend,
    .legend__list {
      row-gap: 0;
      line-height: 1.3;
    }

    /* The offer of the map with streets takes the map's width: its margins and padding left
       the button's words 104px at 200% text on a 320px phone ('strate|n'). */
    .tiles-offer {
      inset: auto 0 0;
      max-block-size: 100%;
      padding: calc(0.25 * var(--_buurt-rem));
    }

    .tiles-offer .button {
      padding-inline: calc(0.5 * var(--_buurt-rem));
    }

    /* At 200% text on a 320px phone the legend under the smallest map (8rem) still ran 70px
       over the page below: there the map gives way to it, down to 4rem, and never so far that
       its two zoom buttons are cut off. */
    .map-area {
      min-block-size: max(calc(4 * var(--_buurt-rem)), calc(2 * var(--_target-size) + 1rem));
    }
  }
`;

/** Last, so nothing of the part sheets shows on paper. */
const print = css`
  @media print {
    /* On paper the whole list, not the part that fits the element's height on screen. */
    :host {
      block-size: auto;
    }

    .side {
      overflow: visible;
    }

    .map-panel,
    .filters,
    .switch,
    .more-button {
      display: none;
    }
  }
`;

/** Base first: the part sheets refine it. */
export default [base, filterStyles, listStyles, detailsStyles, mapAreaStyles, narrow, print];
