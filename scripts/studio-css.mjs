// The studio's stylesheet: src/studio/studio.css first, then every other src/studio/**/*.css
// in path order (each section's own <name>.css). One concatenation for dist/studio/studio.css
// (Rollup plugin below) and for the test server's /studio.css, so tests see the real styles.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STUDIO = join(ROOT, 'src/studio');

function cssFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return cssFiles(path);
      return entry.name.endsWith('.css') ? [path] : [];
    });
}

/** The files in the order they are joined. */
export function studioCssFiles() {
  const base = join(STUDIO, 'studio.css');
  return [base, ...cssFiles(STUDIO).filter((file) => file !== base)];
}

/** The joined stylesheet, each part headed by its source path. */
export function studioCss() {
  return studioCssFiles()
    .map((file) => `/* ${relative(ROOT, file)} */\n${readFileSync(file, 'utf8').trimEnd()}\n`)
    .join('\n');
}

/** Rollup plugin: writes studio.css, index.html, the icon and the sample feed (voorbeeld.json) beside the studio's bundle. */
export function rollupStudioAssets() {
  return {
    name: 'buurtkit-studio-assets',
    buildStart() {
      for (const file of [...studioCssFiles(), join(STUDIO, 'index.html'), join(STUDIO, 'favicon.svg')]) this.addWatchFile(file);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'studio.css', source: studioCss() });
      this.emitFile({ type: 'asset', fileName: 'index.html', source: readFileSync(join(STUDIO, 'index.html'), 'utf8') });
      this.emitFile({ type: 'asset', fileName: 'favicon.svg', source: readFileSync(join(STUDIO, 'favicon.svg')) });
      // "Open de voorbeeldkaart": the demo's sample feed, from the studio's own folder.
      this.emitFile({ type: 'asset', fileName: 'voorbeeld.json', source: readFileSync(join(ROOT, 'demo/feeds/den-bosch.json')) });
    },
  };
}
