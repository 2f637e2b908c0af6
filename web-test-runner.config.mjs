// Tests run in Debian's headless Chromium against real HTTP routes on 127.0.0.1.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testRoutes } from './test/server/index.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { devServerLeafletCss } from './scripts/leaflet-css.mjs';

const commonjs = fromRollup(rollupCommonjs);

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
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
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
      // A window per test file: with two files at once, a second tab is hidden and gets no animation
      // frames, IntersectionObserver or ResizeObserver callbacks, so frame-bound tests would hang.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  plugins: [
    devServerLeafletCss(),
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    // papaparse (the CSV chunk) ships as CommonJS/UMD only; its Node stream support is never used in a browser.
    commonjs({ include: ['**/node_modules/papaparse/**'], ignore: ['stream'], strictRequires: false }),
  ],
  middleware: testRoutes,
};
