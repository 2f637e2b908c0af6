// Leaflet's CSS as a Lit CSSResult, generated from node_modules/leaflet/dist/leaflet.css by
// scripts/leaflet-css.mjs: the Rollup and web-test-runner plugins there resolve this id.
declare module 'buurtkit:leaflet.css' {
  import type { CSSResult } from 'lit';
  const styles: CSSResult;
  export default styles;
}
