// Leaflet's stylesheet for <buurt-map>'s shadow root, made from the installed
// node_modules/leaflet/dist/leaflet.css each time the kit is built or tested, so an update of
// Leaflet cannot leave an old copy behind. It reaches the code as the module
// `buurtkit:leaflet.css` (declared for TypeScript in src/components/map/leaflet-css.d.ts),
// served by the Rollup plugin and the web-test-runner plugin below; there is no file to keep.
//
// The one change: every declaration that loads a file (`url(...)`: the layers-control and
// default-marker images, IE's VML behaviour) is left out, and so is a rule left empty by it.
// Markers are divIcons and there is no layers control, and under
// `Content-Security-Policy: default-src 'self'` such a URL would be a violation (or a request
// to wherever the page's base URL points). The kit's own adjustments are in
// src/components/map/leaflet.styles.ts, after this sheet.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The import specifier the source uses. */
export const LEAFLET_CSS_ID = 'buurtkit:leaflet.css';
const RESOLVED_ID = '\0buurtkit-leaflet.css.js';

const require = createRequire(import.meta.url);

/** The path of the installed Leaflet's stylesheet. */
export function leafletCssPath() {
  return require.resolve('leaflet/dist/leaflet.css');
}

/** The declarations of a rule body: split at `;`, but not inside quotes or brackets (data: URLs). */
function declarations(body) {
  const parts = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ';' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** Leaflet's CSS without anything that loads a file. */
export function stripFileLoads(cssText) {
  // Innermost blocks only: `@media print { … }` keeps its braces, its rules are handled one by one.
  const withoutUrls = cssText.replace(/([^{}]*)\{([^{}]*)\}/g, (rule, selector, body) => {
    if (!/url\(/i.test(body)) return rule;
    const kept = declarations(body)
      .filter((declaration) => !/url\(/i.test(declaration))
      .join(';');
    // A rule with no declaration left goes, with the comment above it.
    if (!/[a-z-]+\s*:/i.test(kept.replace(/\/\*[\s\S]*?\*\//g, ''))) return '';
    return `${selector}{${kept}}`;
  });
  if (/url\(/i.test(withoutUrls)) throw new Error('leaflet-css: a url( survived; check the new leaflet.css by hand');
  return withoutUrls;
}

/** Comments and spaces out, as the build's template minifier does for the kit's own css``. */
export function minifyCss(cssText) {
  return cssText
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** The ES module that exports Leaflet's CSS as a Lit `CSSResult`. */
export function leafletCssModule(path = leafletCssPath()) {
  const cssText = minifyCss(stripFileLoads(readFileSync(path, 'utf8')));
  const version = JSON.parse(readFileSync(require.resolve('leaflet/package.json'), 'utf8')).version;
  // unsafeCSS: the text is Leaflet's own stylesheet, read at build time, never page or feed data.
  return [
    `// Generated from leaflet ${version} dist/leaflet.css by scripts/leaflet-css.mjs; do not edit.`,
    `import { unsafeCSS } from 'lit';`,
    `export default unsafeCSS(${JSON.stringify(cssText)});`,
    '',
  ].join('\n');
}

/** Rollup: resolves `buurtkit:leaflet.css` to the generated module. @returns {import('rollup').Plugin} */
export function rollupLeafletCss() {
  return {
    name: 'buurtkit-leaflet-css',
    resolveId(source) {
      return source === LEAFLET_CSS_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(leafletCssPath());
      return leafletCssModule();
    },
  };
}

/** web-test-runner / web-dev-server: the same module, at a path of its own. */
export function devServerLeafletCss() {
  const path = '/__buurtkit__/leaflet.css.js';
  return {
    name: 'buurtkit-leaflet-css',
    resolveImport({ source }) {
      return source === LEAFLET_CSS_ID ? path : undefined;
    },
    serve(context) {
      if (context.path === path) return { body: leafletCssModule(), type: 'js' };
      return undefined;
    },
  };
}

// `node scripts/leaflet-css.mjs` prints the generated module, to look at it.
if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(leafletCssModule());
