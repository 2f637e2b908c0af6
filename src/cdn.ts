/**
 * The script-tag build: an autoloader, as Shoelace's and Web Awesome's are. It registers
 * nothing up front. An initial scan and a MutationObserver find `buurt-*` tags that are not
 * defined yet, and for each kind of element start every request it will need at once:
 *  - its own module, and every chunk that module imports (and for the map, Leaflet's chunk),
 *    as `<link rel="modulepreload">`, so no chunk waits for another to be parsed or run;
 *  - the translation of its language (its own or the nearest `lang`), unless that is Dutch;
 *  - its feed (`src`), through the shared one-request-per-URL fetch (src/feed/fetch.ts), so
 *    the feed does not wait for the element's code. Only fetching and parsing live here: the
 *    loader and the validator are in the chunks the elements share, preloaded with them.
 * A page with only a guide loads only the guide's code; a page without elements loads only
 * this file. Until an element's code has run, a stylesheet from here gives it the space it
 * will take, so the page does not move when it arrives.
 */
import { findLanguage } from './base/find-language.js';
import { cleanUrlAttribute } from './base/url-attribute.js';
import { prefetchFeed } from './feed/fetch.js';
import { loadTranslation } from './translations/registry.js';

export { registerTranslation, registerTranslationLoader } from './translations/registry.js';
export { VERSION } from './version.js';

type Tag = 'buurt-map' | 'buurt-guide' | 'buurt-signup';

const LOADERS: Record<Tag, () => Promise<unknown>> = {
  'buurt-map': () => import('./components/map/map.js'),
  'buurt-guide': () => import('./components/guide/guide.js'),
  'buurt-signup': () => import('./components/signup/signup.js'),
};
const TAGS = Object.keys(LOADERS) as Tag[];

/**
 * Per tag, the chunks its module needs (statically imported, plus the map's Leaflet view),
 * relative to this file; `low`: those needed only after the element's first paint (Leaflet:
 * the map draws its first markers without it). scripts/rollup-autoloader.mjs writes them in
 * at build time; unbuilt, the placeholder does not parse and nothing is preloaded (the
 * imports still work).
 */
const PRELOAD = '__BUURTKIT_PRELOAD__';

type PreloadGraph = Partial<Record<Tag | 'low', string[]>>;

function preloadGraph(): PreloadGraph {
  try {
    const graph: unknown = JSON.parse(PRELOAD);
    return typeof graph === 'object' && graph !== null ? (graph as PreloadGraph) : {};
  } catch {
    return {};
  }
}

/**
 * An element whose code has not run yet is an unknown inline tag without height. src/cdn.css
 * (also shipped as buurtkit.css, for the first paint) gives it the space it will take;
 * scripts/rollup-autoloader.mjs writes it in here at build time.
 */
const RESERVE = '__BUURTKIT_RESERVE_CSS__';

/** A constructed stylesheet, which a strict Content-Security-Policy allows (a <style> it may not). */
function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // An old browser without constructed stylesheets: the elements reserve their space once defined.
  }
}

const loading = new Map<Tag, Promise<unknown>>();
const preloaded = new Set<string>();

function preload(tag: Tag): void {
  const graph = preloadGraph();
  for (const file of graph[tag] ?? []) {
    if (preloaded.has(file)) continue;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    // Requested now all the same, but after what the first paint needs: a browser opens six
    // connections to one HTTP/1.1 host, and the feed and the element's own chunks go first.
    if (graph.low?.includes(file)) link.fetchPriority = 'low';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}

/** Loads and registers one element; safe to call again (and with a tag another copy defined). */
function load(tag: Tag): Promise<unknown> {
  let module = loading.get(tag);
  if (!module) {
    if (typeof document !== 'undefined') preload(tag);
    module = LOADERS[tag]();
    loading.set(tag, module);
  }
  return module;
}

/** Loads and registers `<buurt-map>`; pages that create maps from script may call it up front. */
export function loadMap(): Promise<unknown> {
  return load('buurt-map');
}

/** Loads and registers every element, for pages that create them from script. */
export function loadAll(): Promise<unknown> {
  return Promise.all(TAGS.map(load));
}

function discover(element: Element): void {
  const tag = element.localName as Tag;
  if (!(tag in LOADERS)) return;
  // One URL only: several sources (or other formats) are the element's own business.
  const src = cleanUrlAttribute(element.getAttribute('src'));
  if (src && !/\s/.test(src)) {
    try {
      prefetchFeed(new URL(src, document.baseURI).href);
    } catch {
      // Not a URL: the element reports that itself.
    }
  }
  if (!customElements.get(tag)) void load(tag);
  // A page in another language needs that translation before the element's first render:
  // fetched now, beside the element's code, not once that code has run (Dutch is built in).
  void loadTranslation(findLanguage(element));
}

function scan(root: ParentNode): void {
  for (const element of root.querySelectorAll(TAGS.join(','))) discover(element);
}

function watch(): void {
  reserveSpace();
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        discover(node as Element);
        scan(node as Element);
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') watch();
