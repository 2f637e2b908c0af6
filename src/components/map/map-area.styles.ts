import { css } from 'lit';
import { PLACE_MARKER_SIZE } from './marker-dom.js';

/** The map panel: Leaflet host, overlays, legend, markers and clusters (inside Leaflet's panes, in our shadow root). */
export default css`
  /* Map */

  .map-panel {
    display: flex;
    flex-direction: column;
    gap: calc(0.25 * var(--_buurt-rem));
    min-inline-size: 0;
    min-block-size: 0;
  }

  /* The map takes the panel's height less the legend (the element's height is fixed). */
  .map-area {
    position: relative;
    flex: 1 1 0;
    min-block-size: calc(8 * var(--_buurt-rem));
    background: var(--_map-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .leaflet-host {
    position: absolute;
    inset: 0;
    /* Markers come and go on every pan and zoom: without this, each change lays out the
       whole element (list included) and the page around it again. */
    contain: strict;
    /* A map does not mirror in right-to-left pages; Leaflet's controls assume left to right. */
    direction: ltr;
    background: var(--_map-background);
    font: inherit;
  }

  /* The markers drawn before Leaflet has loaded (first-view.ts), over the empty Leaflet host. */
  .first-view {
    position: absolute;
    inset: 0;
    contain: strict;
    direction: ltr;
    pointer-events: none;
  }

  .first-view > * {
    pointer-events: auto;
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
    gap: calc(0.75 * var(--_buurt-rem));
    padding: var(--_space);
    text-align: center;
    background: var(--_map-background);
  }

  .overlay--quiet {
    color: var(--_color-muted);
  }

  /* The choice about the third party's map with streets, over the plain background. */
  .tiles-offer {
    position: absolute;
    z-index: 1000;
    inset-inline: calc(0.5 * var(--_buurt-rem));
    inset-block-end: calc(0.5 * var(--_buurt-rem));
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(0.25 * var(--_buurt-rem));
    max-inline-size: calc(32 * var(--_buurt-rem));
    /* Never taller than the map: on a 320px phone in English, Polish or Ukrainian (at 200% text
       in every language) it ran over the map's top edge, which cut off the button. Its why
       scrolls instead. */
    max-block-size: calc(100% - var(--_buurt-rem));
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: calc(0.5 * var(--_buurt-rem)) calc(0.75 * var(--_buurt-rem));
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-radius: 4px;
  }

  .tiles-offer .hint {
    margin: 0;
  }

  /* Whole, scrolled rather than squeezed. */
  .tiles-offer > * {
    flex-shrink: 0;
  }

  .tiles-hide {
    position: absolute;
    z-index: 1000;
    inset-inline-end: calc(0.5 * var(--_buurt-rem));
    inset-block-start: calc(0.5 * var(--_buurt-rem));
  }

  .tiles-failed {
    position: absolute;
    z-index: 900;
    inset-inline: calc(0.5 * var(--_buurt-rem));
    inset-block-end: calc(0.5 * var(--_buurt-rem));
    padding: calc(0.25 * var(--_buurt-rem)) calc(0.5 * var(--_buurt-rem));
    background: var(--_color-background);
    border-inline-start: 4px solid var(--_color-danger);
    font-size: 0.875em;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(0.25 * var(--_buurt-rem)) var(--_buurt-rem);
    font-size: 0.875em;
  }

  .legend__list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_buurt-rem)) var(--_buurt-rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend__list li {
    display: flex;
    align-items: center;
    gap: calc(0.375 * var(--_buurt-rem));
  }

  .attribution {
    color: var(--_color-muted);
  }

  /* Markers (inside Leaflet's panes, in our shadow root). Each marker is one element
     (marker-dom.ts), moved to its point with a transform and centred there by its margins.
     Rules here match every marker of a pan or zoom: they use no var() in shorthands, no
     blurred shadows and no flex for place markers, which all cost each marker in that frame. */

  .marker,
  .cluster {
    position: absolute;
    left: 0;
    top: 0;
    /* A stacking context of its own (Leaflet's inline z-index does the same), so the shape
       drawn below the letter stays above the map. */
    z-index: 0;
    font-weight: 700;
    line-height: 1;
  }

  .marker {
    inline-size: ${PLACE_MARKER_SIZE}px;
    block-size: ${PLACE_MARKER_SIZE}px;
    margin: ${-PLACE_MARKER_SIZE / 2}px 0 0 ${-PLACE_MARKER_SIZE / 2}px;
    line-height: ${PLACE_MARKER_SIZE}px;
    text-align: center;
    color: #fff;
    font-size: calc(0.8125 * var(--_buurt-rem));
  }

  /* The kind's shape, below the letter; a crisp dark edge around the white border instead of a blurred shadow. */
  .marker::before {
    content: '';
    position: absolute;
    z-index: -1;
    inset: 3px;
    border: 2px solid #fff;
    outline: 1px solid rgb(0 0 0 / 0.6);
  }

  .marker--informal-initiative::before {
    border-radius: 50%;
    background: var(--_color-informal);
  }

  .marker--volunteer-organisation::before {
    inset: 6px;
    background: var(--_color-volunteer);
    transform: rotate(45deg);
  }

  .marker--professional-service::before {
    inset: 4px;
    border-radius: 2px;
    background: var(--_color-professional);
  }

  /* The marker under the pointer in front of the others (Leaflet's riseOnHover, without listeners). */
  .marker:hover {
    z-index: 100000 !important;
  }

  .marker.is-selected::before {
    box-shadow: 0 0 0 3px var(--_color-focus), 0 0 0 6px var(--_color-focus-background);
  }

  /* Its size and margins are inline, by its count (marker-dom.ts). */
  .cluster {
    display: flex;
    align-items: center;
    justify-content: center;
    border-radius: 50%;
    background: var(--_color-background);
    color: var(--_color-text);
    border: 3px solid var(--_color-primary);
    outline: 1px solid rgb(0 0 0 / 0.4);
    font-size: calc(0.875 * var(--_buurt-rem));
    /* Sized in px by its count: at 200% text "14" broke into "1" over "4". */
    white-space: nowrap;
    cursor: pointer;
  }

  .buurt-tooltip {
    font: calc(0.875 * var(--_buurt-rem))/1.3 var(--_font-family);
    color: var(--_color-text);
  }

  /* Shapes and letters keep their colours in forced-colors mode: the shapes tell the kinds apart. */
  @media (forced-colors: active) {
    .marker,
    .kind-shape,
    .cluster {
      forced-color-adjust: none;
    }
  }
`;
