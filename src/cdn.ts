/**
 * The script-tag build. The guide and the form are in this file; the map (and Leaflet, in
 * a chunk of its own) is fetched only when a `<buurt-map>` appears on the page, so a page
 * with just a guide or a form never pays for it.
 */
import './components/guide/guide.js';
import './components/signup/signup.js';

export { registerTranslation, registerTranslationLoader } from './translations/registry.js';
export { VERSION } from './version.js';

let mapModule: Promise<unknown> | undefined;

/** Loads and registers `<buurt-map>`; pages that create maps from script may call it up front. */
export function loadMap(): Promise<unknown> {
  mapModule ??= import('./components/map/map.js');
  return mapModule;
}

function watchForMaps(): void {
  if (document.querySelector('buurt-map')) {
    void loadMap();
    return;
  }
  const observer = new MutationObserver(() => {
    if (document.querySelector('buurt-map')) {
      observer.disconnect();
      void loadMap();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') watchForMaps();
