// Two outputs from one source (see STYLE.md §14):
//  - dist/esm: unbundled ES modules for npm users (dependencies stay bare imports); their type
//    declarations come from tsc, which also type-checks before Rollup runs (`npm run build`);
//  - dist/cdn: one minified file for the script tag, with the map element and Leaflet in chunks
//    that only a page with a <buurt-map> downloads;
//  - dist/studio: the studio (issue 12), a static page with its own entry: index.html, studio.css
//    and studio.js with its chunks side by side (relative URLs, so it works from any folder). Its
//    code is in no other output.
import { readFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { relative } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { esbuildTypeScript } from './scripts/rollup-esbuild.mjs';
import { rollupLeafletCss } from './scripts/leaflet-css.mjs';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';
import { thirdPartyLicenses } from './scripts/licenses.mjs';
import { autoloader } from './scripts/rollup-autoloader.mjs';
import { rollupStudioAssets } from './scripts/studio-css.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** Writes which chunk imports which (and holds which modules), so the size check knows what each kind of page loads. */
function chunkManifest() {
  return {
    name: 'buurtkit-chunk-manifest',
    generateBundle(_options, bundle) {
      const chunks = {};
      for (const [fileName, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // The source modules too, so the size check can find the chunk a page imports later on its own.
        const modules = Object.keys(chunk.modules).map((id) => relative(process.cwd(), id));
        chunks[fileName] = { isEntry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports, modules };
      }
      this.emitFile({ type: 'asset', fileName: 'chunks.json', source: JSON.stringify(chunks, null, 2) });
    },
  };
}

/** The feed's JSON Schema ships beside the code, so editors' tools can validate against it. */
function copySchema() {
  return {
    name: 'buurtkit-copy-schema',
    writeBundle() {
      mkdirSync('dist', { recursive: true });
      copyFileSync('src/feed/feed.schema.json', 'dist/feed.schema.json');
    },
  };
}

/**
 * The two bundles a browser loads as they are, the script tag's (dist/cdn) and the studio's
 * (dist/studio): flat beside their entry, so a URL made from import.meta.url means the same in
 * every chunk, with Leaflet in a chunk of its own that only a page drawing a map fetches.
 */
function browserOutput(dir) {
  return {
    dir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
    manualChunks(id) {
      if (/node_modules\/leaflet\//.test(id)) return 'leaflet';
    },
  };
}

/** Resolved for browsers and minified; `extra` runs after the chunk manifest, before the licence notice. */
function browserPlugins(...extra) {
  return [
    nodeResolve({ exportConditions: ['production'], browser: true }),
    rollupLeafletCss(),
    // papaparse (only in the lazy CSV chunk) ships as CommonJS; its Node streams are never used here.
    commonjs({ include: /node_modules\/papaparse\//, ignore: ['stream'] }),
    esbuildTypeScript(),
    minifyTemplates(),
    terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
    chunkManifest(),
    ...extra,
    // After terser: LICENSES.txt beside the bundle, and a first line pointing at it.
    thirdPartyLicenses(),
  ];
}

export default [
  {
    input: [
      'src/index.ts',
      'src/feed/index.ts',
      'src/define.ts',
      ...['map', 'guide', 'signup'].flatMap((name) => [`src/components/${name}/${name}.ts`, `src/components/${name}/${name}.component.ts`]),
    ],
    external: isDependency,
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [rollupLeafletCss(), esbuildTypeScript(), copySchema()],
  },
  {
    input: { buurtkit: 'src/cdn.ts' },
    // The entry may export more than src/cdn.ts does (what the element chunks share with it:
    // the feed fetch, the cache, the translation registry), so buurtkit.js holds those itself,
    // not a two-line file that imports them: nothing waits on a second round trip.
    preserveEntrySignatures: 'allow-extension',
    output: browserOutput('dist/cdn'),
    plugins: browserPlugins(
      autoloader({
        'buurt-map': ['src/components/map/map.ts', 'src/components/map/leaflet-view.ts'],
        'buurt-guide': ['src/components/guide/guide.ts'],
        'buurt-signup': ['src/components/signup/signup.ts'],
      }, { lowPriority: ['src/components/map/leaflet-view.ts'] }),
    ),
  },
  {
    // The check Worker is an entry of its own: main.ts starts it by URL, beside studio.js.
    input: { studio: 'src/studio/main.ts', 'check-worker': 'src/studio/model/check-worker.ts' },
    output: browserOutput('dist/studio'),
    plugins: browserPlugins(rollupStudioAssets()),
  },
];
