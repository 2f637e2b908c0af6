import { css } from 'lit';

export default css`
  :host {
    --_map-height: var(--buurt-map-height, 28rem);
    --_map-background: var(--buurt-map-background, #eef1ee);
    --_color-informal: var(--buurt-color-informal, #8a3a00);
    --_color-volunteer: var(--buurt-color-volunteer, #1f5f8b);
    --_color-professional: var(--buurt-color-professional, #2d5a27);
    /* The layout follows the space the page gives us, not the window. */
    container: buurt-map / inline-size;
    /* Our layout work stays inside; the page around us never reflows for it. */
    contain: layout style;
    min-block-size: var(--_map-height);
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
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
    gap: 0.375rem;
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    padding: 0.5rem 1rem;
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
    padding-inline: 0.25rem;
  }

  /* Filters */

  .filters {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  .filters__row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
  }

  .filters__buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }

  .field--search {
    flex: 1 1 14rem;
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
    padding: 0.375rem 0.5rem;
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
    gap: 0.5rem;
    min-block-size: var(--_target-size);
    cursor: pointer;
  }

  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }

  .geo-message:empty {
    display: none;
  }

  .more summary {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--_target-size);
    cursor: pointer;
    font-weight: 600;
    inline-size: fit-content;
    list-style: none;
  }

  .more summary::-webkit-details-marker {
    display: none;
  }

  /* A flex summary loses the browser's triangle; this one turns when the filters open. */
  .more summary::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }

  .more[open] summary::before {
    transform: rotate(45deg);
  }

  .more__grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem 1rem;
    margin-block: 0.25rem 0.5rem;
  }

  .badge {
    font-weight: normal;
  }

  /* Count and Kaart | Lijst switch */

  .status-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    min-block-size: 1.5em;
  }

  .count {
    font-weight: 600;
  }

  .switch {
    display: none;
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .switch button {
    min-inline-size: 5rem;
    padding: 0.25rem 1rem;
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

  /* Layout: list and map side by side when there is room, one of them (by choice) when not. */

  .body {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }

  @container buurt-map (min-width: 48rem) {
    .body {
      grid-template-columns: minmax(16rem, 2fr) 3fr;
    }

    .map-panel {
      position: sticky;
      inset-block-start: 0;
    }
  }

  @container buurt-map (max-width: 47.99rem) {
    .switch {
      display: inline-flex;
    }

    .body[data-view='list'] .map-panel {
      display: none;
    }

    .body[data-view='map']:not([data-details]) .side {
      display: none;
    }
  }

  .side {
    min-inline-size: 0;
  }

  .placeholder {
    min-block-size: var(--_map-height);
    color: var(--_color-muted);
  }

  .list-title {
    font-size: 1.125em;
    margin-block-end: 0.5rem;
  }

  /* List */

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
  }

  .item {
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_color-border);
  }

  .item__title {
    font-size: 1em;
  }

  .item__open {
    display: block;
    inline-size: 100%;
    min-block-size: var(--_target-size);
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .item__open:hover {
    text-decoration-thickness: 3px;
  }

  .item__line {
    font-size: 0.9375em;
  }

  /* The words say open or closed; a colour would only repeat it for some readers. */
  .item__open-status {
    font-weight: 600;
  }

  .no-location {
    font-style: italic;
    color: var(--_color-muted);
  }

  .more-button {
    margin-block-start: 0.75rem;
    inline-size: 100%;
  }

  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
    padding: var(--_space);
    background: var(--_color-surface);
    border-radius: var(--_radius);
  }

  /* Kind shapes: shape and text, never colour alone. */

  .kind {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }

  .kind-shape {
    display: inline-block;
    flex: none;
    inline-size: 0.875rem;
    block-size: 0.875rem;
    border: 2px solid #fff;
    outline: 1px solid currentColor;
  }

  .kind-shape--informal-initiative {
    border-radius: 50%;
    background: var(--_color-informal);
  }

  .kind-shape--volunteer-organisation {
    background: var(--_color-volunteer);
    transform: rotate(45deg) scale(0.85);
  }

  .kind-shape--professional-service {
    background: var(--_color-professional);
  }

  /* Details */

  .details {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  .details__bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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
    gap: 0.25rem;
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

  .week th,
  .week td {
    padding: 0.125rem 1rem 0.125rem 0;
    text-align: start;
    vertical-align: top;
  }

  .week th {
    font-weight: normal;
  }

  .activities,
  .exceptions,
  .contact {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .activities {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  .activity {
    padding-inline-start: 0.75rem;
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

  /* Map */

  .map-panel {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }

  .map-area {
    position: relative;
    block-size: var(--_map-height);
    background: var(--_map-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .leaflet-host {
    position: absolute;
    inset: 0;
    /* A map does not mirror in right-to-left pages; Leaflet's controls assume left to right. */
    direction: ltr;
    background: var(--_map-background);
    font: inherit;
  }

  .leaflet-host:focus-visible {
    outline-offset: -4px;
  }

  .overlay {
    position: absolute;
    inset: 0;
    z-index: 1000;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    padding: var(--_space);
    text-align: center;
    background: var(--_map-background);
  }

  .overlay--quiet {
    color: var(--_color-muted);
  }

  .overlay__title {
    font-size: 1.125em;
  }

  .tiles-failed {
    position: absolute;
    z-index: 900;
    inset-inline: 0.5rem;
    inset-block-end: 0.5rem;
    padding: 0.25rem 0.5rem;
    background: var(--_color-background);
    border-inline-start: 4px solid var(--_color-danger);
    font-size: 0.875em;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    font-size: 0.875em;
  }

  .legend__list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend__list li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }

  .attribution {
    color: var(--_color-muted);
  }

  /* Markers (inside Leaflet's panes, in our shadow root) */

  .buurt-marker,
  .buurt-cluster {
    background: none;
    border: 0;
  }

  .marker {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: 100%;
    color: #fff;
    font: 700 0.8125rem/1 var(--_font-family);
  }

  .marker__shape {
    position: absolute;
    inset: 3px;
    border: 2px solid #fff;
    box-shadow: 0 0 0 1px rgb(0 0 0 / 0.6), 0 1px 3px rgb(0 0 0 / 0.4);
  }

  .marker__letter {
    position: relative;
  }

  .marker--informal-initiative .marker__shape {
    border-radius: 50%;
    background: var(--_color-informal);
  }

  .marker--volunteer-organisation .marker__shape {
    inset: 6px;
    background: var(--_color-volunteer);
    transform: rotate(45deg);
  }

  .marker--professional-service .marker__shape {
    inset: 4px;
    border-radius: 2px;
    background: var(--_color-professional);
  }

  .is-selected .marker__shape {
    box-shadow: 0 0 0 3px var(--_color-focus), 0 0 0 6px var(--_color-focus-background);
  }

  .cluster {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: 100%;
    border-radius: 50%;
    background: var(--_color-background);
    color: var(--_color-text);
    border: 3px solid var(--_color-primary);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.4);
    font: 700 0.875rem/1 var(--_font-family);
    cursor: pointer;
  }

  .buurt-tooltip {
    font: 0.875rem/1.3 var(--_font-family);
    color: var(--_color-text);
  }

  /* Leaflet's controls at our target size. */
  .leaflet-touch .leaflet-bar a,
  .leaflet-bar a {
    inline-size: var(--_target-size);
    block-size: var(--_target-size);
    line-height: var(--_target-size);
    font-size: 1.5rem;
    color: var(--_color-text);
  }

  .leaflet-container {
    font-family: var(--_font-family);
    background: var(--_map-background);
  }

  @media (forced-colors: active) {
    .marker__shape,
    .kind-shape,
    .cluster {
      forced-color-adjust: none;
    }
  }

  @media print {
    .map-panel,
    .filters,
    .switch,
    .more-button {
      display: none;
    }
  }
`;
