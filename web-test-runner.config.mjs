// Browser tests, against real HTTP routes on 127.0.0.1, in the engine named by BUURTKIT_ENGINE:
// chromium (the default, so `npx wtr --files …` stays quick), firefox or webkit.
// `npm test` runs all three one after another (scripts/test-browsers.mjs); the engines
// themselves are Debian's packages, set up in scripts/engines.mjs.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { testRoutes } from './test/server/index.mjs';
import { engineLauncher, engineSettings, selectedEngine } from './scripts/engines.mjs';
import { devServerLeafletCss } from './scripts/leaflet-css.mjs';
import { forcedColorsPlugin } from './test/harness/forced-colors-plugin.mjs';
import { viewportPlugin } from './test/harness/viewport-plugin.mjs';
import { finishedFilesReporter } from './test/harness/finished-files-reporter.mjs';
import './test/harness/stop-witness.mjs';

const commonjs = fromRollup(rollupCommonjs);
const engine = selectedEngine();

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: Number(process.env.BUURTKIT_CONCURRENCY ?? engineSettings[engine].concurrency),
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: engineSettings[engine].testTimeout } },
  testsFinishTimeout: 15 * 60 * 1000,
  // The tests run Lit's development build on purpose (its extra checks); its notice about that,
  // once per test file in every engine, would bury the logs a failure needs.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browserStartTimeout: 120_000,
  // Each test file its own storage namespace (test/harness/storage-namespace.mjs), set before
  // the test framework loads the file, so the kit reads it when its modules load.
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head></head>
  <body>
    <script type="module">
      import { storageNamespaceFor } from '/test/harness/storage-namespace.mjs';
      globalThis.buurtkitStorage = storageNamespaceFor(window.__WTR_CONFIG__.testFile);
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [engineLauncher(engine)],
  reporters: [defaultReporter(), finishedFilesReporter(process.env.BUURTKIT_FINISHED_FILES)],
  plugins: [
    devServerLeafletCss(),
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    // papaparse (the CSV chunk) ships as CommonJS/UMD only; its Node stream support is never used in a browser.
    commonjs({ include: ['**/node_modules/papaparse/**'], ignore: ['stream'], strictRequires: false }),
    forcedColorsPlugin(),
    viewportPlugin(),
  ],
  middleware: testRoutes,
};
