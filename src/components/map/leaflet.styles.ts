import { css } from 'lit';
// Leaflet's own leaflet.css, made from the installed package at build and test time by
// scripts/leaflet-css.mjs (without the rules that load image files): a Leaflet update
// cannot leave an old copy behind. In the shadow root, page CSS cannot reach our map and
// ours does not leak out, and a strict CSP (`default-src 'self'`) needs no external stylesheet.
import leafletCss from 'buurtkit:leaflet.css';

/**
 * What the kit changes in Leaflet's look, after Leaflet's sheet. (The images Leaflet's CSS
 * points at are left out by the generator: markers are our own elements (marker-dom.ts) and there is no layers control.)
 */
const overrides = css`
  /* The zoom buttons at our target size (44px), in the text colour. */
  .leaflet-touch .leaflet-bar a,
  .leaflet-bar a {
    inline-size: var(--_target-size);
    block-size: var(--_target-size);
    line-height: var(--_target-size);
    font-size: calc(1.5 * var(--_buurt-rem));
    color: var(--_color-text);
  }

  /* The page's font, and a calm background where there are no tiles (or before they load). */
  .leaflet-container {
    font-family: var(--_font-family);
    background: var(--_map-background);
  }
`;

export default [leafletCss, overrides];
