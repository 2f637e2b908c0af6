// The autoloader's build step. (1) Writes into the script-tag entry, per element tag, every chunk that element's module needs:
// its static imports, all the way down, plus chunks it will import at once (the map's Leaflet
// view). The autoloader (src/cdn.ts) turns the list into <link rel="modulepreload">, so the
// browser fetches the whole graph in parallel instead of discovering it one chunk at a time.
// (2) Writes src/cdn.css (the space elements take while loading) into the entry and beside
// it as buurtkit.css, so one file holds those sizes.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const PLACEHOLDER = /(["'`])__BUURTKIT_PRELOAD__\1/;
const CSS_PLACEHOLDER = /(["'`])__BUURTKIT_RESERVE_CSS__\1/;
const CSS_SOURCE = 'src/cdn.css';

/**
 * @param {Record<string, string[]>} modulesByTag tag → source modules (relative to the project)
 *   whose chunks, and their static imports, the tag needs.
 * @param {{ lowPriority?: string[] }} options source modules needed only after the element's
 *   first paint (the map's Leaflet view): their own chunks are preloaded at once too, but with
 *   `fetchpriority="low"`, so they do not hold up the chunks and the feed the first paint needs.
 */
export function autoloader(modulesByTag, { lowPriority = [] } = {}) {
  return {
    name: 'buurtkit-autoloader',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byModule = new Map();
      for (const chunk of chunks) {
        for (const id of Object.keys(chunk.modules)) byModule.set(relative(process.cwd(), id), chunk.fileName);
      }
      const closure = (file, seen) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const imported of bundle[file]?.imports ?? []) closure(imported, seen);
      };
      const entry = chunks.find((chunk) => PLACEHOLDER.test(chunk.code));
      if (!entry) this.error('The preload placeholder is missing from the entry (src/cdn.ts).');
      // What the entry already loads is never preloaded again.
      const loaded = new Set();
      closure(entry.fileName, loaded);
      const graph = {};
      for (const [tag, modules] of Object.entries(modulesByTag)) {
        const needed = new Set();
        for (const module of modules) {
          const file = byModule.get(module);
          if (!file) this.error(`No chunk holds ${module} (for <${tag}>).`);
          closure(file, needed);
        }
        graph[tag] = [...needed].filter((file) => !loaded.has(file)).map((file) => `./${file}`);
      }
      const firstPaint = new Set();
      for (const modules of Object.values(modulesByTag)) {
        for (const module of modules) if (!lowPriority.includes(module)) closure(byModule.get(module), firstPaint);
      }
      const low = new Set();
      for (const module of lowPriority) closure(byModule.get(module), low);
      const embedded = { ...graph, low: [...low].filter((file) => !firstPaint.has(file)).map((file) => `./${file}`) };
      entry.code = entry.code.replace(PLACEHOLDER, JSON.stringify(JSON.stringify(embedded)));
      const css = readFileSync(CSS_SOURCE, 'utf8');
      const minified = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{},;:]) ?/g, '$1').trim();
      if (!CSS_PLACEHOLDER.test(entry.code)) this.error('The reserve-CSS placeholder is missing from the entry (src/cdn.ts).');
      entry.code = entry.code.replace(CSS_PLACEHOLDER, JSON.stringify(minified));
      this.emitFile({ type: 'asset', fileName: 'buurtkit.css', source: css });
      // For scripts/size.mjs: what a page with each element loads on top of the entry.
      this.emitFile({ type: 'asset', fileName: 'preload.json', source: JSON.stringify(graph, null, 2) });
    },
  };
}
